#pragma once
// Compare any two cycles: pick the earlier and the later one; see the measures with their
// change and direction (better / worse), both cycles' maturity on one radar, last cycle's
// milestones hit or missed, and the items added, changed or dropped. Everything comes from
// compareCycles (the same numbers as `crmw diff`); "Copy as text" copies its text form.
#include <QWidget>

#include <optional>

#include "engine/reset/cycle_comparison.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace crm::gui {

class CycleComparisonRadar;
class CycleItemChangesModel;
class CycleMeasuresModel;
class CycleMilestonesModel;
class DocumentSession;

class CycleComparisonPage : public QWidget {
    Q_OBJECT
  public:
    explicit CycleComparisonPage(DocumentSession& session, QWidget* parent = nullptr);

    // Chooses the two cycles (ids); unknown ids are ignored.
    void setCycles(const EntityId& fromId, const EntityId& toId);
    // The last cycle against the cycle in use (what "Compare cycles…" opens with).
    void compareWithPrevious();
    void swapCycles();

    const std::optional<reset::CycleComparison>& comparison() const { return comparison_; }
    QComboBox* fromCombo() const { return from_; }
    QComboBox* toCombo() const { return to_; }
    CycleMeasuresModel* measuresModel() const { return measures_; }
    CycleMilestonesModel* milestonesModel() const { return milestones_; }
    CycleItemChangesModel* itemsModel() const { return items_; }
    CycleComparisonRadar* radar() const { return radar_; }
    QLabel* summary() const { return summary_; }
    QTabWidget* details() const { return details_; }

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void fillCycleLists();
    void refresh();
    void refreshSummary();
    void copyAsText();

    DocumentSession& session_;
    QComboBox *from_ = nullptr, *to_ = nullptr;
    QLabel* summary_ = nullptr;
    QTableView *measuresView_ = nullptr, *milestonesView_ = nullptr, *itemsView_ = nullptr;
    CycleMeasuresModel* measures_ = nullptr;
    CycleMilestonesModel* milestones_ = nullptr;
    CycleItemChangesModel* items_ = nullptr;
    CycleComparisonRadar* radar_ = nullptr;
    QTabWidget* details_ = nullptr;
    std::optional<reset::CycleComparison> comparison_;
    bool stale_ = false;
};

}  // namespace crm::gui
