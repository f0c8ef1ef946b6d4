#include "engine/customers/analysis_settings.h"

#include <array>

#include "engine/text/phrase.h"

namespace crm::customers {

namespace {

constexpr std::array kPeriodNames{
    AnalysisPeriodName{PeriodConvention::Days, "day", text::englishTerm("Day")},
    AnalysisPeriodName{PeriodConvention::DaysInWeeks, "week", text::englishTerm("Week (7 days)")},
    AnalysisPeriodName{PeriodConvention::CalendarWeeks, "calendar-week",
                       text::englishTerm("Calendar week (Monday to Sunday)")},
    AnalysisPeriodName{PeriodConvention::CalendarMonths, "month",
                       text::englishTerm("Calendar month")},
};

const AnalysisPeriodName& nameOf(PeriodConvention period) {
    for (const auto& name : kPeriodNames)
        if (name.period == period) return name;
    return kPeriodNames.front();  // unreachable while every convention has a row
}

}  // namespace

std::span<const AnalysisPeriodName> analysisPeriodNames() { return kPeriodNames; }

std::optional<PeriodConvention> periodFromKey(std::string_view key) {
    for (const auto& name : kPeriodNames)
        if (name.key == key) return name.period;
    return std::nullopt;
}

std::string_view periodKey(PeriodConvention period) { return nameOf(period).key; }

std::string_view periodLabel(PeriodConvention period) { return nameOf(period).label; }

std::string periodKeyList() {
    std::string list;
    for (const auto& name : kPeriodNames) {
        if (!list.empty()) list += ", ";
        list += name.key;
    }
    return list;
}

AnalysisOptions analysisOptionsFrom(const CustomerAnalysisSettings& settings,
                                    const transactions::TransactionTable* table) {
    AnalysisOptions options;
    options.period = settings.period;
    options.months = settings.horizonMonths;
    options.discountRate = {settings.monthlyDiscountRate, clv::RatePeriod::Month};
    if (settings.calibrationEnd) {
        const auto day =
            static_cast<std::int32_t>(settings.calibrationEnd->time_since_epoch().count());
        options.calibrationEnd = table ? calibrationEndWithin(*table, day) : std::optional(day);
    }
    return options;
}

}  // namespace crm::customers
