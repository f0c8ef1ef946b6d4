#pragma once
// Pain priority (step 3): severity x frequency x reach per pain point, ranked, and whether each of
// the top pain points is addressed by a segment treatment (step 7) or an objective (step 6).
#include <string>
#include <string_view>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

enum class PainStatus { AddressedByTreatment, AddressedByObjective, Unaddressed };
std::string_view painStatusKey(PainStatus status);  // "treatment", "objective", "unaddressed"

struct PainPriority {
    EntityId painId;
    std::string description;
    Voice voice = Voice::Customers;
    int rank = 0;      // 1 = highest priority; 0 when unrated
    bool top = false;  // among the first pain.top_count rated pain points
    PainStatus status = PainStatus::Unaddressed;
    std::vector<EntityId> treatmentIds;       // treatments listing it in addressedPainIds
    std::vector<EntityId> objectiveIds;       // objectives of the segments it affects
    std::vector<std::string> treatmentNames;  // each treatment named by its segment, for reasons
    std::vector<std::string> objectiveNames;  // each objective's description (or id)
    Score priority;                           // severity x frequency x reach, 1-125

    bool operator==(const PainPriority&) const = default;
};

struct PainResult {
    std::vector<PainPriority>
        ranked;          // highest priority first; ties keep cycle order; unrated last
    int topCount = 0;    // how many pain points are "top" (rated ones, at most pain.top_count)
    Score topAddressed;  // % of the top pain points that are addressed

    bool operator==(const PainResult&) const = default;
};

PainResult scorePainPriority(const Cycle& cycle, const MethodologyProfile& profile);

// pain_unaddressed for each top pain point that nothing addresses.
std::vector<Finding> painFindings(const PainResult& pain);

}  // namespace crm::assessment
