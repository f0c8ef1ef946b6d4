#pragma once
// Transaction dates in the five formats the import offers, parsed by hand (no locale,
// no strptime) into days since 1970-01-01.
//
// Day and month may have one or two digits in the formats with separators ("5/1/2024"),
// the year always four; %Y%m%d is exactly eight digits. In "%Y-%m-%d %H:%M:%S" the
// separator may be ' ' or 'T', seconds may carry a fraction; the time is checked and
// then ignored (a line belongs to its calendar day).
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace crm::transactions {

enum class DateFormat : std::uint8_t {
    IsoDate,       // %Y-%m-%d
    IsoDateTime,   // %Y-%m-%d %H:%M:%S
    Compact,       // %Y%m%d
    DayMonthYear,  // %d/%m/%Y
    MonthDayYear,  // %m/%d/%Y
};

inline constexpr std::array<DateFormat, 5> kAllDateFormats = {
    DateFormat::IsoDate, DateFormat::IsoDateTime, DateFormat::Compact, DateFormat::DayMonthYear,
    DateFormat::MonthDayYear};

// The strftime-style spelling, e.g. "%d/%m/%Y".
std::string_view dateFormatText(DateFormat format);
// Inverse of dateFormatText (exact spelling); nullopt for anything else.
std::optional<DateFormat> dateFormatFromText(std::string_view text);

// Days since 1970-01-01 (date::sys_days count), or nullopt when `text` (spaces around
// allowed) is not a valid calendar date in `format`.
std::optional<std::int32_t> parseDate(std::string_view text, DateFormat format);

}  // namespace crm::transactions
