#pragma once
// Everything the assessment engine computes for one cycle, as plain values. The CLI serialises it
// to JSON, the GUI shows it, the report renders it: a number is computed once, here.
#include <optional>
#include <string>
#include <vector>

#include "engine/assessment/alignment.h"
#include "engine/assessment/capability_gaps.h"
#include "engine/assessment/completeness.h"
#include "engine/assessment/finding.h"
#include "engine/assessment/importance_performance.h"
#include "engine/assessment/metric_attainment.h"
#include "engine/assessment/objective_coverage.h"
#include "engine/assessment/pain_priority.h"
#include "engine/assessment/recommendations.h"
#include "engine/assessment/relationship_scores.h"
#include "engine/assessment/segment_priority.h"
#include "engine/model/assessment.h"

namespace crm::assessment {

struct AssessmentResult {
    std::string profileName;  // the methodology profile the scores were computed with
    std::string profileHash;  // MethodologyProfile::hash(): equal hashes, comparable scores
    EntityId cycleId;
    std::string cycleName;
    std::optional<Date> assessmentDate;

    std::vector<MetricAttainment> attainment;  // KPIs (step 8), then segment objectives (step 6)
    std::vector<SegmentPriority> segments;     // step 6, most attractive first
    std::vector<SegmentCoverage> coverage;     // step 6, cycle order
    CapabilityResult capabilities;             // step 10
    AlignmentResult alignment;                 // steps 8-9
    PainResult pain;                           // step 3
    std::vector<AttributeQuadrant> importancePerformance;  // step 5
    RelationshipScores relationship;                       // step 4
    CompletenessResult completeness;                       // all steps

    std::vector<Finding> findings;                // every gap found, by step
    std::vector<Recommendation> recommendations;  // prioritised, capped

    const Finding* findFinding(const std::string& id) const;
    bool operator==(const AssessmentResult&) const = default;
};

// Scores one cycle with the assessment's own methodology profile.
AssessmentResult assess(const Assessment& assessment, const Cycle& cycle);
// Scores one cycle with the given profile (what-if: the same cycle under another profile).
AssessmentResult assess(const Cycle& cycle, const MethodologyProfile& profile);

}  // namespace crm::assessment
