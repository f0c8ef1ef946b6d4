#pragma once
// The figures of the customer-data page and the import dialog as text, written the way the
// report writes them (report/number_format.h), so the screen and the paper agree; in German
// with the German signs ("12.345,67", "71,3 %", "31.12.2026").
#include <QString>

#include <cstddef>
#include <optional>

#include "engine/customers/rfm.h"
#include "engine/model/money.h"

namespace crm::gui::customer_data {

QString countText(std::size_t count);               // 1234567 -> "1,234,567"
QString amountText(Money money);                    // "12,345" or "12,345.67"
QString unitsText(double units, int decimals = 2);  // a currency value held as double
QString shareText(const std::optional<double>& share,
                  int decimals = 1);  // 0.713 -> "71.3%", "–" unset
std::optional<double> optionalShare(std::size_t part, std::size_t whole);  // none when whole is 0
QString countWithShare(std::size_t count, std::size_t whole);              // "12  (3.4%)"
// As few decimals as needed: 0.01 -> "1%" (German "1 %"), 0.0125 -> "1.25%".
QString shortShareText(double share, int maxDecimals);
QString numberText(double value, int maxDecimals = 3);  // "–" when not finite
QString rateText(double perSecond);                     // "812,345/s"
QString secondsText(double seconds);                    // "0.42 s", "12.5 s"
// A diagnostic close to zero: "< 0.001" below 10^-maxDecimals, never e-notation ("2.1e-09").
QString smallNumberText(double value, int maxDecimals = 3);
QString dayText(std::int32_t daysSinceEpoch);  // ISO date
QString toQString(const std::string& text);
// The engine's rfmGroupLabel in the window's language: "Cannot lose", "Unbedingt halten".
QString rfmGroupText(customers::RfmGroup group);

}  // namespace crm::gui::customer_data
