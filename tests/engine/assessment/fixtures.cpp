#include "fixtures.h"

namespace crm::assessment::test {

Date day(int year, unsigned month, unsigned dayOfMonth) {
    return Date{date::year{year} / date::month{month} / date::day{dayOfMonth}};
}

namespace {

Kpi kpi(const char* id, const char* name, Direction direction, double baseline, double target,
        std::optional<double> current) {
    Kpi k;
    k.id = id;
    k.name = name;
    k.direction = direction;
    k.baseline = baseline;
    k.target = target;
    k.current = current;
    k.targetDate = day(2026, 12, 31);
    k.owner = "Head of service";
    return k;
}

Milestone milestone(const char* id, const char* owner, Date due, double target,
                    std::optional<double> actual = {}) {
    Milestone m;
    m.id = id;
    m.ownerId = owner;
    m.due = due;
    m.target = target;
    m.actual = actual;
    return m;
}

Segment segment(const char* id, const char* name) {
    Segment s;
    s.id = id;
    s.name = name;
    return s;
}

SegmentObjective objective(const char* id, const char* segmentId, ObjectiveKind kind,
                           const char* description) {
    SegmentObjective o;
    o.id = id;
    o.segmentId = segmentId;
    o.kind = kind;
    o.description = description;
    return o;
}

template <class T>
void append(std::vector<T>& to, const std::vector<T>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

Cycle attainmentCycle() {
    Cycle c;
    c.id = "c-2026";
    c.name = "2026";
    c.assessmentDate = day(2026, 6, 30);
    c.kpis.push_back(
        kpi("k-repeat", "Repeat purchase rate", Direction::HigherIsBetter, 20, 40, 27));
    c.milestones.push_back(milestone("m-repeat-q1", "k-repeat", day(2026, 3, 31), 24));
    c.milestones.push_back(milestone("m-repeat-q2", "k-repeat", day(2026, 6, 30), 30));
    c.kpis.push_back(kpi("k-aht", "Average handle time", Direction::LowerIsBetter, 400, 300, 355));
    c.milestones.push_back(milestone("m-aht-q2", "k-aht", day(2026, 6, 30), 350));
    auto fcr = kpi("k-fcr", "First-contact resolution", Direction::HigherIsBetter, 60, 80, 69);
    fcr.baselineDate = day(2026, 1, 1);
    fcr.targetDate = day(2026, 4, 11);   // 100 days after the baseline
    fcr.currentDate = day(2026, 2, 20);  // 50 days after the baseline
    c.kpis.push_back(fcr);
    c.kpis.push_back(kpi("k-hold", "On-time delivery", Direction::HigherIsBetter, 90, 90, 91));
    c.kpis.push_back(
        kpi("k-nps", "Net promoter score", Direction::HigherIsBetter, 10, 30, std::nullopt));
    c.segments.push_back(segment("s-att", "Wholesale"));
    auto growth =
        objective("o-growth", "s-att", ObjectiveKind::Development, "Grow orders per customer");
    growth.baseline = 100;
    growth.target = 200;
    growth.unit = "orders";
    growth.targetDate = day(2026, 12, 31);
    c.segmentObjectives.push_back(growth);
    c.milestones.push_back(milestone("m-growth-q1", "o-growth", day(2026, 3, 31), 125, 130));
    return c;
}

Cycle segmentCycle() {
    Cycle c;
    c.id = "c-seg";
    c.name = "segments";
    auto schools = segment("s-schools", "Schools");
    schools.customers = 200;
    schools.revenue = Money::fromUnits(500000);
    schools.marginPct = 30;
    schools.growthPct = 10;
    schools.strategicFit = 5;
    auto retail = segment("s-retail", "Retail");
    retail.customers = 800;
    retail.revenue = Money::fromUnits(1000000);
    retail.marginPct = 20;
    retail.growthPct = -5;
    retail.strategicFit = 2;
    auto pub = segment("s-public", "Public");
    pub.customers = 400;
    pub.revenue = Money::fromUnits(250000);
    pub.growthPct = 5;
    pub.strategicFit = 1;
    c.segments = {schools, retail, pub};
    return c;
}

Cycle coverageCycle() {
    Cycle c;
    c.id = "c-cov";
    c.name = "coverage";
    c.segments.push_back(segment("s-cov", "Schools"));
    auto acquire = objective("o-acq", "s-cov", ObjectiveKind::Acquisition, "Win 50 new schools");
    acquire.target = 50;
    acquire.unit = "schools";
    acquire.targetDate = day(2026, 12, 31);
    auto develop = objective("o-dev", "s-cov", ObjectiveKind::Development, "Sell more to schools");
    develop.target = 10;  // no unit, no measure, no date, no milestone
    c.segmentObjectives = {acquire, develop};
    c.milestones.push_back(milestone("m-acq-q2", "o-acq", day(2026, 6, 30), 20));
    return c;
}

Cycle capabilityCycle() {
    Cycle c;
    c.id = "c-cap";
    c.name = "capabilities";
    auto rating = [](const char* id, const char* name, CapabilityGroup group,
                     std::optional<std::int64_t> current, std::optional<std::int64_t> target,
                     std::optional<std::int64_t> importance) {
        CapabilityRating r;
        r.id = id;
        r.areaKey = id;
        r.name = name;
        r.group = group;
        r.current = current;
        r.target = target;
        r.importance = importance;
        return r;
    };
    c.capabilities = {
        rating("cap-vision", "Vision", CapabilityGroup::BuildingBlock, 2, 4, 5),
        rating("cap-information", "Information", CapabilityGroup::BuildingBlock, 1, 4,
               std::nullopt),
        rating("cap-technology", "Technology", CapabilityGroup::BuildingBlock, 4, 3, 2),
        rating("cap-data", "Data quality", CapabilityGroup::Readiness, 3, 3, 4),
        rating("cap-metrics", "Metrics", CapabilityGroup::BuildingBlock, std::nullopt, 4, 3),
    };
    return c;
}

Cycle alignmentCycle() {
    Cycle c;
    c.id = "c-ali";
    c.name = "alignment";
    auto corporate = [](const char* id, const char* name) {
        CorporateObjective o;
        o.id = id;
        o.name = name;
        return o;
    };
    c.objectives = {corporate("o1", "Grow revenue 8%"), corporate("o2", "Keep our best customers"),
                    corporate("o3", "Enter the public sector")};
    auto measure = [](const char* id, const char* name, MeasureLevel level, MeasureKind kind,
                      Perspective p) {
        Kpi k;
        k.id = id;
        k.name = name;
        k.level = level;
        k.kind = kind;
        k.perspective = p;
        return k;
    };
    c.kpis = {measure("k1", "Revenue from top segment", MeasureLevel::Strategy,
                      MeasureKind::Objective, Perspective::External),
              measure("k2", "Calls per agent", MeasureLevel::Tactic, MeasureKind::Objective,
                      Perspective::Internal),
              measure("k3", "Satisfaction after support", MeasureLevel::Tactic,
                      MeasureKind::Subjective, Perspective::External),
              measure("k4", "Quotes sent", MeasureLevel::Tactic, MeasureKind::Objective,
                      Perspective::Internal)};
    auto link = [](const char* id, const char* kpiId, const char* objectiveId) {
        AlignmentLink l;
        l.id = id;
        l.kpiId = kpiId;
        l.objectiveId = objectiveId;
        return l;
    };
    c.alignment = {link("l1", "k1", "o1"), link("l2", "k1", "o2"), link("l3", "k3", "o2"),
                   link("l4", "k4", "o-unknown"), link("l5", "k1", "o1")};
    return c;
}

Cycle painCycle() {
    Cycle c;
    c.id = "c-pain";
    c.name = "pain";
    c.segments = {segment("s-p-schools", "Schools"), segment("s-p-retail", "Retail")};
    auto pain = [](const char* id, const char* text, std::optional<std::int64_t> s,
                   std::optional<std::int64_t> f, std::optional<std::int64_t> r,
                   std::vector<EntityId> segments) {
        PainPoint p;
        p.id = id;
        p.description = text;
        p.severity = s;
        p.frequency = f;
        p.reach = r;
        p.segmentIds = std::move(segments);
        return p;
    };
    c.painPoints = {pain("p3", "Hard to reach support", 3, 3, 3, {}),
                    pain("p1", "Invoices are wrong", 4, 5, 3, {"s-p-schools"}),
                    pain("p5", "Confusing contracts", 4, 4, std::nullopt, {}),
                    pain("p2", "Slow delivery", 5, 2, 4, {"s-p-retail"}),
                    pain("p4", "No online ordering", 2, 2, 2, {"s-p-schools"})};
    SegmentTreatment t;
    t.id = "t-schools";
    t.segmentId = "s-p-schools";
    t.addressedPainIds = {"p3"};
    c.treatments.push_back(t);
    c.segmentObjectives.push_back(
        objective("o-retail", "s-p-retail", ObjectiveKind::Retention, "Keep retail buyers"));
    return c;
}

Cycle ipaCycle() {
    Cycle c;
    c.id = "c-ipa";
    c.name = "ipa";
    c.segments = {segment("s-i-schools", "Schools"), segment("s-i-retail", "Retail")};
    auto rating = [](const char* id, const char* attribute, const char* segmentId,
                     std::optional<std::int64_t> imp, std::optional<std::int64_t> perf) {
        AttributeRating a;
        a.id = id;
        a.attribute = attribute;
        a.segmentId = segmentId;
        a.importance = imp;
        a.performance = perf;
        return a;
    };
    c.attributes = {
        rating("a-price", "Price", "", 5, 2), rating("a-speed", "Speed", "s-i-schools", 4, 4),
        rating("a-brand", "Branding", "s-i-schools", 2, 5), rating("a-wrap", "Gift wrap", "", 3, 3),
        rating("a-expert", "Expertise", "s-i-retail", 4, std::nullopt)};
    return c;
}

Cycle relationshipCycle() {
    Cycle c;
    c.id = "c-rel";
    c.name = "relationship";
    auto& r = c.relationship;
    r.id = c.id;
    r.promoters = 50;
    r.passives = 30;
    r.detractors = 20;
    r.csatSatisfied = 170;
    r.csatResponses = 200;
    r.selfRatedExperience = 8;
    r.customerRatedExperience = 5;
    return c;
}

Cycle richCycle() {
    Cycle c = attainmentCycle();
    c.id = "c-rich";
    c.name = "2026";
    for (const Cycle& part : {segmentCycle(), coverageCycle(), capabilityCycle(), alignmentCycle(),
                              painCycle(), ipaCycle()}) {
        append(c.objectives, part.objectives);
        append(c.painPoints, part.painPoints);
        append(c.attributes, part.attributes);
        append(c.segments, part.segments);
        append(c.segmentObjectives, part.segmentObjectives);
        append(c.milestones, part.milestones);
        append(c.treatments, part.treatments);
        append(c.kpis, part.kpis);
        append(c.alignment, part.alignment);
        append(c.capabilities, part.capabilities);
    }
    c.relationship = relationshipCycle().relationship;
    c.relationship.id = c.id;
    // Customer value from imported data on two segments, so its weight matters too.
    for (auto& s : c.segments) {
        if (s.id == "s-schools") s.customerValue = Money::fromUnits(2500);
        if (s.id == "s-retail") s.customerValue = Money::fromUnits(1250);
    }
    c.statement.id = c.id;
    c.statement.businessModel = "We sell school supplies by subscription";
    return c;
}

}  // namespace crm::assessment::test
