#include "gui/customer_data/customer_table_model.h"

#include <cmath>
#include <iterator>
#include <limits>

#include "gui/common/money_text.h"
#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

namespace {
constexpr double kLowest =
    std::numeric_limits<double>::lowest();  // sorts "no figure" last, descending
double orLowest(double v) { return std::isfinite(v) ? v : kLowest; }

// A figure of the lifetime-value model, "–" where the model has none.
QString modelFigure(const std::vector<double>& values, std::size_t row, int decimals) {
    return row < values.size() ? unitsText(values[row], decimals) : QStringLiteral("–");
}
}  // namespace

CustomerTableModel::CustomerTableModel(QObject* parent)
    : ColumnTableModel(columnTable(), parent, SortRole) {}

// In the order of Column. The display text only; SortRole comes from sortNumber, which the
// proxy's lessThan shares.
CustomerTableModel::ColumnTable CustomerTableModel::columnTable() {
    using M = CustomerTableModel;
    using Row = std::size_t;
    constexpr Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Customer"),
         .alignment = left,
         .display = [](const M& m, Row row) -> QVariant {
             return toQString(m.snapshot_->customerIdAt(row));
         }},
        {.headerOf =
             [](const M& m) {
                 return moneyLabel(tr("CLV %1 mo.").arg(m.horizonMonths()), m.currency_);
             },
         .headerToolTip = QT_TR_NOOP("Predicted customer lifetime value over the horizon, "
                                     "discounted"),
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             return modelFigure(m.snapshot_->analysis.model.lifetimeValue, row, 2);
         }},
        {.header = QT_TR_NOOP("P(alive)"),
         .headerToolTip = QT_TR_NOOP("Probability that the customer still buys (BG/NBD model)"),
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             const auto& alive = m.snapshot_->analysis.model.probabilityAlive;
             return row < alive.size() && std::isfinite(alive[row]) ? shareText(alive[row], 0)
                                                                    : QStringLiteral("–");
         }},
        {.headerOf = [](const M& m) { return tr("Purchases %1 mo.").arg(m.horizonMonths()); },
         .headerToolTip = QT_TR_NOOP("Expected purchases over the lifetime-value horizon"),
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             return modelFigure(m.snapshot_->analysis.model.expectedPurchases, row, 2);
         }},
        {.headerOf = [](const M& m) { return moneyLabel(tr("Net value"), m.currency_); },
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             return amountText(m.summary(row).netValue);
         }},
        {.headerOf = [](const M& m) { return moneyLabel(tr("Margin"), m.currency_); },
         .headerToolTip = QT_TR_NOOP("Net value minus cost, over every line (returns included)"),
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             return m.snapshot_->hasCost ? amountText(m.summary(row).margin) : QStringLiteral("–");
         }},
        {.header = QT_TR_NOOP("Purchase days"),
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             return static_cast<qulonglong>(m.summary(row).purchaseDays);
         }},
        {.header = QT_TR_NOOP("Last purchase"),
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             const auto& c = m.summary(row);
             return c.hasPurchase() ? dayText(c.lastPurchaseDay) : QStringLiteral("–");
         }},
        {.header = QT_TR_NOOP("RFM"),
         .headerToolTip = QT_TR_NOOP("Recency, frequency and monetary scores, 1-5 (5 = best)"),
         .alignment = right,
         .display = [](const M& m, Row row) -> QVariant {
             return toQString(m.snapshot_->analysis.rfm.scores[row].cell());
         }},
        {.header = QT_TR_NOOP("RFM group"),
         .alignment = left,
         .display = [](const M& m, Row row) -> QVariant {
             return rfmGroupText(m.snapshot_->analysis.rfm.scores[row].group);
         }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void CustomerTableModel::setSnapshot(SnapshotPtr snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    rows_ = snapshot_ && snapshot_->hasData()
                ? static_cast<int>(snapshot_->analysis.summaries.customers.size())
                : 0;
    endResetModel();
}

int CustomerTableModel::horizonMonths() const { return snapshot_ ? snapshot_->options.months : 12; }

std::size_t CustomerTableModel::position(int row) const {
    const auto r = static_cast<std::size_t>(row);
    return r < snapshot_->byLifetimeValue.size() ? snapshot_->byLifetimeValue[r] : r;
}

const customers::CustomerSummary& CustomerTableModel::summary(std::size_t row) const {
    return snapshot_->analysis.summaries.customers[row];
}

bool CustomerTableModel::losesMoney(std::size_t row) const {
    const auto& c = summary(row);
    return snapshot_->hasCost ? c.margin.thousandths < 0 : c.netValue.thousandths < 0;
}

bool CustomerTableModel::isMoneyLosing(int row) const {
    return row >= 0 && row < rows_ && losesMoney(position(row));
}

QVariant CustomerTableModel::extraData(std::size_t row, int column, int role) const {
    if (role == SortRole) return sortValue(row, column);
    if (role == MoneyLosingRole) return losesMoney(row);
    return {};
}

double CustomerTableModel::sortNumber(std::size_t row, int column) const {
    const auto& a = snapshot_->analysis;
    const auto& c = a.summaries.customers[row];
    const auto& m = a.model;
    auto modelValue = [&](const std::vector<double>& v) {
        return row < v.size() ? orLowest(v[row]) : kLowest;
    };
    switch (column) {
        case NetValueColumn:
            return static_cast<double>(c.netValue.thousandths);
        case MarginColumn:
            return static_cast<double>(c.margin.thousandths);
        case PurchaseDaysColumn:
            return c.purchaseDays;
        case LastPurchaseColumn:
            return c.hasPurchase() ? c.lastPurchaseDay : kLowest;
        case RfmCellColumn: {
            const auto& s = a.rfm.scores[row];
            return s.recency * 100 + s.frequency * 10 + s.monetary;
        }
        case RfmGroupColumn:
            return static_cast<int>(a.rfm.scores[row].group);
        case ProbabilityAliveColumn:
            return modelValue(m.probabilityAlive);
        case ExpectedPurchasesColumn:
            return modelValue(m.expectedPurchases);
        case LifetimeValueColumn:
            return modelValue(m.lifetimeValue);
        default:
            return 0.0;
    }
}

QVariant CustomerTableModel::sortValue(std::size_t row, int column) const {
    if (column == CustomerColumn) return toQString(snapshot_->customerIdAt(row));
    if (column == NetValueColumn || column == MarginColumn)
        return static_cast<qlonglong>(sortNumber(row, column));
    return sortNumber(row, column);
}

bool CustomerTableModel::lessThan(int left, int right, int column) const {
    if (left < 0 || right < 0 || left >= rows_ || right >= rows_) return false;
    const std::size_t l = position(left), r = position(right);
    if (column == CustomerColumn) return snapshot_->customerIdAt(l) < snapshot_->customerIdAt(r);
    return sortNumber(l, column) < sortNumber(r, column);
}

CustomerSortProxy::CustomerSortProxy(CustomerTableModel* source, Rows rows, QObject* parent)
    : QSortFilterProxyModel(parent), source_(source), rows_(rows) {
    setSourceModel(source);
    setSortRole(CustomerTableModel::SortRole);
}

bool CustomerSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    return source_->lessThan(left.row(), right.row(), left.column());
}

bool CustomerSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    return sourceParent.isValid() ? false : rows_ == Rows::All || source_->isMoneyLosing(sourceRow);
}

}  // namespace crm::gui::customer_data
