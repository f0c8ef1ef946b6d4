#include "gui/reset/reset_measures_model.h"

#include <QBrush>
#include <QFont>

#include <iterator>

#include "engine/reset/baseline_cycle.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/local_format.h"
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

QVariant optionalNumber(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant();
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

}  // namespace

ResetMeasuresModel::ResetMeasuresModel(DocumentSession& session, QObject* parent)
    : RowVectorTableModel(columnTable(), parent, NumberRole), session_(session) {
    connect(&session_, &DocumentSession::documentReset, this, &ResetMeasuresModel::refresh);
    connect(&session_, &DocumentSession::edited, this, &ResetMeasuresModel::refresh);
    refresh();
}

ResetMeasuresModel::ColumnTable ResetMeasuresModel::columnTable() {
    using M = ResetMeasuresModel;
    using R = const Row&;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Measure"),
         .display = [](const M&, R row) -> QVariant {
             return row.unit.isEmpty() ? row.name
                                       : QStringLiteral("%1 (%2)").arg(row.name, row.unit);
         }},
        {.header = QT_TR_NOOP("Kind"),
         .display = [](const M&, R row) -> QVariant {
             return row.kind == MeasureKind::Objective ? tr("Objective") : tr("Subjective");
         },
         .toolTip = [](const M&, R row) -> QVariant {
             return row.kind == MeasureKind::Objective
                        ? tr("Objective: hard data (orders, times, counts)")
                        : tr("Subjective: perception (surveys, complaints, compliments)");
         }},
        {.header = QT_TR_NOOP("Level"),
         .display = [](const M&, R row) -> QVariant {
             return row.level == MeasureLevel::Strategy ? tr("Strategy") : tr("Tactic");
         },
         .toolTip = [](const M&, R row) -> QVariant {
             return row.level == MeasureLevel::Strategy
                        ? tr("Strategy level: does the strategy as a whole work?")
                        : tr("Tactic level: do the chosen actions work?");
         }},
        {.headerOf =
             [](const M& m) {
                 return m.lastName_.isEmpty() ? tr("Last cycle") : tr("Last (%1)").arg(m.lastName_);
             },
         .alignment = kRight,
         .display = [](const M&, R row) -> QVariant { return formatMeasureValue(row.last); },
         .sortKey = [](const M&, R row) { return optionalNumber(row.last); }},
        {.headerOf =
             [](const M& m) {
                 return m.thisName_.isEmpty() ? tr("This cycle") : tr("This (%1)").arg(m.thisName_);
             },
         .alignment = kRight,
         .display = [](const M&, R row) -> QVariant { return formatMeasureValue(row.now); },
         .toolTip = [](const M&, R row) -> QVariant {
             if (row.kpiId.empty()) return {};
             return row.recorded ? tr("This cycle's value of the KPI: type to change it.")
                                 : tr("No value recorded for this cycle yet: the KPI's baseline "
                                      "is shown. Type this "
                                      "year's value.");
         },
         .sortKey = [](const M&, R row) { return optionalNumber(row.now); },
         .foreground = [](const M&, R row) -> QVariant {
             return row.recorded ? QVariant() : QBrush(QColor(120, 120, 120));
         },
         .font = [](const M&, R row) -> QVariant {
             if (row.kpiId.empty() || row.recorded) return {};
             QFont italic;
             italic.setItalic(true);
             return italic;
         },
         .edit = [](M& m, R row,
                    const QVariant& value) { return m.recordCurrentValue(row, value); },
         .editable = [](const M&, R row) { return !row.kpiId.empty(); }},
        {.header = QT_TR_NOOP("Target"),
         .alignment = kRight,
         .display = [](const M&, R row) -> QVariant { return formatMeasureValue(row.target); },
         .sortKey = [](const M&, R row) { return optionalNumber(row.target); }},
        {.header = QT_TR_NOOP("Change"),
         .alignment = kRight,
         .display = [](const M&, R row) -> QVariant { return formatMeasureValue(row.delta, true); },
         .sortKey = [](const M&, R row) { return optionalNumber(row.delta); },
         .background = [](const M&, R row) { return movementBackground(row.movement); }},
        {.header = QT_TR_NOOP("Direction"),
         .display = [](const M&, R row) -> QVariant {
             return row.last || row.kpiId.empty() ? movementText(row.movement)
                                                  : tr("new this cycle");
         },
         .toolTip = [](const M&, R row) -> QVariant {
             return row.direction == Direction::HigherIsBetter ? tr("Higher is better")
                                                               : tr("Lower is better");
         },
         .foreground = [](const M&, R row) { return movementForeground(row.movement); },
         .background = [](const M&, R row) { return movementBackground(row.movement); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
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
            // Told apart from a KPI of the same name (the catalog's "Net Promoter Score").
            row.name = tr("%1, step 4 survey").arg(QString::fromStdString(m.name));
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
    std::vector<Row> built = buildRows();
    const Cycle* now = session_.cycle();
    const Cycle* last = now ? reset::baselineCycleOf(session_.assessment(), *now) : nullptr;
    const QString lastName = last ? QString::fromStdString(last->name) : QString();
    const QString thisName = now ? QString::fromStdString(now->name) : QString();
    bool sameShape =
        built.size() == rows().size() && lastName == lastName_ && thisName == thisName_;
    for (std::size_t i = 0; sameShape && i < built.size(); ++i)
        sameShape = built[i].kpiId == rows()[i].kpiId && built[i].name == rows()[i].name;
    if (sameShape) {  // an edit: keep the view's current cell and selection
        updateRows(std::move(built));
        return;
    }
    lastName_ = lastName;
    thisName_ = thisName;
    setRows(std::move(built));
    emit headerDataChanged(Qt::Horizontal, Last, This);
}

// The roles that are the same in every column, and the edit text.
QVariant ResetMeasuresModel::extraData(const Row& row, int column, int role) const {
    switch (role) {
        case Qt::EditRole:
            if (column != This) return displayValue(row, column);
            return row.recorded && row.now ? editableNumber(QString::number(*row.now)) : QString();
        case KindRole:
            return row.kind == MeasureKind::Objective ? QStringLiteral("objective")
                                                      : QStringLiteral("subjective");
        case LevelRole:
            return row.level == MeasureLevel::Strategy ? QStringLiteral("strategy")
                                                       : QStringLiteral("tactic");
        case MovementRole:
            return engineText("assessment", reset::movementName(row.movement));
        case ItemIdRole:
            return QString::fromStdString(row.kpiId);
        default:
            return {};
    }
}

bool ResetMeasuresModel::recordCurrentValue(const Row& row, const QVariant& value) {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return false;
    const EntityDescriptor& kind = *findDescriptor("kpi");
    const FieldDescriptor& field = *kind.field("current");
    const QString text = plainNumber(value.toString().trimmed());  // "12,5" in German
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
