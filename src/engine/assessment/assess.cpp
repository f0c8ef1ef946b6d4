#include <algorithm>

#include "engine/assessment/assessment_result.h"

namespace crm::assessment {

const Finding* AssessmentResult::findFinding(const std::string& id) const {
    auto it = std::find_if(findings.begin(), findings.end(),
                           [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

AssessmentResult assess(const Assessment& assessment, const Cycle& cycle) {
    return assess(cycle, assessment.profile);
}

AssessmentResult assess(const Cycle& cycle, const MethodologyProfile& profile) {
    AssessmentResult r;
    r.profileName = profile.name;
    r.profileHash = profile.hash();
    r.cycleId = cycle.id;
    r.cycleName = cycle.name;
    r.assessmentDate = cycle.assessmentDate;

    r.attainment = scoreMetricAttainment(cycle, profile);
    r.segments = scoreSegmentPriority(cycle, profile);
    r.coverage = scoreObjectiveCoverage(cycle);
    r.capabilities = scoreCapabilities(cycle, profile);
    r.alignment = scoreAlignment(cycle, profile);
    r.pain = scorePainPriority(cycle, profile);
    r.importancePerformance = scoreImportancePerformance(cycle, profile);
    r.relationship = scoreRelationship(cycle, profile);
    r.completeness = scoreCompleteness(cycle, r.coverage);

    auto add = [&](std::vector<Finding> more) {
        r.findings.insert(r.findings.end(), std::make_move_iterator(more.begin()),
                          std::make_move_iterator(more.end()));
    };
    add(attainmentFindings(r.attainment));
    add(coverageFindings(r.coverage));
    add(capabilityFindings(r.capabilities));
    add(alignmentFindings(r.alignment, cycle, profile));
    add(painFindings(r.pain));
    add(importancePerformanceFindings(r.importancePerformance));
    add(relationshipFindings(r.relationship, cycle, profile));
    add(completenessFindings(r.completeness, cycle));
    std::stable_sort(r.findings.begin(), r.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.step < b.step; });
    r.recommendations = recommend(r.findings, profile);
    return r;
}

}  // namespace crm::assessment
