#include "test_support.h"

namespace crm::assessment::test {

std::vector<const Score*> allScores(const AssessmentResult& r) {
    std::vector<const Score*> out;
    for (const auto& a : r.attainment) out.push_back(&a.progress);
    for (const auto& s : r.segments) out.push_back(&s.attractiveness);
    for (const auto& c : r.coverage) out.push_back(&c.score);
    for (const auto& g : r.capabilities.gaps) out.push_back(&g.weightedGap);
    for (const auto* m : {&r.capabilities.overall, &r.capabilities.target,
                          &r.capabilities.buildingBlocks, &r.capabilities.readiness})
        out.push_back(&m->index);
    const auto& a = r.alignment;
    for (const auto* s : {&a.objectiveCoverage, &a.kpiUsage, &a.strategyShare, &a.objectiveShare,
                          &a.outsideInShare})
        out.push_back(s);
    out.push_back(&r.pain.topAddressed);
    for (const auto& p : r.pain.ranked) out.push_back(&p.priority);
    for (const auto& q : r.importancePerformance) out.push_back(&q.score);
    out.push_back(&r.relationship.nps);
    out.push_back(&r.relationship.csat);
    out.push_back(&r.relationship.perceptionGap);
    for (const auto& s : r.completeness.steps) out.push_back(&s.score);
    out.push_back(&r.completeness.overall);
    return out;
}

}  // namespace crm::assessment::test
