#include "gui/workshop/vote_spread_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <iterator>

#include "gui/app/document_session.h"
#include "gui/steps/entity_table_model.h"
#include "gui/workshop/vote_grid_model.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

namespace {

constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignVCenter;

QVariant boldFont() {
    QFont bold;
    bold.setBold(true);
    return bold;
}

}  // namespace

VoteSpreadModel::VoteSpreadModel(DocumentSession& session, QObject* parent)
    : RowVectorTableModel(columnTable(), parent), session_(session) {
    connect(&session_, &DocumentSession::documentReset, this, &VoteSpreadModel::rebuild);
    connect(&session_, &DocumentSession::edited, this, &VoteSpreadModel::rebuild);
}

VoteSpreadModel::ColumnTable VoteSpreadModel::columnTable() {
    using M = VoteSpreadModel;
    using R = const VoteSpreadRow&;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Item"),
         .alignment = kLeft,
         .display = [](const M&, R row) -> QVariant { return row.caption; }},
        {.header = QT_TR_NOOP("Rated for"),
         .alignment = kLeft,
         .display = [](const M&, R row) -> QVariant {  // short: "Current", "Target", "Severity"…
             QString key = toQString(choiceKey(row.spread.dimension));
             key[0] = key[0].toUpper();
             return key;
         },
         .toolTip = [](const M&, R row) -> QVariant {
             return dimensionLabel(row.spread.dimension);
         }},
        {.header = QT_TR_NOOP("Votes"),
         .alignment = Qt::AlignCenter,
         .display = [](const M&, R row) -> QVariant { return QString::number(row.spread.count); }},
        {.header = QT_TR_NOOP("Median"),
         .alignment = Qt::AlignCenter,
         .display = [](const M&, R row) -> QVariant { return formatMedian(row.spread.median); }},
        {.header = QT_TR_NOOP("Min–max"),
         .alignment = Qt::AlignCenter,
         .display = [](const M&, R row) -> QVariant {
             return formatRange(row.spread.minimum, row.spread.maximum);
         }},
        {.header = QT_TR_NOOP("Spread"),
         .alignment = Qt::AlignCenter,
         .display = [](const M&, R row) -> QVariant {
             return formatSpread(row.spread.standardDeviation);
         }},
        {.header = QT_TR_NOOP("Agreed"),
         .alignment = Qt::AlignCenter,
         .display = [](const M&, R row) -> QVariant {
             return row.spread.agreed ? QString::number(*row.spread.agreed) : QString();
         },
         .font = [](const M&, R) { return boldFont(); }},
        {.header = QT_TR_NOOP("Room"),
         .alignment = Qt::AlignCenter,
         .display = [](const M&, R row) -> QVariant {
             return row.spread.highDisagreement ? tr("disagrees") : QString();
         },
         .font = [](const M&, R row) -> QVariant {
             return row.spread.highDisagreement ? boldFont() : QVariant();
         }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void VoteSpreadModel::setStep(int step) {
    step_ = step;
    rebuild();
}

void VoteSpreadModel::rebuild() {
    std::vector<VoteSpreadRow> rows;
    if (const Cycle* cycle = session_.cycle()) {
        const auto dimensions = voteDimensions(step_);
        const auto spreads = workshop::ratingSpreads(*cycle, session_.assessment().profile);
        for (const auto& item : ratedItems(*cycle, step_))
            for (RatingDimension d : dimensions)
                for (const auto& s : spreads)
                    if (s.itemId == item.id && s.dimension == d) rows.push_back({item.caption, s});
    }
    // The number of rows changes with the first vote on an item; a reset keeps it simple.
    setRows(std::move(rows));
}

// What is the same in every column: the flag, the item, the reason as the tooltip, the colour.
QVariant VoteSpreadModel::extraData(const VoteSpreadRow& row, int, int role) const {
    const workshop::RatingSpread& s = row.spread;
    if (role == FlaggedRole) return s.highDisagreement;
    if (role == EntityTableModel::ItemIdRole) return QString::fromStdString(s.itemId);
    if (role == Qt::ToolTipRole) return QString::fromStdString(s.reason);
    if (role == Qt::BackgroundRole && s.highDisagreement) return QBrush(QColor(244, 199, 195));
    return {};
}

}  // namespace crm::gui
