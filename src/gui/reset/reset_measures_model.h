#pragma once
// Outward phase: the relationship figures (NPS, CSAT, one-time / repeat / advanced shares,
// customer-rated experience) and every KPI of the cycle in use, this cycle against the previous
// one and against the target, each labelled objective/subjective and strategy/tactic. The
// numbers and the better/worse verdict come from compareCycles. A KPI's "this cycle" cell is
// editable: it records the KPI's current value in the cycle in use (an undoable edit).
#include <QSortFilterProxyModel>

#include <optional>

#include "engine/reset/cycle_comparison.h"
#include "gui/common/column_table_model.h"

namespace crm::gui {

class DocumentSession;

// One row: a relationship figure (no KPI id) or a KPI of the cycle in use.
struct ResetMeasureRow {
    QString name, unit;
    MeasureKind kind = MeasureKind::Objective;
    MeasureLevel level = MeasureLevel::Strategy;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> last, now, target, delta;
    bool recorded = false;  // the KPI has a current value (else "now" falls back to its baseline)
    reset::Movement movement = reset::Movement::NotComparable;
    EntityId kpiId;
};

class ResetMeasuresModel : public RowVectorTableModel<ResetMeasuresModel, ResetMeasureRow> {
    Q_OBJECT
  public:
    enum Column { Measure, Kind, Level, Last, This, Target, Change, Movement, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1;      // "objective" | "subjective"
    static constexpr int LevelRole = Qt::UserRole + 2;     // "strategy" | "tactic"
    static constexpr int MovementRole = Qt::UserRole + 3;  // "better", "worse", ...
    static constexpr int ItemIdRole =
        Qt::UserRole + 4;  // the KPI's id; empty for relationship rows
    static constexpr int NumberRole = Qt::UserRole + 5;  // Last, This, Target, Change as a double

    explicit ResetMeasuresModel(DocumentSession& session, QObject* parent = nullptr);

    void refresh();

  signals:
    void editRejected(const QString& message);
    void editAccepted();

  private:
    using Row = ResetMeasureRow;
    static ColumnTable columnTable();
    QVariant extraData(const Row& row, int column, int role) const override;
    bool recordCurrentValue(const Row& row, const QVariant& value);  // of a KPI row
    std::vector<Row> buildRows() const;

    DocumentSession& session_;
    QString lastName_, thisName_;
};

// Shows the rows of one kind (objective / subjective) and one level (strategy / tactic); an
// empty key shows all.
class MeasureFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(const QString& key);
    void setLevel(const QString& key);
    // Which roles hold the keys (ResetMeasuresModel's by default).
    void setKeyRoles(int kindRole, int levelRole);

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    QString kind_, level_;
    int kindRole_ = ResetMeasuresModel::KindRole, levelRole_ = ResetMeasuresModel::LevelRole;
};

}  // namespace crm::gui
