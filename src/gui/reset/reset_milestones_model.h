#pragma once
// Outward phase: last cycle's milestones with this year's actuals. Each row is a milestone of
// the previous cycle with the verdict of compareCycles (hit, missed, no actual, not yet due).
// The "Actual" cell is editable: it records the actual on the milestone's copy in the cycle in
// use, and on last cycle's milestone too when that one already holds an actual (compareCycles
// reads that one first), in one undoable edit.
#include <optional>

#include "engine/reset/cycle_comparison.h"
#include "gui/common/column_table_model.h"

namespace crm::gui {

class DocumentSession;

// One row: a milestone of the last cycle and where its copy is.
struct ResetMilestoneRow {
    reset::MilestoneOutcome outcome;
    EntityId copyId;  // the copy in the cycle in use, if it was not dropped
    bool lastHasActual = false;
};

class ResetMilestonesModel : public RowVectorTableModel<ResetMilestonesModel, ResetMilestoneRow> {
    Q_OBJECT
  public:
    enum Column { Owner, Due, Target, Actual, Result, ColumnCount };
    static constexpr int ResultRole = Qt::UserRole + 1;  // "hit", "missed", ...
    static constexpr int ItemIdRole = Qt::UserRole + 2;  // the milestone's id in the last cycle

    explicit ResetMilestonesModel(DocumentSession& session, QObject* parent = nullptr);

    // Only the milestones due by this cycle's assessment date (on by default).
    void setOnlyDue(bool onlyDue);
    bool onlyDue() const { return onlyDue_; }
    int hitCount() const { return hit_; }
    int missedCount() const { return missed_; }
    int withoutActualCount() const { return withoutActual_; }
    bool hasPreviousCycle() const { return hasPrevious_; }

    void refresh();

  signals:
    void editRejected(const QString& message);
    void editAccepted();
    void countsChanged();

  private:
    using Row = ResetMilestoneRow;
    static ColumnTable columnTable();
    QVariant extraData(const Row& row, int column, int role) const override;
    bool recordActual(Row row, const QVariant& value);
    std::vector<Row> buildRows() const;

    DocumentSession& session_;
    EntityId lastCycleId_;
    bool onlyDue_ = true, hasPrevious_ = false;
    int hit_ = 0, missed_ = 0, withoutActual_ = 0;
};

}  // namespace crm::gui
