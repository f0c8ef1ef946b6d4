#include "engine/customers/repeat_purchase_tracking.h"

#include <algorithm>
#include <limits>
#include <map>

namespace crm::customers {

RepeatPurchaseHistory repeatPurchaseHistory(const transactions::TransactionTable& table,
                                            PeriodConvention period, std::int32_t calibrationEnd,
                                            std::int32_t observationEnd) {
    // Distinct purchase periods per customer, keyed customer << 32 | period.
    std::vector<std::uint64_t> keys;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::int32_t day = table.day[i];
        if (day > observationEnd || table.quantitySign[i] <= 0) continue;
        const auto p = static_cast<std::uint32_t>(periodOfDay(day, period));
        keys.push_back(std::uint64_t{table.customer[i]} << 32 | p);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    RepeatPurchaseHistory history;
    for (std::size_t i = 0; i < keys.size();) {
        const std::uint64_t customer = keys[i] >> 32;
        const auto first = static_cast<std::int32_t>(static_cast<std::uint32_t>(keys[i]));
        std::size_t j = i + 1;
        if (firstDayOfPeriod(first, period) <= calibrationEnd) {
            history.cohorts[first] += 1.0;
            for (; j < keys.size() && keys[j] >> 32 == customer; ++j)
                history.repeatDays.push_back(firstDayOfPeriod(
                    static_cast<std::int32_t>(static_cast<std::uint32_t>(keys[j])), period));
        }
        while (j < keys.size() && keys[j] >> 32 == customer) ++j;
        i = j;
    }
    std::sort(history.repeatDays.begin(), history.repeatDays.end());
    return history;
}

std::vector<TrackingPoint> trackRepeatPurchases(const transactions::TransactionTable& table,
                                                PeriodConvention period,
                                                std::int32_t calibrationEnd,
                                                std::int32_t observationEnd,
                                                std::span<const clv::PurchaseModelFit> fits) {
    return trackRepeatPurchases(
        repeatPurchaseHistory(table, period, calibrationEnd, observationEnd), period,
        calibrationEnd, observationEnd, fits);
}

std::vector<TrackingPoint> trackRepeatPurchases(const RepeatPurchaseHistory& history,
                                                PeriodConvention period,
                                                std::int32_t calibrationEnd,
                                                std::int32_t observationEnd,
                                                std::span<const clv::PurchaseModelFit> fits) {
    const auto& cohorts = history.cohorts;
    const auto& repeatDays = history.repeatDays;
    if (cohorts.empty()) return {};
    const std::int32_t firstDay = firstDayOfPeriod(cohorts.begin()->first, period);
    const double scale = modelUnitsPerPeriod(period);

    std::vector<std::int32_t> ends;
    for (std::int32_t d = calibrationEnd; d >= firstDay; d -= 7) ends.push_back(d);
    std::reverse(ends.begin(), ends.end());
    for (std::int32_t d = calibrationEnd + 7; d <= observationEnd; d += 7) ends.push_back(d);
    if (ends.empty() || ends.back() != observationEnd) ends.push_back(observationEnd);

    // E[X(t)] depends on the whole number of periods since the first purchase only: once each.
    std::vector<std::map<std::int32_t, double>> expectedAtLag(fits.size());
    std::vector<TrackingPoint> points;
    for (const std::int32_t end : ends) {
        TrackingPoint point;
        point.day = end;
        point.actual = static_cast<double>(
            std::upper_bound(repeatDays.begin(), repeatDays.end(), end) - repeatDays.begin());
        const std::int32_t endPeriod = periodOfDay(end, period);
        for (std::size_t m = 0; m < fits.size(); ++m) {
            double expected = 0.0;
            if (fits[m].usable())
                for (const auto& [first, count] : cohorts) {
                    const std::int32_t lag = endPeriod - static_cast<std::int32_t>(first);
                    if (lag <= 0) continue;
                    auto it = expectedAtLag[m].find(lag);
                    if (it == expectedAtLag[m].end())
                        it = expectedAtLag[m]
                                 .emplace(lag,
                                          clv::expectedPurchasesNewCustomer(fits[m], lag * scale))
                                 .first;
                    expected += count * it->second;
                }
            point.predicted.push_back(expected);
        }
        points.push_back(std::move(point));
    }
    return points;
}

}  // namespace crm::customers
