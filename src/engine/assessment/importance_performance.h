#pragma once
// Importance-performance analysis (step 5): each attribute rating lands in one quadrant.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

enum class Quadrant { KeepUpTheGoodWork, ConcentrateHere, LowPriority, PossibleOverkill };
std::string_view quadrantKey(Quadrant quadrant);    // "keep_up_the_good_work", ...
std::string_view quadrantLabel(Quadrant quadrant);  // "keep up the good work", ...

struct AttributeQuadrant {
    EntityId ratingId;
    std::string attribute;
    EntityId segmentId;       // empty = all customers
    std::string segmentName;  // "all customers" when segmentId is empty
    std::optional<std::int64_t> importance, performance;
    std::optional<Quadrant> quadrant;
    Score score;  // performance - importance, in rating points (negative: performance falls short)

    bool operator==(const AttributeQuadrant&) const = default;
};

// One entry per attribute rating, grouped by segment in the order segments first appear.
std::vector<AttributeQuadrant> scoreImportancePerformance(const Cycle& cycle,
                                                          const MethodologyProfile& profile);

// ipa_concentrate_here for each important attribute that performs poorly.
std::vector<Finding> importancePerformanceFindings(const std::vector<AttributeQuadrant>& ratings);

}  // namespace crm::assessment
