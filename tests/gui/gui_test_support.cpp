#include "gui_test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "gui/app/document_session.h"
#include "gui/app/window_memory.h"
#include "gui/common/language.h"
#include "sample_workshop.h"
#include "store/document.h"

namespace crm::testing {

void prepareTestApplication() {
    // A settings file per test program: CTest runs them side by side, and one program's recent
    // list or window layout must not change under another's feet.
    QCoreApplication::setOrganizationName(QStringLiteral("crm-workbench-tests-") +
                                          QCoreApplication::applicationName());
    QStandardPaths::setTestModeEnabled(true);
    // CTest pins CRMW_LANGUAGE=en, so the tests read English on a German machine too.
    gui::installWindowLanguage(*QCoreApplication::instance());
}

GuiFixture::GuiFixture() {
    // Each test starts from the first-start layout, not the one an earlier test closed with.
    QSettings().remove(QLatin1String(gui::kWindowLayoutGroup));
    path_ = QDir(dir_.path()).filePath(QStringLiteral("workshop.crmw"));
    store::Document::create(path_.toStdString(), sampleWorkshop());
    window_ = std::make_unique<gui::MainWindow>();
    window_->setDialogsEnabled(false);
    window_->show();
    if (!QTest::qWaitForWindowActive(window_.get(), 60000))
        qWarning("the window did not become active");
    if (!window_->openFile(path_)) qFatal("the sample workshop did not open");
}

const Cycle& GuiFixture::cycle() { return *window_->session().cycle(); }

Assessment GuiFixture::reloadFromDisk() {
    window_->closeDocument();
    Assessment copy;
    {
        auto doc = store::Document::open(path_.toStdString());
        copy = doc.assessment();
    }
    window_->openFile(path_);
    return copy;
}

void GuiFixture::closeAndReopen() {
    window_->close();
    window_.reset();
    window_ = std::make_unique<gui::MainWindow>();
    window_->setDialogsEnabled(false);
    window_->show();
    if (!window_->openFile(path_)) qFatal("the workshop did not open again");
}

const Cycle& currentCycleOf(const Assessment& a) { return *a.currentCycle(); }

int columnOfField(const EntityDescriptor& kind, std::string_view fieldKey) {
    int column = 0;
    for (const FieldDescriptor& f : kind.fields) {
        if (f.key == fieldKey) return f.hidden ? -1 : column;
        if (!f.hidden) ++column;
    }
    return -1;
}

}  // namespace crm::testing
