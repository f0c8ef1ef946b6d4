#pragma once
// The report language fields of the Document properties and Export report dialogs: a combo box
// of the languages the report is written in, each named in its own language ("English",
// "Deutsch"), so a reader finds theirs whatever language the window is in.
#include <QString>

class QComboBox;

namespace crm::gui {

// Fills `combo` with text::availableLanguages() and selects `code` (English when unknown).
void fillLanguageCombo(QComboBox* combo, const QString& code);
// The chosen language's code: "en", "de".
QString chosenLanguage(const QComboBox* combo);

}  // namespace crm::gui
