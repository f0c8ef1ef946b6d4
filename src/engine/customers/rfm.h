#pragma once
// RFM: recency, frequency and monetary scores 1..5 (5 = best) and named groups.
//
// Scored customers: those with a purchase in the window (hasPurchase()). Inputs:
//   recency   = last purchase day (later is better; the same as fewer days before the end)
//   frequency = purchase days
//   monetary  = net value (exact Money)
// Score, for n scored customers: 1 + floor(5 * w / n), where w is the number of customers
// strictly worse on that measure. Tied customers therefore share one score, the one of the
// first of them in ascending order; no tie-break by id is needed, the rule is order-free.
// A score of 5 needs at least 80% of the customers strictly worse; with n < 5 the top
// scores can stay unused. Customers without a purchase get scores 0 and group NoPurchase.
//
// Groups read R and FM = floor((F + M) / 2) from this table (rows R, columns FM):
//         FM=1         FM=2            FM=3            FM=4         FM=5
//   R=5   new          potential loy.  potential loy.  champions    champions
//   R=4   promising    potential loy.  potential loy.  loyal        champions
//   R=3   needs att.   needs att.      needs att.      loyal        loyal
//   R=2   hibernating  hibernating     at risk         at risk      cannot lose
//   R=1   lost         lost            at risk         at risk      cannot lose
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/customers/customer_summary.h"

namespace crm::customers {

enum class RfmGroup : std::uint8_t {
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedsAttention,
    AtRisk,
    CannotLose,
    Hibernating,
    Lost,
    NoPurchase,
};
inline constexpr std::size_t kRfmGroupCount = 11;

// Stable snake_case key ("champions", "potential_loyalists", ..., "no_purchase").
std::string_view rfmGroupKey(RfmGroup group);
// The group in words, as the window, the report and `crmw analyze` show it: "Champions",
// "Potential loyalists", "Cannot lose", ... (the names of docs/methodology.md).
std::string_view rfmGroupLabel(RfmGroup group);
// The group whose key is `key`; nullopt for any other text (a segment name).
std::optional<RfmGroup> rfmGroupOfKey(std::string_view key);

struct RfmScore {
    std::uint8_t recency = 0;  // 1..5, 0 = not scored
    std::uint8_t frequency = 0;
    std::uint8_t monetary = 0;
    RfmGroup group = RfmGroup::NoPurchase;

    std::string cell() const;  // "5-3-4"; "-" when not scored
};

struct RfmResult {
    std::vector<RfmScore> scores;  // aligned with CustomerSummaries::customers
    std::array<std::size_t, kRfmGroupCount> groupCounts{};
    std::size_t scoredCustomers = 0;
};

// 1 + floor(5 * strictlyWorse / scored), for 0 <= strictlyWorse < scored.
std::uint8_t quintileScore(std::size_t strictlyWorse, std::size_t scored);
// The table above; r and f_m in 1..5.
RfmGroup rfmGroupOf(int recency, int frequencyMonetary);
// floor((f + m) / 2): a single purchase (F = 1) stays "new" unless M >= 3
int frequencyMonetaryScore(int frequency, int monetary);

RfmResult scoreRfm(const CustomerSummaries& summaries);

}  // namespace crm::customers
