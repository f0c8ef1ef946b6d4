#pragma once
// The annual reset in the window: the "Reset" menu (between Go and View) and its shortcuts, the
// cycle dialogs, and the two pages (the reset flow, the comparison) shown in place of the step
// pages, with the reset's help; choosing a step goes back to the step pages. attachReset() adds
// it to a window, resetWorkspaceOf() finds it there.
//   Start new cycle…  Ctrl+Shift+C     Go to the reset phases  Ctrl+R
//   Rename cycle…     Ctrl+Shift+R     Compare cycles…      Ctrl+Shift+D
//   Delete cycle…     Ctrl+Shift+Del   Export schedule…     Ctrl+Shift+E
#include <QObject>
#include <QString>

#include <optional>

#include "engine/model/field_value.h"

class QAction;
class QMenu;

namespace crm {
struct Cycle;
}

namespace crm::gui {

class CycleComparisonPage;
class DocumentSession;
class MainWindow;
class ResetFlowPage;

class ResetWorkspace : public QObject {
    Q_OBJECT
  public:
    // Adds its pages to the window's views and its menu after Go.
    explicit ResetWorkspace(MainWindow& window);

    QMenu* menu() const { return menu_; }
    ResetFlowPage* flowPage() const { return flow_; }
    CycleComparisonPage* comparisonPage() const { return compare_; }
    bool isShowing() const;  // one of its pages is on screen

    QAction *startCycleAction = nullptr, *renameCycleAction = nullptr, *deleteCycleAction = nullptr,
            *resetSessionAction = nullptr, *compareAction = nullptr,
            *exportScheduleAction = nullptr;

    // Off in tests: the delete confirmation is then taken as given.
    void setConfirmationsEnabled(bool enabled) { confirm_ = enabled; }

    // What the menu does, without the dialogs (the tests and the dialogs call these).
    bool startCycle(const EntityId& fromCycleId, const QString& name,
                    std::optional<Date> assessmentDate);
    bool renameCycle(const EntityId& cycleId, const QString& name);
    bool deleteCycle(const EntityId& cycleId);  // asks first when confirmations are on
    void showResetFlow();
    void showComparison();
    void showSteps();

    // The question the delete confirmation asks.
    static QString deleteQuestion(const Cycle& cycle);

  signals:
    void pageShown();  // a reset page came on screen (the window shows the reset help)

  private:
    void buildActions();
    void updateActions();
    void showPage(QWidget* page);
    void startCycleWithDialog();
    void renameCycleWithDialog();
    void exportScheduleWithDialog();

    MainWindow& window_;
    DocumentSession& session_;
    QMenu* menu_ = nullptr;
    ResetFlowPage* flow_ = nullptr;
    CycleComparisonPage* compare_ = nullptr;
    bool confirm_ = true;
};

// Once per window (features.cpp attaches it; a second call does nothing).
void attachReset(MainWindow& window);
// The window's annual reset; nullptr when it was not attached.
ResetWorkspace* resetWorkspaceOf(MainWindow& window);

}  // namespace crm::gui
