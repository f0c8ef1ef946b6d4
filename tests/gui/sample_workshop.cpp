#include "sample_workshop.h"

namespace crm::testing {

namespace {

Date day(int y, unsigned m, unsigned d) {
    return Date{date::year{y} / date::month{m} / date::day{d}};
}

Cycle previousCycle() {
    Cycle c;
    c.id = "cycle-2025";
    c.name = "2025";
    c.assessmentDate = day(2025, 1, 20);
    c.statement.id = c.id;
    c.relationship.id = c.id;
    c.statement.businessModel = "Wholesale of office supplies to businesses and schools.";
    CorporateObjective o;
    o.id = "obj-2025-1";
    o.name = "Grow revenue";
    o.target = "+5% revenue";
    c.objectives.push_back(o);
    return c;
}

void strategy(Cycle& c) {
    c.statement.businessModel =
        "We buy office and school supplies in bulk and resell them with next-day delivery; the "
        "margin "
        "comes from contract customers who re-order every month.";
    c.statement.customerDefinition =
        "The office manager or school bursar who places and pays the order.";
    c.statement.valueProposition =
        "Everything an office needs, delivered tomorrow, on one monthly invoice.";
    c.objectives = {{{"obj-1", "obj-2025-1"},
                     "Grow revenue",
                     "Revenue of 41 M by end of 2026",
                     41.0,
                     "M EUR",
                     day(2026, 12, 31)},
                    {{"obj-2", ""},
                     "Keep contract customers",
                     "Retention of 92%",
                     92.0,
                     "%",
                     day(2026, 12, 31)},
                    {{"obj-3", ""},
                     "Enter the schools market",
                     "300 schools as customers",
                     300.0,
                     "schools",
                     day(2027, 6, 30)}};
    c.priorities = {{{"pri-1", ""}, "Next-day delivery everywhere"},
                    {{"pri-2", ""}, "One account manager per contract customer"}};
}

void metricsAndPain(Cycle& c) {
    CurrentMetric m;
    m.id = "met-1";
    m.name = "Close rate";
    m.catalogKey = "close_rate";
    m.unit = "%";
    m.baseline = 22.0;
    m.baselineDate = day(2025, 12, 31);
    m.source = "CRM opportunities";
    m.owner = "Head of sales";
    c.metrics.push_back(m);
    m.id = "met-2";
    m.department = Department::Service;
    m.name = "On-time delivery";
    m.catalogKey = "on_time_delivery";
    m.baseline = 91.5;
    m.baselineDate.reset();
    m.source = "Warehouse system";
    m.owner = "Logistics lead";
    c.metrics.push_back(m);

    InputSource s;
    s.id = "src-1";
    s.kind = InputSourceKind::Survey;
    s.description = "Annual customer survey";
    s.heldOn = day(2025, 11, 15);
    s.sampleSize = 412;
    c.inputSources.push_back(s);
    s.id = "src-2";
    s.kind = InputSourceKind::FrontlineInterviews;
    s.voice = Voice::Frontline;
    s.description = "Interviews with drivers and call-centre staff";
    s.sampleSize = 14;
    c.inputSources.push_back(s);

    PainPoint p;
    p.id = "pain-1";
    p.description = "Invoices are hard to match with deliveries";
    p.sourceId = "src-1";
    p.segmentIds = {"seg-1"};
    p.severity = 4;
    p.frequency = 5;
    p.reach = 3;
    c.painPoints.push_back(p);
}

void relationshipAndAttributes(Cycle& c) {
    c.relationship.promoters = 120;
    c.relationship.passives = 60;
    c.relationship.detractors = 20;
    c.relationship.csatSatisfied = 330;
    c.relationship.csatResponses = 412;
    c.relationship.oneTimeSharePct = 38.0;
    c.relationship.repeatSharePct = 52.0;
    c.relationship.advancedSharePct = 10.0;
    c.relationship.customerFocusRating = 3;
    c.relationship.selfRatedExperience = 8;
    c.relationship.customerRatedExperience = 6;
    c.attributes = {{{"att-1", ""}, "Speed of delivery", "speed", "seg-1", 5, 4},
                    {{"att-2", ""}, "Price", "price", "seg-2", 5, 2},
                    {{"att-3", ""}, "Reliability", "reliability", "", 4, 3}};
}

void segments(Cycle& c) {
    Segment s;
    s.id = "seg-1";
    s.name = "Contract offices";
    s.description = "Firms with a yearly supply contract";
    s.customers = 1800;
    s.revenue = Money::fromUnits(24'500'000);
    s.marginPct = 18.5;
    s.growthPct = 3.0;
    s.strategicFit = 5;
    c.segments.push_back(s);
    s.id = "seg-2";
    s.name = "Schools";
    s.description = "Primary and secondary schools";
    s.customers = 240;
    s.revenue = Money::fromUnits(3'100'000);
    s.marginPct = 11.0;
    s.growthPct = 12.0;
    s.strategicFit = 4;
    c.segments.push_back(s);

    SegmentObjective o;
    o.id = "so-1";
    o.segmentId = "seg-2";
    o.kind = ObjectiveKind::Acquisition;
    o.description = "Win new schools";
    o.measure = "Schools buying at least once a term";
    o.unit = "schools";
    o.baseline = 240;
    o.target = 300;
    o.targetDate = day(2027, 6, 30);
    c.segmentObjectives.push_back(o);
    c.milestones = {
        {{"ms-1", ""}, "so-1", day(2026, 9, 30), 260.0, std::nullopt, "Start of the school year"}};

    SegmentTreatment t;
    t.id = "tr-1";
    t.segmentId = "seg-2";
    t.intendedExperience = "Ordering for the whole term in one go";
    t.products = "Term bundles";
    t.pricing = "Fixed term price";
    t.communications = "Mailing before each term";
    t.service = "Delivery before the first day";
    t.addressedPainIds = {"pain-1"};
    c.treatments.push_back(t);
}

void kpisAndCapabilities(Cycle& c) {
    Kpi k;
    k.id = "kpi-1";
    k.name = "Repeat order rate";
    k.unit = "%";
    k.baseline = 52;
    k.target = 60;
    k.targetDate = day(2026, 12, 31);
    k.owner = "Head of sales";
    c.kpis.push_back(k);
    k.id = "kpi-2";
    k.name = "Call-centre wait time";
    k.level = MeasureLevel::Tactic;
    k.perspective = Perspective::Internal;
    k.direction = Direction::LowerIsBetter;
    k.unit = "s";
    k.baseline = 95;
    k.target = 45;
    k.owner = "Service lead";
    c.kpis.push_back(k);
    c.alignment = {{{"al-1", ""}, "kpi-1", "obj-2"}, {{"al-2", ""}, "kpi-1", "obj-1"}};

    const char* names[][2] = {{"vision", "Vision"},
                              {"strategy", "Strategy"},
                              {"valued_customer_experience", "Valued customer experience"},
                              {"organisational_collaboration", "Organisational collaboration"},
                              {"processes", "Processes"},
                              {"information", "Information"},
                              {"technology", "Technology"},
                              {"metrics", "Metrics"}};
    std::int64_t current = 1;
    for (const auto& n : names) {
        CapabilityRating r;
        r.id = std::string("cap-") + n[0];
        r.areaKey = n[0];
        r.name = n[1];
        r.current = current;
        r.target = std::min<std::int64_t>(5, current + 2);
        r.importance = 4;
        current = current % 4 + 1;
        c.capabilities.push_back(r);
    }
    c.resources = {{{"res-1", ""},
                    ResourceCategory::Technology,
                    "CRM licences",
                    Money::fromUnits(40'000),
                    Money::fromUnits(18'000),
                    "IT lead"}};
    c.learningMethods = {{{"lm-1", ""},
                          "Why schools leave",
                          "Exit calls",
                          Cadence::Quarterly,
                          "After two years",
                          "Sales ops"}};
    c.goalPlans = {{{"gp-1", ""},
                    "obj-2",
                    "Account plans for top 200 customers",
                    "Sales managers",
                    "10% of bonus",
                    day(2026, 6, 30)}};
}

}  // namespace

Assessment sampleWorkshop() {
    Assessment a;
    a.companyName = "Nordlicht Office Supplies";
    a.facilitator = "Maria Jensen";
    a.industry = "Wholesale";
    a.currency = "EUR";
    a.cycles.push_back(previousCycle());
    Cycle c;
    c.id = "cycle-2026";
    c.name = "2026";
    c.previousCycleId = "cycle-2025";
    c.assessmentDate = day(2026, 1, 15);
    c.statement.id = c.id;
    c.relationship.id = c.id;
    strategy(c);
    metricsAndPain(c);
    relationshipAndAttributes(c);
    segments(c);
    kpisAndCapabilities(c);
    a.cycles.push_back(c);
    a.currentCycleId = c.id;
    return a;
}

}  // namespace crm::testing
