#pragma once
// Read-only tables of a cycle comparison (engine/reset/cycle_comparison.h): measures with their
// change and direction, milestones hit or missed, items added / changed / dropped. The numbers
// come from compareCycles; these models only format and colour them.
#include <QColor>

#include "engine/model/descriptor.h"
#include "engine/reset/cycle_comparison.h"
#include "gui/common/column_table_model.h"

namespace crm::gui {

// The item of `earlier` that `id` was copied from, through any number of cycles in between
// (the lineage compareCycles uses); empty when the item is new since then.
EntityId ancestorInCycle(const Assessment& assessment, const Cycle& earlier,
                         const EntityDescriptor& kind, EntityId id);

// Shared look of the comparison and the outward phase.
struct ComparisonColours {
    static QColor better() { return {0xdf, 0xf2, 0xdf}; }
    static QColor worse() { return {0xf8, 0xdc, 0xdc}; }
    static QColor pending() { return {0xfd, 0xf0, 0xc8}; }
    static QColor betterText() { return {0x1b, 0x6e, 0x1b}; }
    static QColor worseText() { return {0xa6, 0x1b, 0x1b}; }
};
// "54.5", "-15", "+4.5" (with sign), "–" when absent.
QString formatMeasureValue(const std::optional<double>& value, bool withSign = false);
QString movementText(reset::Movement movement);
QVariant movementBackground(reset::Movement movement);
QVariant movementForeground(reset::Movement movement);

class CycleMeasuresModel : public RowVectorTableModel<CycleMeasuresModel, reset::MeasureDelta> {
    Q_OBJECT
  public:
    enum Column {
        Measure,
        From,
        To,
        Change,
        Movement,
        Source,
        ColumnCount
    };                                                     // Measure shows the unit
    static constexpr int MovementRole = Qt::UserRole + 1;  // "better", "worse", ...
    static constexpr int NumberRole = Qt::UserRole + 2;  // the value as a double (From, To, Change)

    explicit CycleMeasuresModel(QObject* parent = nullptr);
    void setComparison(const reset::CycleComparison& comparison);

  private:
    static ColumnTable columnTable();
    QVariant extraData(const reset::MeasureDelta& m, int column, int role) const override;

    QString fromName_, toName_;
};

class CycleMilestonesModel
    : public RowVectorTableModel<CycleMilestonesModel, reset::MilestoneOutcome> {
    Q_OBJECT
  public:
    enum Column { Owner, Due, Target, Actual, Result, ColumnCount };
    static constexpr int ResultRole = Qt::UserRole + 1;  // "hit", "missed", ...

    explicit CycleMilestonesModel(QObject* parent = nullptr);
    void setComparison(const reset::CycleComparison& comparison);

  private:
    static ColumnTable columnTable();
    QVariant extraData(const reset::MilestoneOutcome& m, int column, int role) const override;
};

class CycleItemChangesModel : public RowVectorTableModel<CycleItemChangesModel, reset::ItemChange> {
    Q_OBJECT
  public:
    enum Column { Change, Kind, Item, Fields, ColumnCount };
    static constexpr int ChangeRole = Qt::UserRole + 1;  // "added", "changed", "dropped"

    explicit CycleItemChangesModel(QObject* parent = nullptr);
    void setComparison(const reset::CycleComparison& comparison);

  private:
    static ColumnTable columnTable();
    QVariant extraData(const reset::ItemChange& item, int column, int role) const override;
};

QString milestoneResultText(reset::MilestoneResult result);
QVariant milestoneResultBackground(reset::MilestoneResult result);

}  // namespace crm::gui
