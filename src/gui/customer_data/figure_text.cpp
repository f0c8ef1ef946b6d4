#include "gui/customer_data/figure_text.h"

#include <QDate>

#include <cmath>

#include "report/number_format.h"

namespace crm::gui::customer_data {

namespace {
const QString kNone = QStringLiteral("–");
}

QString toQString(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString rfmGroupText(customers::RfmGroup group) {
    const std::string_view label = customers::rfmGroupLabel(group);
    return QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()));
}

QString countText(std::size_t count) {
    return toQString(report::formatValue(static_cast<double>(count), 0));
}

QString amountText(Money money) { return toQString(report::formatAmount(money)); }

QString unitsText(double units, int decimals) {
    return std::isfinite(units) ? toQString(report::formatFixed(units, decimals)) : kNone;
}

QString shareText(const std::optional<double>& share, int decimals) {
    if (!share || !std::isfinite(*share)) return kNone;
    return toQString(report::formatPercent(*share * 100.0, decimals));
}

QString numberText(double value, int maxDecimals) {
    return std::isfinite(value) ? toQString(report::formatValue(value, maxDecimals)) : kNone;
}

QString rateText(double perSecond) {
    return std::isfinite(perSecond)
               ? toQString(report::formatValue(std::round(perSecond), 0)) + QStringLiteral("/s")
               : kNone;
}

QString dayText(std::int32_t daysSinceEpoch) {
    return QDate(1970, 1, 1).addDays(daysSinceEpoch).toString(Qt::ISODate);
}

}  // namespace crm::gui::customer_data
