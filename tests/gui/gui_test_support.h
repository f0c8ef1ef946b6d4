#pragma once
// Shared set-up of the GUI tests: a fresh copy of the sample workshop in a temp folder, a
// window on it, and reading the file back from disk.
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string_view>

#include "engine/model/assessment.h"
#include "engine/model/descriptor.h"
#include "gui/app/main_window.h"

namespace crm::testing {

class GuiFixture {
  public:
    GuiFixture();
    gui::MainWindow& window() { return *window_; }
    const QString& path() const { return path_; }
    const Cycle& cycle();  // the window's current cycle, in memory
    // Closes the window's document, reads the file with a fresh Document, opens it again.
    Assessment reloadFromDisk();
    // Destroys the window the way the close button does and opens a new one on the same file.
    void closeAndReopen();

  private:
    QTemporaryDir dir_;
    QString path_;
    std::unique_ptr<gui::MainWindow> window_;
};

const Cycle& currentCycleOf(const Assessment& a);
void prepareTestApplication();
// The table column showing a field: hidden fields (catalog keys, a logo) have none, so the
// columns after them are not the descriptor's field indexes. -1 when not shown.
int columnOfField(const EntityDescriptor& kind, std::string_view fieldKey);

}  // namespace crm::testing
