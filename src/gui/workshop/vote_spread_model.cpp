#include "gui/workshop/vote_spread_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "gui/app/document_session.h"
#include "gui/steps/entity_table_model.h"
#include "gui/workshop/vote_grid_model.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

VoteSpreadModel::VoteSpreadModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    connect(&session_, &DocumentSession::documentReset, this, &VoteSpreadModel::rebuild);
    connect(&session_, &DocumentSession::edited, this, &VoteSpreadModel::rebuild);
}

void VoteSpreadModel::setStep(int step) {
    step_ = step;
    rebuild();
}

void VoteSpreadModel::rebuild() {
    QVector<Row> rows;
    if (const Cycle* cycle = session_.cycle()) {
        const auto dimensions = voteDimensions(step_);
        const auto spreads = workshop::ratingSpreads(*cycle, session_.assessment().profile);
        for (const auto& item : ratedItems(*cycle, step_))
            for (RatingDimension d : dimensions)
                for (const auto& s : spreads)
                    if (s.itemId == item.id && s.dimension == d) rows.push_back({item.caption, s});
    }
    // The number of rows changes with the first vote on an item; a reset keeps it simple.
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int VoteSpreadModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int VoteSpreadModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoteSpreadModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[index.row()];
    const workshop::RatingSpread& s = row.spread;
    if (role == FlaggedRole) return s.highDisagreement;
    if (role == EntityTableModel::ItemIdRole) return QString::fromStdString(s.itemId);
    if (role == Qt::ToolTipRole)
        return index.column() == Dimension ? dimensionLabel(s.dimension)
                                           : QString::fromStdString(s.reason);
    if (role == Qt::BackgroundRole && s.highDisagreement) return QBrush(QColor(244, 199, 195));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() <= Dimension ? Qt::AlignLeft | Qt::AlignVCenter
                                                               : Qt::AlignCenter);
    if (role == Qt::FontRole &&
        (index.column() == Agreed || (index.column() == Flag && s.highDisagreement))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case Item:
            return row.caption;
        case Dimension: {  // short: "Current", "Target", "Severity"…
            QString key = toQString(choiceKey(s.dimension));
            key[0] = key[0].toUpper();
            return key;
        }
        case Votes:
            return QString::number(s.count);
        case Median:
            return formatMedian(s.median);
        case Range:
            return formatRange(s.minimum, s.maximum);
        case Spread:
            return formatSpread(s.standardDeviation);
        case Agreed:
            return s.agreed ? QString::number(*s.agreed) : QString();
        case Flag:
            return s.highDisagreement ? tr("disagrees") : QString();
        default:
            return {};
    }
}

QVariant VoteSpreadModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Item"),    QT_TR_NOOP("Rated for"), QT_TR_NOOP("Votes"),  QT_TR_NOOP("Median"),
        QT_TR_NOOP("Min–max"), QT_TR_NOOP("Spread"),    QT_TR_NOOP("Agreed"), QT_TR_NOOP("Room")};
    return tr(names[section]);
}

}  // namespace crm::gui
