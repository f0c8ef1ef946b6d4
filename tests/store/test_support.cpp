#include "test_support.h"

namespace crm::testing {

Assessment smallAssessment() {
    Assessment a;
    a.companyName = "Tallow & Finch \"Office\" Supply";
    a.currency = "GBP";
    a.facilitator = "R. Okafor";
    a.industry = "B2B distribution";
    Cycle c;
    c.id = "cyc-a";
    c.name = "2025";
    c.assessmentDate = parseIsoDate("2025-11-15");
    c.statement.id = c.id;
    c.statement.businessModel = "Margin on office supplies; <b>next-day</b> delivery";
    c.relationship.id = c.id;
    c.relationship.promoters = 40;
    c.relationship.passives = 35;
    c.relationship.detractors = 25;
    CorporateObjective o;
    o.id = "obj-1";
    o.name = "Grow revenue";
    o.targetValue = 8.5;
    o.horizon = parseIsoDate("2027-12-31");
    c.objectives.push_back(o);
    Segment s;
    s.id = "seg-1";
    s.name = "Schools";
    s.revenue = Money{1234567891};  // 1,234,567.891
    s.strategicFit = 4;
    c.segments.push_back(s);
    InputSource src;
    src.id = "src-1";
    src.description = "Customer survey";
    src.sampleSize = 212;
    c.inputSources.push_back(src);
    PainPoint p;
    p.id = "pain-1";
    p.description = "Late deliveries";
    p.sourceId = "src-1";
    p.segmentIds = {"seg-1"};
    p.severity = 4;
    c.painPoints.push_back(p);
    Kpi k;
    k.id = "kpi-1";
    k.name = "Repeat rate";
    k.baseline = 0.1;
    k.target = 0.3;
    k.targetDate = parseIsoDate("2026-12-31");
    k.level = MeasureLevel::Tactic;
    c.kpis.push_back(k);
    Milestone m;
    m.id = "ms-1";
    m.ownerId = "kpi-1";
    m.due = parseIsoDate("2026-03-31");
    m.target = 0.15;
    c.milestones.push_back(m);
    AlignmentLink l;
    l.id = "al-1";
    l.kpiId = "kpi-1";
    l.objectiveId = "obj-1";
    c.alignment.push_back(l);
    CapabilityRating cap;
    cap.id = "cap-1";
    cap.areaKey = "vision";
    cap.name = "Vision";
    cap.current = 2;
    cap.target = 4;
    c.capabilities.push_back(cap);
    a.cycles.push_back(c);

    Cycle next = c;
    next.id = "cyc-b";
    next.name = "2026";
    next.previousCycleId = "cyc-a";
    next.statement.id = next.id;
    next.relationship.id = next.id;
    auto renew = [](auto& list, const std::string& suffix) {
        for (auto& item : list) {
            item.originId = item.id;
            item.id += suffix;
        }
    };
    renew(next.objectives, "b");
    renew(next.segments, "b");
    renew(next.inputSources, "b");
    renew(next.painPoints, "b");
    renew(next.kpis, "b");
    renew(next.milestones, "b");
    renew(next.alignment, "b");
    renew(next.capabilities, "b");
    next.painPoints[0].sourceId = "src-1b";
    next.painPoints[0].segmentIds = {"seg-1b"};
    next.milestones[0].ownerId = "kpi-1b";
    next.alignment[0].kpiId = "kpi-1b";
    next.alignment[0].objectiveId = "obj-1b";
    next.kpis[0].current = 0.2;
    a.cycles.push_back(next);
    a.currentCycleId = "cyc-b";
    a.profile.setValue("segment.weight.size", 0.2);
    return a;
}

}  // namespace crm::testing
