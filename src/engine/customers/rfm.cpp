#include "engine/customers/rfm.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "engine/text/phrase.h"

namespace crm::customers {

namespace {

// Scores one measure: sort (key, position) once, then each run of equal keys gets the score
// of the number of customers before the run. Larger key = better.
void scoreMeasure(std::vector<std::pair<std::int64_t, std::uint32_t>> keys,
                  std::vector<RfmScore>& scores, std::uint8_t RfmScore::*field) {
    std::sort(keys.begin(), keys.end());
    const std::size_t n = keys.size();
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (keys[i].first != keys[runStart].first) runStart = i;
        scores[keys[i].second].*field = quintileScore(runStart, n);
    }
}

// kGroupTable[5 - r][fm - 1], the table in rfm.h.
using enum RfmGroup;
constexpr RfmGroup kGroupTable[5][5] = {
    {New, PotentialLoyalists, PotentialLoyalists, Champions, Champions},
    {Promising, PotentialLoyalists, PotentialLoyalists, Loyal, Champions},
    {NeedsAttention, NeedsAttention, NeedsAttention, Loyal, Loyal},
    {Hibernating, Hibernating, AtRisk, AtRisk, CannotLose},
    {Lost, Lost, AtRisk, AtRisk, CannotLose},
};

}  // namespace

std::string_view rfmGroupKey(RfmGroup group) {
    switch (group) {
        case RfmGroup::Champions:
            return "champions";
        case RfmGroup::Loyal:
            return "loyal";
        case RfmGroup::PotentialLoyalists:
            return "potential_loyalists";
        case RfmGroup::New:
            return "new";
        case RfmGroup::Promising:
            return "promising";
        case RfmGroup::NeedsAttention:
            return "needs_attention";
        case RfmGroup::AtRisk:
            return "at_risk";
        case RfmGroup::CannotLose:
            return "cannot_lose";
        case RfmGroup::Hibernating:
            return "hibernating";
        case RfmGroup::Lost:
            return "lost";
        case RfmGroup::NoPurchase:
            return "no_purchase";
    }
    return "no_purchase";
}

std::string_view rfmGroupLabel(RfmGroup group) {
    // English here (crmw analyze, JSON); the window and the report translate the label in the
    // assessment domain.
    switch (group) {
        case RfmGroup::Champions:
            return text::englishTerm("Champions");
        case RfmGroup::Loyal:
            return text::englishTerm("Loyal");
        case RfmGroup::PotentialLoyalists:
            return text::englishTerm("Potential loyalists");
        case RfmGroup::New:
            return text::englishTerm("New");
        case RfmGroup::Promising:
            return text::englishTerm("Promising");
        case RfmGroup::NeedsAttention:
            return text::englishTerm("Needs attention");
        case RfmGroup::AtRisk:
            return text::englishTerm("At risk");
        case RfmGroup::CannotLose:
            return text::englishTerm("Cannot lose");
        case RfmGroup::Hibernating:
            return text::englishTerm("Hibernating");
        case RfmGroup::Lost:
            return text::englishTerm("Lost");
        case RfmGroup::NoPurchase:
            return text::englishTerm("No purchase");
    }
    return rfmGroupKey(group);
}

std::optional<RfmGroup> rfmGroupOfKey(std::string_view key) {
    for (std::size_t g = 0; g < kRfmGroupCount; ++g)
        if (rfmGroupKey(static_cast<RfmGroup>(g)) == key) return static_cast<RfmGroup>(g);
    return std::nullopt;
}

std::string RfmScore::cell() const {
    if (recency == 0) return "-";
    std::string out = "0-0-0";
    out[0] = static_cast<char>('0' + recency);
    out[2] = static_cast<char>('0' + frequency);
    out[4] = static_cast<char>('0' + monetary);
    return out;
}

std::uint8_t quintileScore(std::size_t strictlyWorse, std::size_t scored) {
    if (scored == 0 || strictlyWorse >= scored)
        throw std::invalid_argument("quintileScore: bad rank");
    return static_cast<std::uint8_t>(1 + (5 * strictlyWorse) / scored);
}

int frequencyMonetaryScore(int frequency, int monetary) { return (frequency + monetary) / 2; }

RfmGroup rfmGroupOf(int recency, int frequencyMonetary) {
    if (recency < 1 || recency > 5 || frequencyMonetary < 1 || frequencyMonetary > 5) {
        throw std::invalid_argument("rfmGroupOf: scores must be 1..5");
    }
    return kGroupTable[5 - recency][frequencyMonetary - 1];
}

RfmResult scoreRfm(const CustomerSummaries& summaries) {
    RfmResult result;
    const auto& customers = summaries.customers;
    result.scores.resize(customers.size());
    std::vector<std::pair<std::int64_t, std::uint32_t>> recency, frequency, monetary;
    recency.reserve(customers.size());
    frequency.reserve(customers.size());
    monetary.reserve(customers.size());
    for (std::uint32_t i = 0; i < customers.size(); ++i) {
        const CustomerSummary& c = customers[i];
        if (!c.hasPurchase()) continue;
        recency.emplace_back(c.lastPurchaseDay, i);
        frequency.emplace_back(c.purchaseDays, i);
        monetary.emplace_back(c.netValue.thousandths, i);
    }
    result.scoredCustomers = recency.size();
    scoreMeasure(std::move(recency), result.scores, &RfmScore::recency);
    scoreMeasure(std::move(frequency), result.scores, &RfmScore::frequency);
    scoreMeasure(std::move(monetary), result.scores, &RfmScore::monetary);
    for (RfmScore& s : result.scores) {
        if (s.recency != 0) {
            s.group = rfmGroupOf(s.recency, frequencyMonetaryScore(s.frequency, s.monetary));
        }
        ++result.groupCounts[static_cast<std::size_t>(s.group)];
    }
    return result;
}

}  // namespace crm::customers
