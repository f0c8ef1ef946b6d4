#pragma once
// Shared by the deliverables' GUI tests: opening their pages by their keys, and the shipped
// sample in a window that can be closed and opened again.
#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/deliverables/action_plan_page.h"
#include "gui/deliverables/report_content_page.h"

namespace crm::testing {

inline QWidget* focused() { return QApplication::focusWidget(); }

inline gui::ActionPlanPage* showActionPlan(gui::MainWindow& window) {
    window.activateWindow();  // the window's shortcuts need it active
    if (!QTest::qWaitForWindowActive(&window, 60000)) return nullptr;
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    auto* page = window.findChild<gui::ActionPlanPage*>();
    return page && page->isVisible() ? page : nullptr;
}

inline gui::ReportContentPage* showReportContent(gui::MainWindow& window) {
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window, 60000)) return nullptr;
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    auto* page = window.findChild<gui::ReportContentPage*>();
    return page && page->isVisible() ? page : nullptr;
}

inline const SectionNarrative* narrativeOf(const Cycle& cycle, ReportPart part) {
    for (const auto& n : cycle.narratives)
        if (n.part == part) return &n;
    return nullptr;
}

// The shipped sample in a temp file, in a window that can be closed and opened again.
class QuillmereWindow {
  public:
    QuillmereWindow() {
        path_ = QDir(dir_.path()).filePath(QStringLiteral("quillmere.crmw"));
        window_ = std::make_unique<gui::MainWindow>();
        window_->setDialogsEnabled(false);
        window_->show();
        if (!QTest::qWaitForWindowActive(window_.get(), 60000))
            qWarning("the window is not active");
        ok_ = window_->importJsonFile(QStringLiteral(SAMPLES_DIR "/quillmere.json"), path_);
    }
    bool ok() const { return ok_; }
    gui::MainWindow& window() { return *window_; }
    const Cycle& cycle() { return *window_->session().cycle(); }
    void closeAndReopen() {
        window_->close();
        window_.reset();
        window_ = std::make_unique<gui::MainWindow>();
        window_->setDialogsEnabled(false);
        window_->show();
        ok_ = QTest::qWaitForWindowActive(window_.get(), 60000) && window_->openFile(path_);
    }

  private:
    QTemporaryDir dir_;
    QString path_;
    std::unique_ptr<gui::MainWindow> window_;
    bool ok_ = false;
};

}  // namespace crm::testing
