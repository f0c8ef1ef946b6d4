#include "gui/customer_data/segment_rollup_model.h"

#include <limits>

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

SegmentRollupModel::SegmentRollupModel(QObject* parent) : QAbstractTableModel(parent) {}

void SegmentRollupModel::setSnapshot(SnapshotPtr snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    rows_ = snapshot_ && snapshot_->hasData()
                ? static_cast<int>(snapshot_->analysis.segments.rows.size())
                : 0;
    endResetModel();
}

std::optional<double> SegmentRollupModel::marginPct(const customers::SegmentRollup& r) const {
    if (!snapshot_->hasCost || r.netValue.thousandths <= 0) return std::nullopt;
    return static_cast<double>(r.margin.thousandths) / static_cast<double>(r.netValue.thousandths);
}

int SegmentRollupModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}

int SegmentRollupModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentRollupModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = snapshot_->analysis.segments.rows[static_cast<std::size_t>(index.row())];
    const bool byGroup = snapshot_->analysis.segments.basis == customers::RollupBasis::RfmGroup;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == NameColumn
                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case NameColumn:
                return byGroup ? groupTitle(r.name) : toQString(r.name);
            case CustomersColumn:
                return countText(r.customers);
            case NetValueColumn:
                return amountText(r.netValue);
            case MarginColumn:
                return snapshot_->hasCost ? amountText(r.margin) : QStringLiteral("–");
            case MarginPctColumn:
                return shareText(marginPct(r));
            case MeanClvColumn:
                return r.meanClv ? unitsText(*r.meanClv) : QStringLiteral("–");
            case ChurnRiskColumn:
                return shareText(r.churnRiskShare);
            default:
                return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
            case NameColumn:
                return byGroup ? groupTitle(r.name) : toQString(r.name);
            case CustomersColumn:
                return static_cast<qulonglong>(r.customers);
            case NetValueColumn:
                return static_cast<qlonglong>(r.netValue.thousandths);
            case MarginColumn:
                return static_cast<qlonglong>(r.margin.thousandths);
            case MarginPctColumn:
                return marginPct(r).value_or(kLowest);
            case MeanClvColumn:
                return r.meanClv.value_or(kLowest);
            case ChurnRiskColumn:
                return r.churnRiskShare.value_or(kLowest);
            default:
                return {};
        }
    }
    return {};
}

QVariant SegmentRollupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    const bool byGroup =
        snapshot_ && snapshot_->analysis.segments.basis == customers::RollupBasis::RfmGroup;
    switch (section) {
        case NameColumn:
            return byGroup ? tr("RFM group") : tr("Segment");
        case CustomersColumn:
            return tr("Customers");
        case NetValueColumn:
            return tr("Net value");
        case MarginColumn:
            return tr("Margin");
        case MarginPctColumn:
            return tr("Margin %");
        case MeanClvColumn:
            return tr("Mean CLV");
        case ChurnRiskColumn:
            return tr("Churn risk");
        default:
            return {};
    }
}

}  // namespace crm::gui::customer_data
