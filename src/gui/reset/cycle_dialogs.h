#pragma once
// The dialogs of the cycle commands: "Start new cycle" (name, assessment date, which cycle to
// copy) and "Rename cycle", plus the words the delete confirmation uses.
#include <QDialog>

#include <memory>
#include <optional>

#include "engine/model/assessment.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Ui {
class StartCycleDialog;
class RenameCycleDialog;
}  // namespace Ui

namespace crm::gui {

// The cycle a new one is copied from by default: the latest by assessment date (cycles without
// a date count as older), the last in the list on a tie.
EntityId latestCycleId(const Assessment& assessment);
// "2027" after "2026"; otherwise "<latest> (next)", made unique.
QString suggestCycleName(const Assessment& assessment);
// Empty when `name` can be used for a cycle (not blank, not used by another cycle).
QString cycleNameProblem(const Assessment& assessment, const QString& name,
                         const EntityId& exceptCycleId = {});
// "6 objectives, 13 KPIs, 89 milestones, 4 segments and 103 other items (215 in all)".
QString cycleContentsText(const Cycle& cycle);

class StartCycleDialog : public QDialog {
    Q_OBJECT
  public:
    StartCycleDialog(const Assessment& assessment, QWidget* parent = nullptr);
    ~StartCycleDialog() override;

    QString name() const;
    std::optional<Date> assessmentDate() const;
    EntityId fromCycleId() const;

    QLineEdit* nameEdit() const;
    QDateEdit* dateEdit() const;
    QComboBox* fromCombo() const;

  private:
    void check();

    const Assessment& assessment_;
    std::unique_ptr<Ui::StartCycleDialog> ui_;  // ui/reset/start_cycle_dialog.ui
};

class RenameCycleDialog : public QDialog {
    Q_OBJECT
  public:
    RenameCycleDialog(const Assessment& assessment, const EntityId& cycleId,
                      QWidget* parent = nullptr);
    ~RenameCycleDialog() override;
    QString name() const;
    QLineEdit* nameEdit() const;

  private:
    void check();

    const Assessment& assessment_;
    EntityId cycleId_;
    std::unique_ptr<Ui::RenameCycleDialog> ui_;  // ui/reset/rename_cycle_dialog.ui
};

}  // namespace crm::gui
