#include "engine/profile/methodology_profile.h"

#include <fmt/format.h>

#include <cstdint>
#include <stdexcept>

namespace crm {

const std::vector<ProfileParameter>& profileParameters() {
    static const std::vector<ProfileParameter> parameters = {
        {"attainment.on_track_ratio",
         "Actual progress / milestone progress at or above this is on track", 0.95},
        {"attainment.at_risk_ratio",
         "At or above this (and below on track) is at risk; below is off track", 0.75},
        {"segment.weight.size", "Weight of segment size in attractiveness", 0.15},
        {"segment.weight.revenue", "Weight of segment revenue", 0.25},
        {"segment.weight.margin", "Weight of segment margin", 0.20},
        {"segment.weight.growth", "Weight of segment growth", 0.15},
        {"segment.weight.fit", "Weight of strategic fit", 0.15},
        {"segment.weight.value", "Weight of customer value from imported data", 0.10},
        {"segment.tier_a_min", "Attractiveness (0-100) at or above this is tier A", 66.0},
        {"segment.tier_b_min", "At or above this (below tier A) is tier B; below is C", 40.0},
        {"maturity.band.practicing", "Maturity index at which the level becomes 'practicing'",
         20.0},
        {"maturity.band.optimizing", "Index at which the level becomes 'optimizing'", 40.0},
        {"maturity.band.leading", "Index at which the level becomes 'leading'", 60.0},
        {"maturity.band.maximum_value", "Index at which the level becomes 'maximum value'", 80.0},
        {"gap.default_importance", "Importance used when a capability has none (1-5)", 3.0},
        {"pain.top_count", "How many of the highest-priority pain points must be addressed", 5.0},
        {"alignment.min_outside_in_share",
         "Share of external KPIs below which the focus is inside-out", 0.5},
        {"ipa.midpoint", "Importance/performance above this count as high (1-5 scale)", 3.0},
        {"recommendation.max_count", "Most recommendations listed", 12.0},
        {"workshop.disagreement_sd", "Standard deviation of ratings above which the room disagrees",
         1.0},
        {"customers.churn_risk_p_alive", "P(alive) below this counts as churn risk", 0.5},
        {"alignment.min_minority_share",
         "Smaller side of a KPI balance (strategy/tactic, objective/subjective) below this share "
         "is one-sided",
         0.2},
        {"relationship.nps_min", "NPS below this is a finding", 0.0},
        {"relationship.csat_min", "CSAT (%) below this is a finding", 80.0},
        {"relationship.perception_gap_min",
         "Self-rated minus customer-rated experience (1-10 points) at or above this is a finding",
         2.0},
        {"recommendation.impact_high_min", "Recommendation impact (0-100) at or above this is high",
         60.0},
        {"recommendation.impact_medium_min",
         "At or above this (below high) is medium; below is low", 30.0},
        {"recommendation.weight.attainment",
         "Impact weight of at-risk/off-track KPIs and objectives", 1.0},
        {"recommendation.weight.coverage",
         "Impact weight of missing or incomplete segment objectives", 0.9},
        {"recommendation.weight.capability", "Impact weight of capability gaps", 0.8},
        {"recommendation.weight.alignment", "Impact weight of alignment and KPI balance gaps", 0.9},
        {"recommendation.weight.pain", "Impact weight of unaddressed top pain points", 1.0},
        {"recommendation.weight.ipa", "Impact weight of 'concentrate here' attributes", 0.8},
        {"recommendation.weight.relationship",
         "Impact weight of low NPS/CSAT and the perception gap", 0.7},
        {"recommendation.weight.completeness", "Impact weight of incomplete steps", 0.6},
        {"report.draft_below_completeness",
         "Completeness of the inputs (%) below which every report page is marked as a draft", 60.0},
    };
    return parameters;
}

MethodologyProfile::MethodologyProfile() {
    for (const auto& p : profileParameters()) values_.push_back(p.defaultValue);
}

static std::optional<std::size_t> indexOf(std::string_view key) {
    const auto& params = profileParameters();
    for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].key == key) return i;
    return std::nullopt;
}

double MethodologyProfile::value(std::string_view key) const {
    auto index = indexOf(key);
    if (!index) throw std::out_of_range(fmt::format("unknown profile parameter '{}'", key));
    return values_[*index];
}

bool MethodologyProfile::setValue(std::string_view key, double value) {
    auto index = indexOf(key);
    if (!index) return false;
    values_[*index] = value;
    return true;
}

std::string MethodologyProfile::hash() const {
    std::string canonical = name + "\n";
    const auto& params = profileParameters();
    for (std::size_t i = 0; i < params.size(); ++i)
        canonical += fmt::format("{}={}\n", params[i].key, values_[i]);
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : canonical) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return fmt::format("{:016x}", h);
}

}  // namespace crm
