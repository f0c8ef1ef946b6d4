#include "gui/customer_data/figure_text.h"

#include <QDate>

#include <cmath>

#include "gui/common/language.h"
#include "gui/common/local_format.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::gui::customer_data {

namespace {
const QString kNone = QStringLiteral("–");

// The report's formatter in the window's language ("12.345,67", "71,3 %" in German), whichever
// thread asks: a table model's thread may have no report language open, or another one.
template <typename Format>
QString inWindowLanguage(Format format) {
    const report::ReportLanguage scope(windowLanguage().toStdString());
    const std::string text = format();
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

QString toQString(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString rfmGroupText(customers::RfmGroup group) {
    return engineText(text::kPhraseDomain, customers::rfmGroupLabel(group));
}

std::optional<double> optionalShare(std::size_t part, std::size_t whole) {
    return whole > 0 ? std::optional(static_cast<double>(part) / static_cast<double>(whole))
                     : std::nullopt;
}

QString countWithShare(std::size_t count, std::size_t whole) {
    return QStringLiteral("%1  (%2)").arg(countText(count), shareText(optionalShare(count, whole)));
}

QString countText(std::size_t count) {
    return inWindowLanguage([&] { return report::formatValue(static_cast<double>(count), 0); });
}

QString amountText(Money money) {
    return inWindowLanguage([&] { return report::formatAmount(money); });
}

QString unitsText(double units, int decimals) {
    return std::isfinite(units)
               ? inWindowLanguage([&] { return report::formatFixed(units, decimals); })
               : kNone;
}

QString shareText(const std::optional<double>& share, int decimals) {
    if (!share || !std::isfinite(*share)) return kNone;
    return inWindowLanguage([&] { return report::formatPercent(*share * 100.0, decimals); });
}

QString shortShareText(double share, int maxDecimals) {
    if (!std::isfinite(share)) return kNone;
    return inWindowLanguage([&] { return report::formatPercentShort(share * 100.0, maxDecimals); });
}

QString numberText(double value, int maxDecimals) {
    return std::isfinite(value)
               ? inWindowLanguage([&] { return report::formatValue(value, maxDecimals); })
               : kNone;
}

QString rateText(double perSecond) {
    return std::isfinite(perSecond)
               ? inWindowLanguage([&] { return report::formatValue(std::round(perSecond), 0); }) +
                     QStringLiteral("/s")
               : kNone;
}

QString secondsText(double seconds) {
    if (!std::isfinite(seconds)) return kNone;
    return inWindowLanguage([&] { return report::formatFixed(seconds, seconds < 10 ? 2 : 1); }) +
           QStringLiteral("\u00a0s");
}

QString smallNumberText(double value, int maxDecimals) {
    if (!std::isfinite(value)) return kNone;
    const double smallest = std::pow(10.0, -maxDecimals);
    if (value != 0 && std::abs(value) < smallest)
        return (value < 0 ? QStringLiteral("> -") : QStringLiteral("< ")) +
               numberText(smallest, maxDecimals);
    return numberText(value, maxDecimals);
}

QString dayText(std::int32_t daysSinceEpoch) {
    const QDate day = QDate(1970, 1, 1).addDays(daysSinceEpoch);
    return windowLanguage() == QLatin1String("de") ? day.toString(QStringLiteral("dd.MM.yyyy"))
                                                   : day.toString(Qt::ISODate);
}

}  // namespace crm::gui::customer_data
