#include "gui/workshop/workshop_list_proxy.h"

#include <QUndoStack>

#include <algorithm>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/steps/entity_table_model.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

WorkshopListProxy::WorkshopListProxy(EntityTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), source_(source) {
    setSourceModel(source);
}

int WorkshopListProxy::sourceColumnOf(std::string_view fieldKey) const {
    const auto& fields = source_->kind().fields;
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].key == fieldKey) return static_cast<int>(i);
    return -1;
}

int WorkshopListProxy::columnOf(std::string_view fieldKey) const {
    const int source = sourceColumnOf(fieldKey);
    if (source < 0 || hiddenColumns_.count(source)) return -1;
    return source - static_cast<int>(std::count_if(hiddenColumns_.begin(), hiddenColumns_.end(),
                                                   [source](int c) { return c < source; }));
}

bool WorkshopListProxy::isFlag(int sourceColumn) const {
    const auto& fields = source_->kind().fields;
    return sourceColumn >= 0 && static_cast<std::size_t>(sourceColumn) < fields.size() &&
           fields[static_cast<std::size_t>(sourceColumn)].type == FieldType::Bool;
}

void WorkshopListProxy::showOnlyWhere(std::string_view fieldKey, const QString& value) {
    onlyKey_ = fieldKey;
    onlyValue_ = value;
    invalidateFilter();
}

void WorkshopListProxy::hideWhereTrue(std::string_view fieldKey, bool hide) {
    hideTrueKey_ = fieldKey;
    hideTrue_ = hide;
    invalidateFilter();
}

void WorkshopListProxy::hideField(std::string_view fieldKey) {
    if (const int c = sourceColumnOf(fieldKey); c >= 0) hiddenColumns_.insert(c);
    invalidateFilter();
}

void WorkshopListProxy::showStepTitles(std::string_view fieldKey) { stepKey_ = fieldKey; }

bool WorkshopListProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    if (!onlyKey_.empty()) {
        const int c = sourceColumnOf(onlyKey_);
        if (c >= 0 && source_->index(sourceRow, c).data(Qt::EditRole).toString() != onlyValue_)
            return false;
    }
    if (hideTrue_ && !hideTrueKey_.empty()) {
        const int c = sourceColumnOf(hideTrueKey_);
        if (c >= 0 &&
            source_->index(sourceRow, c).data(Qt::EditRole).toString() == QLatin1String("yes"))
            return false;
    }
    return true;
}

bool WorkshopListProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex&) const {
    return !hiddenColumns_.count(sourceColumn);
}

QVariant WorkshopListProxy::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const int sourceColumn = mapToSource(index).column();
    if (isFlag(sourceColumn)) {
        const bool on =
            QSortFilterProxyModel::data(index, Qt::EditRole).toString() == QLatin1String("yes");
        if (role == Qt::CheckStateRole) return on ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole || role == Qt::EditRole) return {};
    }
    if (role == Qt::TextAlignmentRole && !stepKey_.empty() &&
        sourceColumn == sourceColumnOf(stepKey_))
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DisplayRole && !stepKey_.empty() && sourceColumn == sourceColumnOf(stepKey_)) {
        const int step = QSortFilterProxyModel::data(index, Qt::EditRole).toInt();
        if (step >= 1 && step <= kResetStep)
            return QStringLiteral("%1 · %2").arg(step).arg(workshopStepTitle(step));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool WorkshopListProxy::setData(const QModelIndex& index, const QVariant& value, int role) {
    const QModelIndex source = mapToSource(index);
    if (!isFlag(source.column())) return QSortFilterProxyModel::setData(index, value, role);
    if (role != Qt::CheckStateRole) return false;
    DocumentSession& session = source_->session();
    const EntityId id = source_->itemId(source.row());
    if (id.empty()) return false;
    const bool on = value.toInt() == Qt::Checked;
    const FieldDescriptor& field =
        source_->kind().fields[static_cast<std::size_t>(source.column())];
    const int before = session.undoStack()->index();
    session.undoStack()->push(new SetFieldCommand(session, source_->kind(), id, field, on));
    return session.undoStack()->index() != before;
}

Qt::ItemFlags WorkshopListProxy::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (index.isValid() && isFlag(mapToSource(index).column()))
        f = (f & ~Qt::ItemIsEditable) | Qt::ItemIsUserCheckable;
    return f;
}

}  // namespace crm::gui
