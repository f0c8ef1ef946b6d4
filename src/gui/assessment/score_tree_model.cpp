#include "gui/assessment/score_tree_model.h"

#include <QFont>

namespace crm::gui {

// Internal id 0 marks a group; a score row stores its group's index + 1.
ScoreTreeModel::ScoreTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void ScoreTreeModel::setGroups(QVector<ScoreGroup> groups) {
    beginResetModel();
    groups_ = std::move(groups);
    endResetModel();
}

QModelIndex ScoreTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0) return {};
    if (!parent.isValid())
        return row < groups_.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= groups_.size()) return {};
    if (row >= groups_[parent.row()].rows.size()) return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScoreTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0) return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ScoreTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return int(groups_.size());
    if (parent.column() != 0 || parent.internalId() != 0) return 0;
    return int(groups_[parent.row()].rows.size());
}

int ScoreTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

const ScoreRow* ScoreTreeModel::rowAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == 0) return nullptr;
    return &groups_[int(index.internalId() - 1)].rows[index.row()];
}

QModelIndex ScoreTreeModel::indexOfKey(const QString& key) const {
    for (int g = 0; g < groups_.size(); ++g) {
        const QModelIndex group = index(g, 0);
        if (groups_[g].title == key) return group;
        for (int r = 0; r < groups_[g].rows.size(); ++r)
            if (groups_[g].title + QLatin1Char('/') + groups_[g].rows[r].label == key)
                return index(r, 0, group);
    }
    return {};
}

QVariant ScoreTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const ScoreRow* r = rowAt(index);
    if (!r) {  // a group heading
        const ScoreGroup& g = groups_[index.row()];
        if (role == Qt::DisplayRole && index.column() == Label)
            return QStringLiteral("%1 (%2)").arg(g.title).arg(g.rows.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == assessment_role::Key) return g.title;
        if (role == assessment_role::Detail)
            return tr("%1: select a score to read its reason.").arg(g.title);
        if (role == assessment_role::Step) return 0;
        return {};
    }
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Label:
                    return r->label;
                case Value:
                    return r->value;
                case Band:
                    return r->band;
                case Reason:
                    return r->reason;
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == Value ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                           : QVariant();
        case Qt::ToolTipRole:
        case assessment_role::Detail:
            return r->step >= 1
                       ? tr("%1: %2 — %3 (step %4)").arg(r->label, r->value, r->reason).arg(r->step)
                       : tr("%1: %2 — %3").arg(r->label, r->value, r->reason);
        case assessment_role::Step:
            return r->step;
        case assessment_role::ItemId:
            return QString::fromStdString(r->itemId);
        case assessment_role::Key:
            return groups_[int(index.internalId() - 1)].title + QLatin1Char('/') + r->label;
    }
    return {};
}

QVariant ScoreTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Label:
            return tr("Score");
        case Value:
            return tr("Value");
        case Band:
            return tr("Level / band");
        case Reason:
            return tr("Reason");
    }
    return {};
}

}  // namespace crm::gui
