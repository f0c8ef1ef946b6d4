#pragma once
// Relationship state (step 4): NPS and CSAT from their raw counts, and the perception gap between
// the experience the company thinks it delivers and the one customers report.
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

struct RelationshipScores {
    Score nps;   // (promoters - detractors) / (promoters + passives + detractors) x 100, -100..100
    Score csat;  // satisfied / responses x 100, 0..100
    Score perceptionGap;  // self-rated - customer-rated experience, in points of the 1-10 scale

    bool operator==(const RelationshipScores&) const = default;
};

RelationshipScores scoreRelationship(const Cycle& cycle, const MethodologyProfile& profile);

// nps_below_minimum, csat_below_minimum, perception_over_rated.
std::vector<Finding> relationshipFindings(const RelationshipScores& scores, const Cycle& cycle,
                                          const MethodologyProfile& profile);

}  // namespace crm::assessment
