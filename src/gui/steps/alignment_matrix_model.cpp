#include "gui/steps/alignment_matrix_model.h"

#include <QBrush>
#include <QColor>

#include "engine/model/descriptor.h"
#include "engine/model/validation.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/steps/alignment_gaps.h"

namespace crm::gui {

namespace {
const QColor kGapColour(255, 214, 214);
}

AlignmentMatrixModel::AlignmentMatrixModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    setObjectName(QStringLiteral("model_alignment_matrix"));
    connect(&session_, &DocumentSession::documentReset, this, &AlignmentMatrixModel::rebuild);
    connect(&session_, &DocumentSession::listChanged, this, [this](const QString& kind) {
        if (kind == QLatin1String("kpi") || kind == QLatin1String("objective"))
            rebuild();
        else
            refresh();
    });
    connect(&session_, &DocumentSession::fieldChanged, this, &AlignmentMatrixModel::refresh);
    rebuild();
}

void AlignmentMatrixModel::refresh() {
    if (kpis_ > 0 && objectives_ > 0)
        emit dataChanged(index(0, 0), index(kpis_ - 1, objectives_ - 1));
    if (kpis_ > 0) emit headerDataChanged(Qt::Vertical, 0, kpis_ - 1);
    if (objectives_ > 0) emit headerDataChanged(Qt::Horizontal, 0, objectives_ - 1);
}

void AlignmentMatrixModel::rebuild() {
    beginResetModel();
    const Cycle* c = session_.cycle();
    kpis_ = c ? static_cast<int>(c->kpis.size()) : 0;
    objectives_ = c ? static_cast<int>(c->objectives.size()) : 0;
    endResetModel();
}

int AlignmentMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kpis_;
}
int AlignmentMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : objectives_;
}

const AlignmentLink* AlignmentMatrixModel::linkAt(int row, int column) const {
    const Cycle* c = session_.cycle();
    if (!c || row < 0 || column < 0 || row >= static_cast<int>(c->kpis.size()) ||
        column >= static_cast<int>(c->objectives.size()))
        return nullptr;
    const auto& kpi = c->kpis[static_cast<std::size_t>(row)];
    const auto& objective = c->objectives[static_cast<std::size_t>(column)];
    for (const auto& link : c->alignment)
        if (link.kpiId == kpi.id && link.objectiveId == objective.id) return &link;
    return nullptr;
}

QVariant AlignmentMatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    if (role == Qt::CheckStateRole)
        return linkAt(index.row(), index.column()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return headerData(index.row(), Qt::Vertical).toString() + QStringLiteral(" → ") +
               headerData(index.column(), Qt::Horizontal).toString();
    return {};
}

QVariant AlignmentMatrixModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    const Cycle* c = session_.cycle();
    if (!c || section < 0) return {};
    const bool kpiHeader = orientation == Qt::Vertical;
    if (kpiHeader ? section >= static_cast<int>(c->kpis.size())
                  : section >= static_cast<int>(c->objectives.size()))
        return {};
    const EntityDescriptor& kind = *findDescriptor(kpiHeader ? "kpi" : "objective");
    const Entity& item = kind.at(*c, static_cast<std::size_t>(section));
    const AlignmentGaps gaps = findAlignmentGaps(*c);
    const bool gap = kpiHeader ? gaps.kpisWithoutObjective.count(item.id) > 0
                               : gaps.objectivesWithoutKpi.count(item.id) > 0;
    switch (role) {
        case Qt::DisplayRole:
            return QString::fromStdString(itemCaption(kind, item)) +
                   (gap ? QStringLiteral(" ⚠") : QString());
        case Qt::BackgroundRole:
            return gap ? QVariant(QBrush(kGapColour)) : QVariant();
        case Qt::ToolTipRole:
            if (!gap) return {};
            return kpiHeader ? tr("This KPI serves no corporate objective")
                             : tr("No KPI tracks this objective");
        case GapRole:
            return gap;
        default:
            return {};
    }
}

Qt::ItemFlags AlignmentMatrixModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool AlignmentMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool want = value.toInt() == Qt::Checked;
    const bool has = linkAt(index.row(), index.column()) != nullptr;
    if (want == has) return true;
    toggle(index);
    return true;
}

void AlignmentMatrixModel::toggle(const QModelIndex& index) {
    const Cycle* c = session_.cycle();
    if (!c || !checkIndex(index, CheckIndexOption::IndexIsValid)) return;
    const EntityDescriptor& kind = *findDescriptor("alignment");
    const QString kpi =
        headerData(index.row(), Qt::Vertical).toString().remove(QStringLiteral(" ⚠"));
    const QString objective =
        headerData(index.column(), Qt::Horizontal).toString().remove(QStringLiteral(" ⚠"));
    if (const AlignmentLink* link = linkAt(index.row(), index.column())) {
        auto* command = new RemoveItemCommand(session_, kind, link->id);
        command->setText(tr("Unlink KPI '%1' from '%2'").arg(kpi, objective));
        session_.undoStack()->push(command);
        return;
    }
    EntityRecord record;
    record.values = {FieldValue{c->kpis[static_cast<std::size_t>(index.row())].id},
                     FieldValue{c->objectives[static_cast<std::size_t>(index.column())].id}};
    auto* command = new InsertItemCommand(session_, kind, c->alignment.size(), record);
    command->setText(tr("Link KPI '%1' to '%2'").arg(kpi, objective));
    session_.undoStack()->push(command);
}

}  // namespace crm::gui
