#include "gui/reset/reset_measures_model.h"

#include <QBrush>
#include <QFont>

#include "engine/reset/baseline_cycle.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/reset/cycle_comparison_models.h"

namespace crm::gui {

namespace {

// How the relationship figures of step 4 are labelled. Survey answers are perception; the
// shares of one-time, repeat and advanced customers are counted from orders. All of them tell
// whether the strategy as a whole works, so they are strategy-level.
struct RelationshipLabel {
    std::string_view name;
    MeasureKind kind;
};
constexpr RelationshipLabel kRelationshipLabels[] = {
    {"Net promoter score", MeasureKind::Subjective},
    {"Customer satisfaction", MeasureKind::Subjective},
    {"One-time buyers", MeasureKind::Objective},
    {"Repeat customers", MeasureKind::Objective},
    {"Advanced customers", MeasureKind::Objective},
    {"Customer-rated experience", MeasureKind::Subjective},
};

MeasureKind relationshipKind(const std::string& name) {
    for (const auto& label : kRelationshipLabels)
        if (label.name == name) return label.kind;
    return MeasureKind::Objective;
}

}  // namespace

ResetMeasuresModel::ResetMeasuresModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    connect(&session_, &DocumentSession::documentReset, this, &ResetMeasuresModel::refresh);
    connect(&session_, &DocumentSession::edited, this, &ResetMeasuresModel::refresh);
    refresh();
}

std::vector<ResetMeasuresModel::Row> ResetMeasuresModel::buildRows() const {
    std::vector<Row> rows;
    const Cycle* now = session_.cycle();
    if (!now) return rows;
    const Assessment& a = session_.assessment();
    const Cycle* last = reset::baselineCycleOf(a, *now);
    std::vector<reset::MeasureDelta> kpiDeltas;
    if (last) {
        const reset::CycleComparison c = reset::compareCycles(a, last->id, now->id);
        for (const auto& m : c.measures) {
            if (m.source == "kpi") kpiDeltas.push_back(m);
            if (m.source != "relationship") continue;
            Row row;
            row.name = QString::fromStdString(m.name);
            row.unit = QString::fromStdString(m.unit);
            row.kind = relationshipKind(m.name);
            row.direction = m.direction;
            row.last = m.from;
            row.now = m.to;
            row.recorded = m.to.has_value();
            row.delta = m.delta;
            row.movement = m.movement;
            rows.push_back(row);
        }
    }
    // compareCycles lists the KPIs that go back to the last cycle in the order of this cycle's
    // KPIs.
    const EntityDescriptor& kpiKind = *findDescriptor("kpi");
    std::size_t next = 0;
    for (const Kpi& k : now->kpis) {
        Row row;
        row.name = QString::fromStdString(k.name);
        row.unit = QString::fromStdString(k.unit);
        row.kind = k.kind;
        row.level = k.level;
        row.direction = k.direction;
        row.now = k.current ? k.current : k.baseline;
        row.recorded = k.current.has_value();
        row.target = k.target;
        row.kpiId = k.id;
        const bool hasAncestor = last && !ancestorInCycle(a, *last, kpiKind, k.id).empty();
        if (hasAncestor && next < kpiDeltas.size() && kpiDeltas[next].name == k.name) {
            const auto& m = kpiDeltas[next++];
            row.last = m.from;
            row.delta = m.delta;
            row.movement = m.movement;
        }
        rows.push_back(row);
    }
    return rows;
}

void ResetMeasuresModel::refresh() {
    std::vector<Row> rows = buildRows();
    const Cycle* now = session_.cycle();
    const Cycle* last = now ? reset::baselineCycleOf(session_.assessment(), *now) : nullptr;
    const QString lastName = last ? QString::fromStdString(last->name) : QString();
    const QString thisName = now ? QString::fromStdString(now->name) : QString();
    bool sameShape = rows.size() == rows_.size() && lastName == lastName_ && thisName == thisName_;
    for (std::size_t i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].kpiId == rows_[i].kpiId && rows[i].name == rows_[i].name;
    if (sameShape) {  // an edit: keep the view's current cell and selection
        rows_ = std::move(rows);
        if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    rows_ = std::move(rows);
    lastName_ = lastName;
    thisName_ = thisName;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Last, This);
}

int ResetMeasuresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ResetMeasuresModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResetMeasuresModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case Measure:
                    return row.unit.isEmpty() ? row.name
                                              : QStringLiteral("%1 (%2)").arg(row.name, row.unit);
                case Kind:
                    return row.kind == MeasureKind::Objective ? tr("Objective") : tr("Subjective");
                case Level:
                    return row.level == MeasureLevel::Strategy ? tr("Strategy") : tr("Tactic");
                case Last:
                    return formatMeasureValue(row.last);
                case This:
                    return formatMeasureValue(row.now);
                case Target:
                    return formatMeasureValue(row.target);
                case Change:
                    return formatMeasureValue(row.delta, true);
                case Movement:
                    return row.last || row.kpiId.empty() ? movementText(row.movement)
                                                         : tr("new this cycle");
                default:
                    return {};
            }
        case Qt::EditRole:
            if (column == This && row.recorded && row.now) return QString::number(*row.now);
            return column == This ? QString() : data(index, Qt::DisplayRole);
        case KindRole:
            return row.kind == MeasureKind::Objective ? QStringLiteral("objective")
                                                      : QStringLiteral("subjective");
        case LevelRole:
            return row.level == MeasureLevel::Strategy ? QStringLiteral("strategy")
                                                       : QStringLiteral("tactic");
        case MovementRole:
            return QString::fromStdString(std::string(reset::movementName(row.movement)));
        case ItemIdRole:
            return QString::fromStdString(row.kpiId);
        case NumberRole: {
            const std::optional<double> v = column == Last     ? row.last
                                            : column == This   ? row.now
                                            : column == Target ? row.target
                                            : column == Change ? row.delta
                                                               : std::nullopt;
            return v ? QVariant(*v) : QVariant();
        }
        case Qt::TextAlignmentRole:
            if (column >= Last && column <= Change)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::BackgroundRole:
            if (column == Change || column == Movement) return movementBackground(row.movement);
            return {};
        case Qt::ForegroundRole:
            if (column == Movement) return movementForeground(row.movement);
            if (column == This && !row.recorded) return QBrush(QColor(120, 120, 120));
            return {};
        case Qt::FontRole:
            if (column == This && !row.kpiId.empty() && !row.recorded) {
                QFont italic;
                italic.setItalic(true);
                return italic;
            }
            return {};
        case Qt::ToolTipRole:
            if (column == This && !row.kpiId.empty())
                return row.recorded ? tr("This cycle's value of the KPI: type to change it.")
                                    : tr("No value recorded for this cycle yet: the KPI's baseline "
                                         "is shown. Type this "
                                         "year's value.");
            if (column == Kind)
                return row.kind == MeasureKind::Objective
                           ? tr("Objective: hard data (orders, times, counts)")
                           : tr("Subjective: perception (surveys, complaints, compliments)");
            if (column == Level)
                return row.level == MeasureLevel::Strategy
                           ? tr("Strategy level: does the strategy as a whole work?")
                           : tr("Tactic level: do the chosen actions work?");
            if (column == Movement)
                return row.direction == Direction::HigherIsBetter ? tr("Higher is better")
                                                                  : tr("Lower is better");
            return {};
        default:
            return {};
    }
}

QVariant ResetMeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Measure:
            return tr("Measure");
        case Kind:
            return tr("Kind");
        case Level:
            return tr("Level");
        case Last:
            return lastName_.isEmpty() ? tr("Last cycle") : tr("Last (%1)").arg(lastName_);
        case This:
            return thisName_.isEmpty() ? tr("This cycle") : tr("This (%1)").arg(thisName_);
        case Target:
            return tr("Target");
        case Change:
            return tr("Change");
        case Movement:
            return tr("Direction");
        default:
            return {};
    }
}

Qt::ItemFlags ResetMeasuresModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == This && !rows_[static_cast<std::size_t>(index.row())].kpiId.empty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ResetMeasuresModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != This)
        return false;
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const Cycle* cycle = session_.cycle();
    if (row.kpiId.empty() || !cycle) return false;
    const EntityDescriptor& kind = *findDescriptor("kpi");
    const FieldDescriptor& field = *kind.field("current");
    const QString text = value.toString().trimmed();
    const CoerceResult checked =
        coerceValue(field, text.isEmpty() ? FieldValue{} : FieldValue{toStd(text)});
    if (!checked.error.empty()) {
        emit editRejected(tr("%1: %2 (kept the previous value)")
                              .arg(row.name, QString::fromStdString(checked.error)));
        return false;
    }
    auto at = kind.indexOf(*cycle, row.kpiId);
    if (!at) return false;
    if (field.get(kind.at(*cycle, *at)) == checked.value) return true;
    const int before = session_.undoStack()->index();
    session_.undoStack()->push(
        new SetFieldCommand(session_, kind, row.kpiId, field, checked.value));
    if (session_.undoStack()->index() == before) return false;
    emit editAccepted();
    return true;
}

void MeasureFilterProxy::setKind(const QString& key) {
    kind_ = key;
    invalidateFilter();
}

void MeasureFilterProxy::setLevel(const QString& key) {
    level_ = key;
    invalidateFilter();
}

void MeasureFilterProxy::setKeyRoles(int kindRole, int levelRole) {
    kindRole_ = kindRole;
    levelRole_ = levelRole;
    invalidateFilter();
}

bool MeasureFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!kind_.isEmpty() && first.data(kindRole_).toString() != kind_) return false;
    if (!level_.isEmpty() && first.data(levelRole_).toString() != level_) return false;
    return true;
}

}  // namespace crm::gui
