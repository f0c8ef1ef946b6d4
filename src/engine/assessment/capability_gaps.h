#pragma once
// Capability gaps and maturity (step 10): (target - current) x importance per capability, ranked,
// and a maturity index 0-100 with its level (developing ... maximum value).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

enum class MaturityLevel { Developing, Practicing, Optimizing, Leading, MaximumValue };
std::string_view maturityLevelKey(MaturityLevel level);    // "developing", ..., "maximum_value"
std::string_view maturityLevelLabel(MaturityLevel level);  // "developing", ..., "maximum value"

struct CapabilityGap {
    EntityId capabilityId;
    std::string name;
    std::string areaKey;
    CapabilityGroup group = CapabilityGroup::BuildingBlock;
    std::optional<std::int64_t> current, target;
    double importance = 0;
    bool importanceDefaulted = false;  // the profile's gap.default_importance was used
    std::optional<double> gap;         // target - current
    int rank = 0;                      // 1 = largest weighted gap; 0 when unrated
    Score weightedGap;                 // (target - current) x importance

    bool operator==(const CapabilityGap&) const = default;
};

struct MaturityIndex {
    Score index;  // 0-100: mean over rated capabilities of (rating - 1) / 4 x 100
    std::optional<MaturityLevel> level;
    int rated = 0;  // how many ratings went into it

    bool operator==(const MaturityIndex&) const = default;
};

struct CapabilityResult {
    std::vector<CapabilityGap>
        gaps;               // largest weighted gap first; ties keep cycle order; unrated last
    MaturityIndex overall;  // current ratings of every capability
    MaturityIndex target;   // target ratings of every capability: where the firm aims
    MaturityIndex buildingBlocks;  // current ratings of the eight building blocks only
    MaturityIndex readiness;       // current ratings of the readiness areas only

    bool operator==(const CapabilityResult&) const = default;
};

CapabilityResult scoreCapabilities(const Cycle& cycle, const MethodologyProfile& profile);

// The level of an index under the profile's band edges.
MaturityLevel maturityLevelOf(double index, const MethodologyProfile& profile);

// capability_gap for each capability whose target is above its current rating.
std::vector<Finding> capabilityFindings(const CapabilityResult& capabilities);

}  // namespace crm::assessment
