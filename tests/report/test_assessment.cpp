#include "test_assessment.h"

namespace crm::report::testing {

Date day(int y, unsigned m, unsigned d) {
    return Date{date::year{y} / date::month{m} / date::day{d}};
}

namespace {

void fillStrategy(Cycle& c) {
    c.statement.businessModel =
        "We sell measuring instruments to labs and factories and earn on calibration service "
        "contracts.";
    c.statement.customerDefinition =
        "The lab manager who signs the service contract, not the technician who uses the device.";
    c.statement.valueProposition =
        "Instruments that stay accurate, with calibration that never stops a production line.";
    c.objectives = {
        {{"o-1", ""}, "Grow service revenue", "+15% service revenue", 15.0, "%", day(2026, 12, 31)},
        {{"o-2", ""}, "Keep key accounts", "Retention above 92%", 92.0, "%", day(2026, 12, 31)},
        {{"o-3", ""},
         "Enter food industry",
         "20 new food plants",
         20.0,
         "plants",
         day(2027, 6, 30)}};
    c.priorities = {{{"p-1", ""}, "Make calibration scheduling self-service"},
                    {{"p-2", ""}, "One account owner per key account"}};
    c.metrics = {{{"m-1", ""},
                  Department::Service,
                  "First-contact resolution",
                  "fcr",
                  "%",
                  Direction::HigherIsBetter,
                  61.0,
                  day(2025, 12, 31),
                  "Service desk",
                  "Head of service"},
                 {{"m-2", ""},
                  Department::Sales,
                  "Close rate",
                  "close_rate",
                  "%",
                  Direction::HigherIsBetter,
                  22.0,
                  day(2025, 12, 31),
                  "CRM",
                  "Sales director"},
                 {{"m-3", ""},
                  Department::Sales,
                  "Sales cycle length",
                  "sales_cycle",
                  "days",
                  Direction::LowerIsBetter,
                  94.0,
                  day(2025, 12, 31),
                  "CRM",
                  "Sales director"}};
}

void fillPainAndRelationship(Cycle& c) {
    c.inputSources = {{{"src-1", ""},
                       InputSourceKind::Survey,
                       Voice::Customers,
                       "Annual customer survey",
                       day(2026, 1, 20),
                       412},
                      {{"src-2", ""},
                       InputSourceKind::FrontlineInterviews,
                       Voice::Frontline,
                       "Service engineer interviews",
                       day(2026, 2, 3),
                       9}};
    c.painPoints = {{{"pain-1", ""},
                     "Calibration appointments are only confirmed a day ahead",
                     "src-1",
                     Voice::Customers,
                     {"seg-1", "seg-2"},
                     4,
                     4,
                     3},
                    {{"pain-2", ""},
                     "Invoices do not match the service contract",
                     "src-1",
                     Voice::Customers,
                     {"seg-1"},
                     3,
                     2,
                     2},
                    {{"pain-3", ""},
                     "Engineers cannot see the device history on site",
                     "src-2",
                     Voice::Frontline,
                     {},
                     4,
                     5,
                     4}};
    auto& r = c.relationship;
    r.id = c.id;
    r.promoters = 120;
    r.passives = 180;
    r.detractors = 100;
    r.csatSatisfied = 300;
    r.csatResponses = 400;
    r.oneTimeSharePct = 35.0;
    r.repeatSharePct = 50.0;
    r.advancedSharePct = 15.0;
    r.customerFocusRating = 4;
    r.selfRatedExperience = 8;
    r.customerRatedExperience = 6;
    r.notes = "The sales team rates us higher than customers do.";
    c.attributes = {{{"a-1", ""}, "Calibration accuracy", "accuracy", "seg-1", 5, 4},
                    {{"a-2", ""}, "Speed of service", "speed", "seg-1", 5, 2},
                    {{"a-3", ""}, "Price", "price", "seg-2", 4, 2},
                    {{"a-4", ""}, "Speed of service", "speed", "seg-2", 5, 2},
                    {{"a-5", ""}, "Brand", "brand", "seg-2", 2, 4}};
}

void fillSegments(Cycle& c) {
    c.segments = {{{"seg-1", ""},
                   "Key accounts",
                   "Labs with more than 20 instruments under contract.",
                   85,
                   Money::fromUnits(4200000),
                   38.0,
                   6.0,
                   5,
                   Money::fromUnits(49412)},
                  {{"seg-2", ""},
                   kScriptName,
                   "Small factories buying one device at a time.",
                   1400,
                   Money::fromUnits(2100000),
                   22.5,
                   12.0,
                   3,
                   std::nullopt}};
    c.segmentObjectives = {{{"so-1", ""},
                            "seg-1",
                            ObjectiveKind::Retention,
                            "Keep key accounts under contract",
                            "Contract renewal rate",
                            "%",
                            Direction::HigherIsBetter,
                            88.0,
                            94.0,
                            day(2026, 12, 31)},
                           {{"so-2", ""},
                            "seg-2",
                            ObjectiveKind::Acquisition,
                            "Win new small factories",
                            "New contracts",
                            "contracts",
                            Direction::HigherIsBetter,
                            0.0,
                            120.0,
                            day(2026, 12, 31)}};
    c.milestones = {{{"ms-1", ""}, "so-1", day(2026, 3, 31), 89.5, 88.5, "Two renewals slipped"},
                    {{"ms-2", ""}, "k-1", day(2026, 3, 31), 50.0, 42.0, ""},
                    {{"ms-3", ""}, "so-2", day(2026, 3, 31), 30.0, 31.0, ""}};
    c.treatments = {{{"t-1", ""},
                     "seg-1",
                     "A named engineer who knows every device",
                     "Extended warranty bundles",
                     "Multi-year contract discount",
                     "Quarterly account review",
                     "Four-hour on-site response",
                     {"pain-1"}}};
}

void fillMonitoringAndCapabilities(Cycle& c) {
    c.kpis = {{{"k-1", ""},
               "Net promoter score",
               "",
               MeasureLevel::Strategy,
               MeasureKind::Subjective,
               Perspective::External,
               "points",
               Direction::HigherIsBetter,
               2.0,
               day(2025, 12, 31),
               20.0,
               day(2026, 12, 31),
               5.0,
               day(2026, 3, 31),
               "CEO",
               Cadence::Quarterly},
              {{"k-2", ""},
               "First-contact resolution",
               "m-1",
               MeasureLevel::Tactic,
               MeasureKind::Objective,
               Perspective::Internal,
               "%",
               Direction::HigherIsBetter,
               61.0,
               day(2025, 12, 31),
               75.0,
               day(2026, 12, 31),
               66.0,
               day(2026, 3, 31),
               "Head of service",
               Cadence::Monthly}};
    c.alignment = {{{"al-1", ""}, "k-1", "o-2"}, {{"al-2", ""}, "k-2", "o-1"}};
    const char* names[] = {"Vision",
                           "Strategy",
                           "Valued customer experience",
                           "Organisational collaboration",
                           "Processes",
                           "Information",
                           "Technology",
                           "Metrics"};
    const char* keys[] = {"vision",    "strategy",    "experience", "collaboration",
                          "processes", "information", "technology", "metrics"};
    const std::int64_t current[] = {3, 3, 2, 2, 2, 1, 3, 2};
    const std::int64_t target[] = {4, 4, 4, 3, 4, 3, 4, 4};
    for (int i = 0; i < 8; ++i)
        c.capabilities.push_back({{std::string("cap-") + keys[i], ""},
                                  keys[i],
                                  names[i],
                                  CapabilityGroup::BuildingBlock,
                                  current[i],
                                  target[i],
                                  3,
                                  ""});
    c.capabilities.push_back({{"cap-data", ""},
                              "data_quality",
                              "Customer data quality",
                              CapabilityGroup::Readiness,
                              2,
                              4,
                              5,
                              "Duplicates across ERP and CRM"});
    c.resources = {{{"r-1", ""},
                    ResourceCategory::People,
                    "Customer data steward",
                    Money::fromUnits(0),
                    Money::fromUnits(65000),
                    "COO"},
                   {{"r-2", ""},
                    ResourceCategory::Technology,
                    "Self-service booking portal",
                    Money{120000500},
                    Money::fromUnits(18000),
                    "CIO"}};
    c.learningMethods = {{{"l-1", ""},
                          "Why key accounts renew",
                          "Renewal interviews",
                          Cadence::Yearly,
                          "When the contract ends",
                          "Account owners"}};
    c.goalPlans = {{{"g-1", ""},
                    "o-1",
                    "Service sales playbook",
                    "Head of service",
                    "10% of bonus on service revenue",
                    day(2026, 6, 30)}};
}

}  // namespace

Assessment makeTestAssessment() {
    Assessment a;
    a.companyName = "Harbour Instruments";
    a.facilitator = "Dana Okafor";
    a.industry = "Laboratory equipment";
    a.currentCycleId = "c-2026";
    Cycle c;
    c.id = "c-2026";
    c.name = "2026";
    c.assessmentDate = day(2026, 3, 31);
    c.statement.id = c.id;
    fillStrategy(c);
    fillPainAndRelationship(c);
    fillSegments(c);
    fillMonitoringAndCapabilities(c);
    a.cycles.push_back(std::move(c));
    return a;
}

ReportScores makeTestScores() {
    ReportScores s;
    s.maturityIndex = 31.25;  // hand value; the engine's formula is not under test here
    s.maturityLevel = "Practicing";
    s.maturityReason =
        "Index 31.25 lies between the 'practicing' band edge 20 and 'optimizing' 40.";
    s.completenessPct = 92.0;
    s.completeness = {{1, 100.0, {}},
                      {10, 80.0, {"No learning method for segment " + std::string(kScriptName)}}};
    // NPS = (120 - 100) / 400 x 100 = 5; CSAT = 300 / 400 = 75%.
    s.figures = {
        {4, "Net promoter score", 5.0, "", "120 promoters and 100 detractors of 400 responses"},
        {4, "Customer satisfaction", 75.0, "%", "300 of 400 responses satisfied"},
        {9, "Objectives covered by a KPI", 66.67, "%", "2 of 3 objectives have a KPI"}};
    // Gap = (target - current) x importance: data quality (4-2)x5 = 10, information (3-1)x3 = 6,
    // experience (4-2)x3 = 6, processes (4-2)x3 = 6, metrics (4-2)x3 = 6.
    s.gaps = {
        {"cap-data", "Customer data quality", 2.0, 4.0, 5.0, 10.0, "(4 - 2) x 5 = 10"},
        {"cap-information", "Information", 1.0, 3.0, 3.0, 6.0, "(3 - 1) x 3 = 6"},
        {"cap-experience", "Valued customer experience", 2.0, 4.0, 3.0, 6.0, "(4 - 2) x 3 = 6"},
        {"cap-processes", "Processes", 2.0, 4.0, 3.0, 6.0, "(4 - 2) x 3 = 6"},
        {"cap-vision", "Vision", 3.0, 4.0, 3.0, 3.0, "(4 - 3) x 3 = 3"}};
    // NPS progress (5 - 2) / (20 - 2) = 16.7%; FCR (66 - 61) / (75 - 61) = 35.7%;
    // renewals (88.5 - 88) / (94 - 88) = 8.3%; new contracts 31 / 120 = 25.8%.
    s.attainment = {{"k-1", "kpi", "Net promoter score", 16.67, Rag::Red, "Off track",
                     "3 of 18 points gained; 25% was due by 2026-03-31"},
                    {"k-2", "kpi", "First-contact resolution", 35.71, Rag::Green, "On track",
                     "5 of 14 points gained; 25% was due"},
                    {"so-1", "segment_objective", "Keep key accounts under contract", 8.33,
                     Rag::Red, "Off track", "0.5 of 6 points gained; 25% was due"},
                    {"so-2", "segment_objective", "Win new small factories", 25.83, Rag::Green,
                     "On track", "31 of 120 contracts won; 25% was due"}};
    s.segments = {
        {"seg-1", 78.0, "A", "partial", "Retention set; no acquisition or development objective"},
        {"seg-2", 44.0, "B", "partial", "Acquisition set; no development or retention objective"}};
    // Pain priority = severity x frequency x reach: 4x4x3 = 48, 3x2x2 = 12, 4x5x4 = 80.
    s.pains = {{"pain-1", 48.0, true, true, "Addressed by the key-account treatment"},
               {"pain-2", 12.0, true, false, "No treatment or objective addresses it"},
               {"pain-3", 80.0, true, false, "No treatment or objective addresses it"}};
    s.quadrants = {{"a-1", "Keep up the good work"},
                   {"a-2", "Concentrate here"},
                   {"a-3", "Concentrate here"},
                   {"a-4", "Concentrate here"},
                   {"a-5", "Possible overkill"}};
    s.findings = {{3, Rag::Red, "Top pain point not addressed",
                   "Engineers cannot see the device history on site (priority 80)"},
                  {9, Rag::Amber, "Objective without a KPI", "Enter food industry has no KPI"}};
    s.recommendations = {
        {"Give engineers the device history on site before the next audit",
         "Top pain point not addressed (priority 80)", "High", 3},
        {"Appoint the data steward and merge the ERP and CRM duplicates",
         "Largest capability gap: customer data quality (gap 10)", "High", 10},
        {"Review every key-account renewal due this quarter with its owner",
         "Keep key accounts under contract is off track (8% of the way, 25% due)", "Medium", 6},
        {"Add a KPI for new food plants won", "Objective without a KPI", "Low", 9}};
    return s;
}

LorenzChart makeTestCurve() {
    LorenzChart chart;
    chart.title = "Concentration of customer value";
    // Cumulative values 0, 0, 10, 30, 60, 200 over total 200; Gini = 1 - 2 x 0.2 = 0.6.
    chart.points = {{0.0, 0.0}, {0.2, 0.0}, {0.4, 0.05}, {0.6, 0.15}, {0.8, 0.3}, {1.0, 1.0}};
    chart.notes = {"Top 20% of customers: 70% of value", "Gini coefficient: 0.6"};
    return chart;
}

}  // namespace crm::report::testing
