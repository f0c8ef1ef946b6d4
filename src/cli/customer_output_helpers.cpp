#include "cli/customer_output_helpers.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "engine/customers/analysis_settings.h"
#include "engine/model/field_value.h"
#include "engine/transactions/date_parse.h"
#include "platform/file_system.h"
#include "store/store_error.h"

namespace crm::cli::customer_data {

namespace tx = crm::transactions;
namespace cu = crm::customers;
using Json = nlohmann::ordered_json;

[[noreturn]] void fail(int code, const std::string& message) {
    fmt::print(stderr, "crmw: {}\n", message);
    throw Failure{code};
}

int runCatching(const std::function<int()>& work) {
    try {
        return work();
    } catch (const Failure& f) {
        return f.code;
    }
}

std::string dayText(std::int32_t day) { return formatDate(Date{date::days{day}}); }

std::optional<std::int32_t> dayFromText(const std::string& text) {
    return tx::parseDate(text, tx::DateFormat::IsoDate);
}

std::string moneyText(double units, std::string_view currency) {
    if (!std::isfinite(units)) return std::string(kNoValue);
    return moneyText(Money{static_cast<std::int64_t>(std::llround(units * 100.0)) * 10}, currency);
}

std::string moneyText(Money m, std::string_view currency) {
    const std::string plain = formatMoney(m);
    const bool negative = plain.front() == '-';
    const std::string body = negative ? plain.substr(1) : plain;
    const std::size_t dot = body.find('.');
    const std::string whole = body.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "." : body.substr(dot);
    while (fraction.size() < 3) fraction += '0';  // cents at least: 12.50
    const std::string amount = (negative ? "-" : "") + grouped(std::stoull(whole)) + fraction;
    return currency.empty() ? amount : amount + " " + std::string(currency);
}

std::string percent(const std::optional<double>& share) {
    return share && std::isfinite(*share) ? fmt::format("{:.1f}%", *share * 100.0)
                                          : std::string(kNoValue);
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return counted(n, one, many);
}

Json number(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }
Json number(const std::optional<double>& v) { return v ? number(*v) : Json(nullptr); }

std::string discountRateText(const clv::DiscountRate& rate) {
    if (rate.per == clv::RatePeriod::Month) return fmt::format("{:g}% a month", rate.rate * 100.0);
    return fmt::format("{:g}% a year ({:.6g}% a month)", rate.rate * 100.0,
                       rate.perMonth() * 100.0);
}

std::string periodName(cu::PeriodConvention p) { return std::string(cu::periodKey(p)); }

// RFC 4180 field for the customers CSV.
std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string csvNumber(double v) { return std::isfinite(v) ? fmt::format("{}", v) : std::string{}; }

void writeFileAtomically(const std::string& path, const std::string& text) {
    if (path == "-") {
        std::cout << text << std::flush;
        return;
    }
    if (platform::writeWholeFile(path, text))
        throw store::StoreError(store::StoreErrorKind::Io,
                                fmt::format("{}: cannot be written", path));
}

}  // namespace crm::cli::customer_data
