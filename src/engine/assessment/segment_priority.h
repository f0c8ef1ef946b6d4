#pragma once
// Segment priority: a weighted attractiveness (0-100) per segment of step 6 from size, revenue,
// margin, growth, strategic fit and customer value, and the tier (A/B/C) it falls in.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/assessment/score.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

enum class SegmentCriterion { Size, Revenue, Margin, Growth, Fit, Value };
inline constexpr int kSegmentCriterionCount = 6;
std::string_view criterionKey(SegmentCriterion criterion);  // "size": weight is segment.weight.size
std::string_view criterionLabel(SegmentCriterion criterion);  // "customer value"

enum class Tier { A, B, C, Unrated };
std::string_view tierKey(Tier tier);  // "A", "B", "C", "unrated"

struct CriterionScore {
    SegmentCriterion criterion = SegmentCriterion::Size;
    std::optional<double> raw;         // as entered; money in currency units
    std::optional<double> normalised;  // 0..1, see docs/methodology.md
    double weight = 0;                 // from the profile

    bool operator==(const CriterionScore&) const = default;
};

struct SegmentPriority {
    EntityId segmentId;
    std::string name;
    std::vector<CriterionScore> criteria;  // all six, in enum order
    Tier tier = Tier::Unrated;
    int rank = 0;          // 1 = most attractive; 0 when it cannot be scored
    Score attractiveness;  // 0-100

    bool operator==(const SegmentPriority&) const = default;
};

// Ranked: most attractive first; equal scores keep the order of the cycle; unscored last.
std::vector<SegmentPriority> scoreSegmentPriority(const Cycle& cycle,
                                                  const MethodologyProfile& profile);

}  // namespace crm::assessment
