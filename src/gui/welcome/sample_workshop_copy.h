#pragma once
// "Open the sample workshop": the bundled sample (resources/samples/quillmere.json) imported
// into a document of the user's own, since the installed resources may be read-only.
#include <QString>

namespace crm::gui {

class MainWindow;

// Where the copy lives: "Sample workshop.crmw" in the application's data folder.
QString sampleWorkshopCopyPath();
// Opens the copy, made afresh from the sample (see the .cpp for when it asks first); false
// when it was not opened (cancelled, or an error already shown).
bool openSampleWorkshop(MainWindow& window);

}  // namespace crm::gui
