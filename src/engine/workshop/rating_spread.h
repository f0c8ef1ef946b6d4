#pragma once
// What the room said about an item: the spread of individual ratings, whether the room
// disagrees, and the value the scores use (the agreed value when set, else the median).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/assessment.h"

namespace crm::workshop {

struct RatingSpread {
    EntityId itemId;
    std::string itemName;
    RatingDimension dimension = RatingDimension::Current;
    std::size_t count = 0;
    double mean = 0, median = 0, standardDeviation = 0, interquartileRange = 0;
    std::int64_t minimum = 0, maximum = 0;
    bool highDisagreement = false;       // standard deviation above the profile's threshold
    std::optional<std::int64_t> agreed;  // the consensus value, when the facilitator set one
    std::string agreedReason;
    std::int64_t effectiveValue = 0;  // agreed, else the median rounded half up
    std::string reason;               // one line in plain words
};

// Population standard deviation; quartiles by linear interpolation between order statistics
// (the common spreadsheet QUARTILE.INC rule).
RatingSpread describeRatings(std::vector<std::int64_t> values, double disagreementThreshold);

// One spread per (item, dimension) that has at least one rating, in the order of first rating.
std::vector<RatingSpread> ratingSpreads(const Cycle& cycle, const MethodologyProfile& profile);

// The rating a step field holds, when the room can vote on it: ("capability", "current") is
// Current, ("attribute", "importance") Importance, ("pain", "severity") Severity...
std::optional<RatingDimension> votedDimension(std::string_view kind, std::string_view fieldKey);

// The cycle as the scores should see it: rated fields replaced by their effective values and
// items marked not applicable removed. `excluded` receives "name: reason" lines for reasons.
Cycle effectiveCycle(const Cycle& cycle, const MethodologyProfile& profile,
                     std::vector<std::string>* excluded = nullptr);

}  // namespace crm::workshop
