#pragma once
// Objective coverage: does each segment of step 6 have an acquisition, a development and a
// retention objective, and is each one measurable, dated and broken into milestones?
#include <array>
#include <string>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"

namespace crm::assessment {

struct ObjectiveKindCheck {
    ObjectiveKind kind = ObjectiveKind::Acquisition;
    int objectiveCount = 0;  // objectives of this kind for the segment
    EntityId objectiveId;    // the one passing most checks (the first on a tie); empty when none
    std::string objectiveName;
    bool present = false;
    bool measurable = false;    // has a target and a unit or measure
    bool dated = false;         // has a target date
    bool hasMilestone = false;  // at least one milestone belongs to it

    int passed() const { return int(present) + int(measurable) + int(dated) + int(hasMilestone); }
    bool operator==(const ObjectiveKindCheck&) const = default;
};

struct SegmentCoverage {
    EntityId segmentId;
    std::string name;
    std::array<ObjectiveKindCheck, 3> kinds;  // acquisition, development, retention
    Score score;                              // % of the 12 checks (3 kinds x 4) that pass

    bool operator==(const SegmentCoverage&) const = default;
};

// One entry per segment, in the order of the cycle.
std::vector<SegmentCoverage> scoreObjectiveCoverage(const Cycle& cycle);

// objective_missing per segment lacking a kind (severity = kinds missing / 3); objective_incomplete
// per kind whose best objective fails a check (severity = checks failed / 4).
std::vector<Finding> coverageFindings(const std::vector<SegmentCoverage>& coverage);

// "no target or unit", "no target date", "no milestone" for the checks that fail (present ones
// only).
std::vector<std::string> missingParts(const ObjectiveKindCheck& check);
std::vector<text::Phrase> missingPartPhrases(const ObjectiveKindCheck& check);
// "acquisition", "development", "retention" as a term to translate.
text::Phrase kindTerm(ObjectiveKind kind);

}  // namespace crm::assessment
