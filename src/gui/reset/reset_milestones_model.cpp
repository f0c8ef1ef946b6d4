#include "gui/reset/reset_milestones_model.h"

#include <QUndoCommand>

#include "engine/reset/baseline_cycle.h"
#include "gui/app/document_session.h"
#include "gui/commands/cycle_commands.h"
#include "gui/reset/cycle_comparison_models.h"

namespace crm::gui {

ResetMilestonesModel::ResetMilestonesModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    connect(&session_, &DocumentSession::documentReset, this, &ResetMilestonesModel::refresh);
    connect(&session_, &DocumentSession::edited, this, &ResetMilestonesModel::refresh);
    refresh();
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
    std::vector<Row> rows = buildRows();
    const Cycle* now = session_.cycle();
    const Cycle* last = now ? reset::baselineCycleOf(session_.assessment(), *now) : nullptr;
    const EntityId lastId = last ? last->id : EntityId{};
    hasPrevious_ = last != nullptr;
    hit_ = missed_ = withoutActual_ = 0;
    for (const Row& r : rows) {
        hit_ += r.outcome.result == reset::MilestoneResult::Hit;
        missed_ += r.outcome.result == reset::MilestoneResult::Missed;
        withoutActual_ += r.outcome.result == reset::MilestoneResult::NoActual;
    }
    bool sameShape = rows.size() == rows_.size() && lastId == lastCycleId_;
    for (std::size_t i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].outcome.milestoneId == rows_[i].outcome.milestoneId;
    if (sameShape) {  // an edit: keep the view's current cell
        rows_ = std::move(rows);
        if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        rows_ = std::move(rows);
        lastCycleId_ = lastId;
        endResetModel();
    }
    emit countsChanged();
}

int ResetMilestonesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ResetMilestonesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResetMilestonesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const auto& o = row.outcome;
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case Owner:
                    return QString::fromStdString(o.ownerName);
                case Due:
                    return o.due ? QString::fromStdString(formatDate(*o.due)) : QStringLiteral("–");
                case Target:
                    return formatMeasureValue(o.target);
                case Actual:
                    return formatMeasureValue(o.actual);
                case Result:
                    return milestoneResultText(o.result);
                default:
                    return {};
            }
        case Qt::EditRole:
            if (column == Actual) return o.actual ? QString::number(*o.actual) : QString();
            return data(index, Qt::DisplayRole);
        case ResultRole:
            return QString::fromStdString(std::string(reset::milestoneResultName(o.result)));
        case ItemIdRole:
            return QString::fromStdString(o.milestoneId);
        case Qt::BackgroundRole:
            if (column == Result) return milestoneResultBackground(o.result);
            if (column == Actual && o.result == reset::MilestoneResult::NoActual)
                return milestoneResultBackground(o.result);
            return {};
        case Qt::TextAlignmentRole:
            if (column == Target || column == Actual)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ToolTipRole:
            if (column == Owner) return QString::fromStdString(o.ownerName);
            if (column == Actual)
                return tr("The value reached by the due date: type it to record it.");
            return {};
        default:
            return {};
    }
}

QVariant ResetMilestonesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Owner:
            return tr("Objective or KPI (last cycle)");
        case Due:
            return tr("Due");
        case Target:
            return tr("Target");
        case Actual:
            return tr("Actual");
        case Result:
            return tr("Result");
        default:
            return {};
    }
}

Qt::ItemFlags ResetMilestonesModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Actual) f |= Qt::ItemIsEditable;
    return f;
}

bool ResetMilestonesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Actual)
        return false;
    const Row row = rows_[static_cast<std::size_t>(index.row())];
    const Cycle* now = session_.cycle();
    const Cycle* last = now ? reset::baselineCycleOf(session_.assessment(), *now) : nullptr;
    if (!last) return false;
    const EntityDescriptor& kind = *findDescriptor("milestone");
    const FieldDescriptor& field = *kind.field("actual");
    const QString text = value.toString().trimmed();
    const CoerceResult checked =
        coerceValue(field, text.isEmpty() ? FieldValue{} : FieldValue{toStd(text)});
    if (!checked.error.empty()) {
        emit editRejected(tr("Actual of %1 due %2: %3 (kept the previous value)")
                              .arg(QString::fromStdString(row.outcome.ownerName),
                                   data(index.siblingAtColumn(Due)).toString(),
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
