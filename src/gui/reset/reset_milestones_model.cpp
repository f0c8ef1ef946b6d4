#include "gui/reset/reset_milestones_model.h"

#include <QUndoCommand>

#include <iterator>

#include "engine/reset/baseline_cycle.h"
#include "gui/app/document_session.h"
#include "gui/commands/cycle_commands.h"
#include "gui/common/local_format.h"
#include "gui/reset/cycle_comparison_models.h"

namespace crm::gui {

ResetMilestonesModel::ResetMilestonesModel(DocumentSession& session, QObject* parent)
    : RowVectorTableModel(columnTable(), parent), session_(session) {
    connect(&session_, &DocumentSession::documentReset, this, &ResetMilestonesModel::refresh);
    connect(&session_, &DocumentSession::edited, this, &ResetMilestonesModel::refresh);
    refresh();
}

ResetMilestonesModel::ColumnTable ResetMilestonesModel::columnTable() {
    using M = ResetMilestonesModel;
    using R = const Row&;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Objective or KPI (last cycle)"),
         .display = [](const M&, R row) -> QVariant {
             return QString::fromStdString(row.outcome.ownerName);
         },
         .toolTip = [](const M&, R row) -> QVariant {
             return QString::fromStdString(row.outcome.ownerName);
         }},
        {.header = QT_TR_NOOP("Due"),
         .display = [](const M&, R row) -> QVariant {
             return row.outcome.due
                        ? localDate(QString::fromStdString(formatDate(*row.outcome.due)))
                        : QStringLiteral("–");
         }},
        {.header = QT_TR_NOOP("Target"),
         .alignment = Qt::AlignRight | Qt::AlignVCenter,
         .display = [](const M&, R row) -> QVariant {
             return formatMeasureValue(row.outcome.target);
         }},
        {.header = QT_TR_NOOP("Actual"),
         .alignment = Qt::AlignRight | Qt::AlignVCenter,
         .display = [](const M&, R row) -> QVariant {
             return formatMeasureValue(row.outcome.actual);
         },
         .toolTip = [](const M&, R) -> QVariant {
             return tr("The value reached by the due date: type it to record it.");
         },
         .background =
             [](const M&, R row) {
                 return row.outcome.result == reset::MilestoneResult::NoActual
                            ? milestoneResultBackground(row.outcome.result)
                            : QVariant();
             },
         .edit = [](M& m, R row, const QVariant& value) { return m.recordActual(row, value); }},
        {.header = QT_TR_NOOP("Result"),
         .display = [](const M&, R row) -> QVariant {
             return milestoneResultText(row.outcome.result);
         },
         .background = [](const M&,
                          R row) { return milestoneResultBackground(row.outcome.result); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void ResetMilestonesModel::setOnlyDue(bool onlyDue) {
    if (onlyDue == onlyDue_) return;
    onlyDue_ = onlyDue;
    refresh();
}

std::vector<ResetMilestonesModel::Row> ResetMilestonesModel::buildRows() const {
    std::vector<Row> rows;
    const Cycle* now = session_.cycle();
    const Assessment& a = session_.assessment();
    const Cycle* last = now ? reset::baselineCycleOf(a, *now) : nullptr;
    if (!last) return rows;
    const reset::CycleComparison c = reset::compareCycles(a, last->id, now->id);
    const EntityDescriptor& kind = *findDescriptor("milestone");
    std::map<EntityId, EntityId> copyOf;  // last cycle's id -> its copy in this cycle
    for (const Milestone& m : now->milestones)
        if (EntityId ancestor = ancestorInCycle(a, *last, kind, m.id); !ancestor.empty())
            copyOf.emplace(ancestor, m.id);
    for (const auto& o : c.milestones) {
        if (onlyDue_ && o.result == reset::MilestoneResult::NotDue) continue;
        Row row{o, {}, false};
        if (auto it = copyOf.find(o.milestoneId); it != copyOf.end()) row.copyId = it->second;
        if (auto index = kind.indexOf(*last, o.milestoneId))
            row.lastHasActual = last->milestones[*index].actual.has_value();
        rows.push_back(std::move(row));
    }
    return rows;
}

void ResetMilestonesModel::refresh() {
    std::vector<Row> built = buildRows();
    const Cycle* now = session_.cycle();
    const Cycle* last = now ? reset::baselineCycleOf(session_.assessment(), *now) : nullptr;
    const EntityId lastId = last ? last->id : EntityId{};
    hasPrevious_ = last != nullptr;
    hit_ = missed_ = withoutActual_ = 0;
    for (const Row& r : built) {
        hit_ += r.outcome.result == reset::MilestoneResult::Hit;
        missed_ += r.outcome.result == reset::MilestoneResult::Missed;
        withoutActual_ += r.outcome.result == reset::MilestoneResult::NoActual;
    }
    bool sameShape = built.size() == rows().size() && lastId == lastCycleId_;
    for (std::size_t i = 0; sameShape && i < built.size(); ++i)
        sameShape = built[i].outcome.milestoneId == rows()[i].outcome.milestoneId;
    if (sameShape) {  // an edit: keep the view's current cell
        updateRows(std::move(built));
    } else {
        lastCycleId_ = lastId;
        setRows(std::move(built));
    }
    emit countsChanged();
}

// The roles that are the same in every column, and the edit text.
QVariant ResetMilestonesModel::extraData(const Row& row, int column, int role) const {
    switch (role) {
        case Qt::EditRole:
            if (column == Actual)
                return row.outcome.actual ? editableNumber(QString::number(*row.outcome.actual))
                                          : QString();
            return displayValue(row, column);
        case ResultRole:
            return engineText("assessment", reset::milestoneResultName(row.outcome.result));
        case ItemIdRole:
            return QString::fromStdString(row.outcome.milestoneId);
        default:
            return {};
    }
}

// `row` is a copy: the edit rebuilds the rows.
bool ResetMilestonesModel::recordActual(Row row, const QVariant& value) {
    const Cycle* now = session_.cycle();
    const Cycle* last = now ? reset::baselineCycleOf(session_.assessment(), *now) : nullptr;
    if (!last) return false;
    const EntityDescriptor& kind = *findDescriptor("milestone");
    const FieldDescriptor& field = *kind.field("actual");
    const QString text = plainNumber(value.toString().trimmed());  // "12,5" in German
    const CoerceResult checked =
        coerceValue(field, text.isEmpty() ? FieldValue{} : FieldValue{toStd(text)});
    if (!checked.error.empty()) {
        emit editRejected(tr("Actual of %1 due %2: %3 (kept the previous value)")
                              .arg(QString::fromStdString(row.outcome.ownerName),
                                   displayValue(row, Due).toString(),
                                   QString::fromStdString(checked.error)));
        return false;
    }
    const FieldValue current = row.outcome.actual ? FieldValue{*row.outcome.actual} : FieldValue{};
    if (current == checked.value) return true;
    auto* edit = new QUndoCommand(tr("Record the actual of a milestone of %1")
                                      .arg(QString::fromStdString(row.outcome.ownerName)));
    if (!row.copyId.empty())
        new SetCycleFieldCommand(session_, now->id, kind, row.copyId, field, checked.value, edit);
    if (row.lastHasActual || row.copyId.empty())
        new SetCycleFieldCommand(session_, last->id, kind, row.outcome.milestoneId, field,
                                 checked.value, edit);
    session_.undoStack()->push(edit);
    emit editAccepted();
    return true;
}

}  // namespace crm::gui
