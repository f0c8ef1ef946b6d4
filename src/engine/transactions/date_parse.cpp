#include "engine/transactions/date_parse.h"

#include <date/date.h>

namespace crm::transactions {

namespace {

// Reads between minDigits and maxDigits decimal digits at text[pos].
bool readNumber(std::string_view text, std::size_t& pos, int minDigits, int maxDigits, int& value) {
    value = 0;
    int count = 0;
    while (count < maxDigits && pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    return count >= minDigits;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}

bool readTime(std::string_view text, std::size_t& pos) {
    if (pos >= text.size() || (text[pos] != ' ' && text[pos] != 'T')) return false;
    ++pos;
    int hour = 0, minute = 0, second = 0;
    if (!readNumber(text, pos, 1, 2, hour) || !expect(text, pos, ':') ||
        !readNumber(text, pos, 2, 2, minute) || !expect(text, pos, ':') ||
        !readNumber(text, pos, 2, 2, second))
        return false;
    if (pos < text.size() && text[pos] == '.') {
        int ignored = 0;
        ++pos;
        if (!readNumber(text, pos, 1, 9, ignored)) return false;
    }
    return hour < 24 && minute < 60 && second <= 60;  // 60: leap second
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

}  // namespace

std::string_view dateFormatText(DateFormat format) {
    switch (format) {
        case DateFormat::IsoDate:
            return "%Y-%m-%d";
        case DateFormat::IsoDateTime:
            return "%Y-%m-%d %H:%M:%S";
        case DateFormat::Compact:
            return "%Y%m%d";
        case DateFormat::DayMonthYear:
            return "%d/%m/%Y";
        case DateFormat::MonthDayYear:
            return "%m/%d/%Y";
    }
    return "%Y-%m-%d";
}

std::optional<DateFormat> dateFormatFromText(std::string_view text) {
    for (DateFormat format : kAllDateFormats)
        if (dateFormatText(format) == text) return format;
    return std::nullopt;
}

std::optional<std::int32_t> parseDate(std::string_view text, DateFormat format) {
    text = trimmed(text);
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0;
    bool ok = false;
    switch (format) {
        case DateFormat::IsoDate:
        case DateFormat::IsoDateTime:
            ok = readNumber(text, pos, 4, 4, year) && expect(text, pos, '-') &&
                 readNumber(text, pos, 1, 2, month) && expect(text, pos, '-') &&
                 readNumber(text, pos, 1, 2, day) &&
                 (format == DateFormat::IsoDate || readTime(text, pos));
            break;
        case DateFormat::Compact:
            ok = readNumber(text, pos, 4, 4, year) && readNumber(text, pos, 2, 2, month) &&
                 readNumber(text, pos, 2, 2, day);
            break;
        case DateFormat::DayMonthYear:
            ok = readNumber(text, pos, 1, 2, day) && expect(text, pos, '/') &&
                 readNumber(text, pos, 1, 2, month) && expect(text, pos, '/') &&
                 readNumber(text, pos, 4, 4, year);
            break;
        case DateFormat::MonthDayYear:
            ok = readNumber(text, pos, 1, 2, month) && expect(text, pos, '/') &&
                 readNumber(text, pos, 1, 2, day) && expect(text, pos, '/') &&
                 readNumber(text, pos, 4, 4, year);
            break;
    }
    if (!ok || pos != text.size() || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                   date::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;  // 31 April, 29 February of a common year
    return static_cast<std::int32_t>(date::sys_days{ymd}.time_since_epoch().count());
}

}  // namespace crm::transactions
