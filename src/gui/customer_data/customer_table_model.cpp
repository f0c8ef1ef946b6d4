#include "gui/customer_data/customer_table_model.h"

#include <cmath>
#include <limits>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

namespace {
constexpr double kLowest =
    std::numeric_limits<double>::lowest();  // sorts "no figure" last, descending
double orLowest(double v) { return std::isfinite(v) ? v : kLowest; }
}  // namespace

CustomerTableModel::CustomerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::setSnapshot(SnapshotPtr snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    rows_ = snapshot_ && snapshot_->hasData()
                ? static_cast<int>(snapshot_->analysis.summaries.customers.size())
                : 0;
    endResetModel();
}

std::size_t CustomerTableModel::position(int row) const {
    const auto r = static_cast<std::size_t>(row);
    return r < snapshot_->byLifetimeValue.size() ? snapshot_->byLifetimeValue[r] : r;
}

bool CustomerTableModel::isMoneyLosing(int row) const {
    if (row < 0 || row >= rows_) return false;
    const auto& c = snapshot_->analysis.summaries.customers[position(row)];
    return snapshot_->hasCost ? c.margin.thousandths < 0 : c.netValue.thousandths < 0;
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t row = position(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return display(row, index.column());
        case SortRole:
            return sortValue(row, index.column());
        case MoneyLosingRole:
            return isMoneyLosing(index.row());
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(index.column() == CustomerColumn ||
                                               index.column() == RfmGroupColumn
                                           ? Qt::AlignLeft | Qt::AlignVCenter
                                           : Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant CustomerTableModel::display(std::size_t row, int column) const {
    const auto& a = snapshot_->analysis;
    const auto& c = a.summaries.customers[row];
    const auto& m = a.model;
    auto modelFigure = [&](const std::vector<double>& v, int decimals) {
        return row < v.size() ? unitsText(v[row], decimals) : QStringLiteral("–");
    };
    switch (column) {
        case CustomerColumn:
            return toQString(snapshot_->customerIdAt(row));
        case NetValueColumn:
            return amountText(c.netValue);
        case MarginColumn:
            return snapshot_->hasCost ? amountText(c.margin) : QStringLiteral("–");
        case PurchaseDaysColumn:
            return static_cast<qulonglong>(c.purchaseDays);
        case LastPurchaseColumn:
            return c.hasPurchase() ? dayText(c.lastPurchaseDay) : QStringLiteral("–");
        case RfmCellColumn:
            return toQString(a.rfm.scores[row].cell());
        case RfmGroupColumn:
            return rfmGroupText(a.rfm.scores[row].group);
        case ProbabilityAliveColumn:
            return row < m.probabilityAlive.size() && std::isfinite(m.probabilityAlive[row])
                       ? shareText(m.probabilityAlive[row], 0)
                       : QStringLiteral("–");
        case ExpectedPurchasesColumn:
            return modelFigure(m.expectedPurchases, 2);
        case LifetimeValueColumn:
            return modelFigure(m.lifetimeValue, 2);
        default:
            return {};
    }
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

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case MarginColumn:
                return tr("Net value minus cost, over every line (returns included)");
            case RfmCellColumn:
                return tr("Recency, frequency and monetary scores, 1-5 (5 = best)");
            case ProbabilityAliveColumn:
                return tr("Probability that the customer still buys (BG/NBD model)");
            case ExpectedPurchasesColumn:
                return tr("Expected purchases over the lifetime-value horizon");
            case LifetimeValueColumn:
                return tr("Predicted customer lifetime value over the horizon, discounted");
            default:
                return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    const int months = snapshot_ ? snapshot_->options.months : 12;
    switch (section) {
        case CustomerColumn:
            return tr("Customer");
        case NetValueColumn:
            return tr("Net value");
        case MarginColumn:
            return tr("Margin");
        case PurchaseDaysColumn:
            return tr("Purchase days");
        case LastPurchaseColumn:
            return tr("Last purchase");
        case RfmCellColumn:
            return tr("RFM");
        case RfmGroupColumn:
            return tr("RFM group");
        case ProbabilityAliveColumn:
            return tr("P(alive)");
        case ExpectedPurchasesColumn:
            return tr("Purchases %1 mo.").arg(months);
        case LifetimeValueColumn:
            return tr("CLV %1 mo.").arg(months);
        default:
            return {};
    }
}

}  // namespace crm::gui::customer_data
