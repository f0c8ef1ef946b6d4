#pragma once
// Cumulative repeat purchases week by week, as they happened and as each model fitted on the
// calibration period expects them (lifetimes' plot_cumulative_transactions, without the plot):
// a customer first seen on day c is expected to have made E[X(d - c)] repeat purchases by
// day d. Only customers first seen by the calibration end count, the ones the models describe.
#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "engine/clv/purchase_models.h"
#include "engine/customers/customer_summary.h"
#include "engine/transactions/transaction_table.h"

namespace crm::customers {

struct TrackingPoint {
    std::int32_t day = 0;           // the last day of the week
    double actual = 0.0;            // cumulative repeat purchase periods up to this day
    std::vector<double> predicted;  // cumulative, one per model given
};

// What the tracking counts, from the lines or from a database (docs/analytics-sql.md): the
// customers whose first purchase period starts by the calibration end, per first period, and
// the first day of each of their later purchase periods up to the observation end.
struct RepeatPurchaseHistory {
    std::map<std::int32_t, double> cohorts;  // first purchase period -> customers
    std::vector<std::int32_t> repeatDays;    // ascending
};

RepeatPurchaseHistory repeatPurchaseHistory(const transactions::TransactionTable& table,
                                            PeriodConvention period, std::int32_t calibrationEnd,
                                            std::int32_t observationEnd);

// Weeks end on calibrationEnd and every 7 days before and after it, up to observationEnd.
std::vector<TrackingPoint> trackRepeatPurchases(const RepeatPurchaseHistory& history,
                                                PeriodConvention period,
                                                std::int32_t calibrationEnd,
                                                std::int32_t observationEnd,
                                                std::span<const clv::PurchaseModelFit> fits);

std::vector<TrackingPoint> trackRepeatPurchases(const transactions::TransactionTable& table,
                                                PeriodConvention period,
                                                std::int32_t calibrationEnd,
                                                std::int32_t observationEnd,
                                                std::span<const clv::PurchaseModelFit> fits);

}  // namespace crm::customers
