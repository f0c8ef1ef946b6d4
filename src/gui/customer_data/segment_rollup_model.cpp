#include "gui/customer_data/segment_rollup_model.h"

#include <iterator>
#include <limits>

#include "gui/common/money_text.h"
#include "gui/customer_data/customer_table_model.h"
#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

namespace {
constexpr double kLowest = std::numeric_limits<double>::lowest();

QString groupTitle(std::string_view key) {
    if (const auto group = customers::rfmGroupOfKey(key)) return rfmGroupText(*group);
    return toQString(std::string(key));
}
}  // namespace

SegmentRollupModel::SegmentRollupModel(QObject* parent)
    : ColumnTableModel(columnTable(), parent, SortRole) {}

SegmentRollupModel::ColumnTable SegmentRollupModel::columnTable() {
    using M = SegmentRollupModel;
    using R = const customers::SegmentRollup&;
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    static const ColumnSpec columns[] = {
        {.headerOf = [](const M& m) { return m.byGroup() ? tr("RFM group") : tr("Segment"); },
         .alignment = Qt::AlignLeft | Qt::AlignVCenter,
         .display = [](const M& m, R r) -> QVariant { return m.name(r); },
         .sortKey = [](const M& m, R r) -> QVariant { return m.name(r); }},
        {.header = QT_TR_NOOP("Customers"),
         .alignment = right,
         .display = [](const M&, R r) -> QVariant { return countText(r.customers); },
         .sortKey = [](const M&, R r) -> QVariant { return static_cast<qulonglong>(r.customers); }},
        {.headerOf = [](const M& m) { return moneyLabel(tr("Net value"), m.currency_); },
         .alignment = right,
         .display = [](const M&, R r) -> QVariant { return amountText(r.netValue); },
         .sortKey = [](const M&, R r) -> QVariant {
             return static_cast<qlonglong>(r.netValue.thousandths);
         }},
        {.headerOf = [](const M& m) { return moneyLabel(tr("Margin"), m.currency_); },
         .alignment = right,
         .display = [](const M& m, R r) -> QVariant {
             return m.snapshot_->hasCost ? amountText(r.margin) : QStringLiteral("–");
         },
         .sortKey = [](const M&, R r) -> QVariant {
             return static_cast<qlonglong>(r.margin.thousandths);
         }},
        {.header = QT_TR_NOOP("Margin %"),
         .alignment = right,
         .display = [](const M& m, R r) -> QVariant { return shareText(m.marginPct(r)); },
         .sortKey = [](const M& m, R r) -> QVariant { return m.marginPct(r).value_or(kLowest); }},
        {.headerOf = [](const M& m) { return moneyLabel(tr("Mean CLV"), m.currency_); },
         .alignment = right,
         .display = [](const M&, R r) -> QVariant {
             return r.meanClv ? unitsText(*r.meanClv) : QStringLiteral("–");
         },
         .sortKey = [](const M&, R r) -> QVariant { return r.meanClv.value_or(kLowest); }},
        {.header = QT_TR_NOOP("Mean P(alive)"),
         .alignment = right,
         .display = [](const M&, R r) -> QVariant {
             return r.meanProbabilityAlive ? numberText(*r.meanProbabilityAlive, 2)
                                           : QStringLiteral("–");
         },
         .sortKey = [](const M&, R r) -> QVariant {
             return r.meanProbabilityAlive.value_or(kLowest);
         }},
        {.header = QT_TR_NOOP("Churn risk"),
         .alignment = right,
         .display = [](const M&, R r) -> QVariant { return shareText(r.churnRiskShare); },
         .sortKey = [](const M&, R r) -> QVariant { return r.churnRiskShare.value_or(kLowest); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void SegmentRollupModel::setSnapshot(SnapshotPtr snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    rows_ = snapshot_ && snapshot_->hasData()
                ? static_cast<int>(snapshot_->analysis.segments.rows.size())
                : 0;
    endResetModel();
}

bool SegmentRollupModel::byGroup() const {
    return snapshot_ && snapshot_->analysis.segments.basis == customers::RollupBasis::RfmGroup;
}

QString SegmentRollupModel::name(const customers::SegmentRollup& r) const {
    return byGroup() ? groupTitle(r.name) : toQString(r.name);
}

std::optional<double> SegmentRollupModel::marginPct(const customers::SegmentRollup& r) const {
    if (!snapshot_->hasCost || r.netValue.thousandths <= 0) return std::nullopt;
    return static_cast<double>(r.margin.thousandths) / static_cast<double>(r.netValue.thousandths);
}

}  // namespace crm::gui::customer_data
