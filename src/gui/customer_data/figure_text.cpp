#include "gui/customer_data/figure_text.h"

#include <QDate>

#include <cmath>

#include "gui/common/language.h"
#include "report/number_format.h"

namespace crm::gui::customer_data {

namespace {
const QString kNone = QStringLiteral("–");

// The report's English figure ("12,345.67", "71.3%") in the window's language: German swaps the
// group and decimal signs and sets the percent sign apart ("12.345,67", "71,3 %").
QString inWindowLanguage(const std::string& english) {
    QString text = QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size()));
    if (windowLanguage() != QLatin1String("de")) return text;
    for (QChar& c : text) {
        if (c == QLatin1Char(','))
            c = QLatin1Char('.');
        else if (c == QLatin1Char('.'))
            c = QLatin1Char(',');
    }
    if (text.endsWith(QLatin1Char('%')) && !text.endsWith(QLatin1String(" %")))
        text.insert(text.size() - 1, QLatin1Char(' '));
    return text;
}

}  // namespace

QString toQString(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString rfmGroupText(customers::RfmGroup group) {
    const std::string_view label = customers::rfmGroupLabel(group);
    return QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()));
}

std::optional<double> optionalShare(std::size_t part, std::size_t whole) {
    return whole > 0 ? std::optional(static_cast<double>(part) / static_cast<double>(whole))
                     : std::nullopt;
}

QString countWithShare(std::size_t count, std::size_t whole) {
    return QStringLiteral("%1  (%2)").arg(countText(count), shareText(optionalShare(count, whole)));
}

QString countText(std::size_t count) {
    return inWindowLanguage(report::formatValue(static_cast<double>(count), 0));
}

QString amountText(Money money) { return inWindowLanguage(report::formatAmount(money)); }

QString unitsText(double units, int decimals) {
    return std::isfinite(units) ? inWindowLanguage(report::formatFixed(units, decimals)) : kNone;
}

QString shareText(const std::optional<double>& share, int decimals) {
    if (!share || !std::isfinite(*share)) return kNone;
    return inWindowLanguage(report::formatPercent(*share * 100.0, decimals));
}

QString numberText(double value, int maxDecimals) {
    return std::isfinite(value) ? inWindowLanguage(report::formatValue(value, maxDecimals)) : kNone;
}

QString rateText(double perSecond) {
    return std::isfinite(perSecond)
               ? inWindowLanguage(report::formatValue(std::round(perSecond), 0)) +
                     QStringLiteral("/s")
               : kNone;
}

QString dayText(std::int32_t daysSinceEpoch) {
    const QDate day = QDate(1970, 1, 1).addDays(daysSinceEpoch);
    return windowLanguage() == QLatin1String("de") ? day.toString(QStringLiteral("dd.MM.yyyy"))
                                                   : day.toString(Qt::ISODate);
}

}  // namespace crm::gui::customer_data
