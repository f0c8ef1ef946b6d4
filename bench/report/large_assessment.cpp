#include "large_assessment.h"

#include <string>

namespace crm::bench {
namespace {

Date day(int y, unsigned m, unsigned d) {
    return Date{date::year{y} / date::month{m} / date::day{d}};
}
std::string n(int i) { return std::to_string(i); }

const char* kWords[] = {"calibration", "service",  "contract",    "delivery",
                        "quality",     "response", "renewal",     "portal",
                        "invoice",     "training", "spare parts", "installation"};
std::string phrase(int i, int words) {
    std::string out;
    for (int w = 0; w < words; ++w) out += std::string(w ? " " : "") + kWords[(i * 7 + w * 3) % 12];
    return out;
}

void fillStrategyAndMetrics(Cycle& c) {
    c.statement.id = c.id;
    c.statement.businessModel =
        "We sell instruments and earn most of our margin on " + phrase(1, 30) + ".";
    c.statement.customerDefinition =
        "The lab manager who signs the contract; " + phrase(2, 25) + ".";
    c.statement.valueProposition = "Accurate instruments with " + phrase(3, 20) + ".";
    for (int i = 0; i < 8; ++i)
        c.objectives.push_back({{"o-" + n(i), ""},
                                "Objective " + n(i) + ": grow " + phrase(i, 2),
                                "+" + n(5 + i) + "% " + phrase(i, 1),
                                5.0 + i,
                                "%",
                                day(2026, 12, 31)});
    for (int i = 0; i < 6; ++i)
        c.priorities.push_back({{"p-" + n(i), ""}, "Priority " + n(i) + ": " + phrase(i, 6)});
    for (int i = 0; i < 28; ++i)
        c.metrics.push_back({{"m-" + n(i), ""},
                             static_cast<Department>(i % 3),
                             "Metric " + n(i) + " " + phrase(i, 2),
                             "",
                             "%",
                             i % 4 ? Direction::HigherIsBetter : Direction::LowerIsBetter,
                             40.0 + i,
                             day(2025, 12, 31),
                             "CRM report " + n(i % 5),
                             "Owner " + n(i % 7)});
}

void fillCustomers(Cycle& c) {
    for (int i = 0; i < 4; ++i)
        c.inputSources.push_back({{"src-" + n(i), ""},
                                  static_cast<InputSourceKind>(i),
                                  i == 3 ? Voice::Frontline : Voice::Customers,
                                  "Source " + n(i) + " " + phrase(i, 3),
                                  day(2026, 1, 10 + static_cast<unsigned>(i)),
                                  100 + i * 50});
    for (int i = 0; i < 10; ++i)
        c.segments.push_back({{"seg-" + n(i), ""},
                              "Segment " + n(i) + " " + phrase(i, 1),
                              "Customers who " + phrase(i, 8),
                              100 + i * 37,
                              Money::fromUnits(500000 + i * 123457),
                              20.0 + i,
                              3.0 + i % 5,
                              1 + i % 5,
                              Money::fromUnits(1000 + i * 250)});
    for (int i = 0; i < 16; ++i)
        c.painPoints.push_back({{"pain-" + n(i), ""},
                                "Pain " + n(i) + ": " + phrase(i, 7),
                                "src-" + n(i % 4),
                                i % 4 == 3 ? Voice::Frontline : Voice::Customers,
                                {"seg-" + n(i % 10), "seg-" + n((i + 3) % 10)},
                                1 + i % 5,
                                1 + (i / 2) % 5,
                                1 + (i / 3) % 5});
    auto& r = c.relationship;
    r.id = c.id;
    r.promoters = 320;
    r.passives = 410;
    r.detractors = 270;
    r.csatSatisfied = 780;
    r.csatResponses = 1000;
    r.oneTimeSharePct = 41.0;
    r.repeatSharePct = 46.0;
    r.advancedSharePct = 13.0;
    r.customerFocusRating = 4;
    r.selfRatedExperience = 8;
    r.customerRatedExperience = 6;
    for (int i = 0; i < 24; ++i)
        c.attributes.push_back({{"a-" + n(i), ""},
                                phrase(i, 2),
                                "",
                                "seg-" + n(i % 4),
                                1 + (i * 3) % 5,
                                1 + (i * 7) % 5});
}

void fillExecution(Cycle& c) {
    for (int i = 0; i < 14; ++i) {
        c.segmentObjectives.push_back({{"so-" + n(i), ""},
                                       "seg-" + n(i % 10),
                                       static_cast<ObjectiveKind>(i % 3),
                                       "Objective " + n(i) + ": " + phrase(i, 4),
                                       "Measure " + n(i),
                                       "%",
                                       Direction::HigherIsBetter,
                                       50.0,
                                       60.0 + i % 7,
                                       day(2026, 12, 31)});
        c.milestones.push_back(
            {{"ms-so-" + n(i), ""}, "so-" + n(i), day(2026, 3, 31), 52.0, 50.0 + i % 4, ""});
    }
    for (int i = 0; i < 10; ++i)
        c.treatments.push_back({{"t-" + n(i), ""},
                                "seg-" + n(i),
                                phrase(i, 10),
                                phrase(i + 1, 8),
                                phrase(i + 2, 6),
                                phrase(i + 3, 9),
                                phrase(i + 4, 7),
                                {"pain-" + n(i), "pain-" + n(i + 10)}});
    for (int i = 0; i < 16; ++i) {
        c.kpis.push_back({{"k-" + n(i), ""},
                          "KPI " + n(i) + " " + phrase(i, 2),
                          "m-" + n(i),
                          static_cast<MeasureLevel>(i % 2),
                          static_cast<MeasureKind>((i / 2) % 2),
                          static_cast<Perspective>((i / 3) % 2),
                          "%",
                          Direction::HigherIsBetter,
                          40.0,
                          day(2025, 12, 31),
                          60.0 + i % 9,
                          day(2026, 12, 31),
                          41.0 + i % 11,
                          day(2026, 3, 31),
                          "Owner " + n(i % 7),
                          static_cast<Cadence>(i % 4)});
        for (unsigned q = 1; q <= 2; ++q)
            c.milestones.push_back({{"ms-k-" + n(i) + "-" + n(static_cast<int>(q)), ""},
                                    "k-" + n(i),
                                    day(2026, 3 * q, 30),
                                    40.0 + 5 * q,
                                    q == 1 ? std::optional<double>(42.0 + i % 5) : std::nullopt,
                                    ""});
        c.alignment.push_back({{"al-" + n(i), ""}, "k-" + n(i), "o-" + n(i % 8)});
    }
}

void fillCapabilities(Cycle& c) {
    const char* names[] = {"Vision",
                           "Strategy",
                           "Valued customer experience",
                           "Organisational collaboration",
                           "Processes",
                           "Information",
                           "Technology",
                           "Metrics",
                           "Customer data quality",
                           "Mapped customer-facing processes",
                           "Technology adoption readiness"};
    for (int i = 0; i < 11; ++i)
        c.capabilities.push_back(
            {{"cap-" + n(i), ""},
             "cap" + n(i),
             names[i],
             i < 8 ? CapabilityGroup::BuildingBlock : CapabilityGroup::Readiness,
             1 + i % 3,
             3 + i % 3,
             1 + (i * 2) % 5,
             ""});
    for (int i = 0; i < 12; ++i)
        c.resources.push_back({{"r-" + n(i), ""},
                               static_cast<ResourceCategory>(i % 3),
                               "Resource " + n(i) + " " + phrase(i, 4),
                               Money::fromUnits(10000 * (i + 1)),
                               Money::fromUnits(2500 * (i + 1)),
                               "Owner " + n(i % 4)});
    for (int i = 0; i < 8; ++i)
        c.learningMethods.push_back({{"l-" + n(i), ""},
                                     "Learn " + phrase(i, 3),
                                     "Source " + phrase(i, 2),
                                     static_cast<Cadence>(i % 4),
                                     "When " + phrase(i, 3),
                                     "Owner " + n(i)});
    for (int i = 0; i < 8; ++i)
        c.goalPlans.push_back({{"g-" + n(i), ""},
                               "o-" + n(i),
                               "Plan " + phrase(i, 4),
                               "Owner " + n(i),
                               "Bonus on " + phrase(i, 2),
                               day(2026, 6, 30)});
}

}  // namespace

Assessment makeLargeAssessment() {
    Assessment a;
    a.companyName = "Harbour Instruments";
    a.facilitator = "Dana Okafor";
    a.industry = "Laboratory equipment";
    a.currentCycleId = "c-2026";
    Cycle c;
    c.id = "c-2026";
    c.name = "2026";
    c.assessmentDate = day(2026, 3, 31);
    fillStrategyAndMetrics(c);
    fillCustomers(c);
    fillExecution(c);
    fillCapabilities(c);
    a.cycles.push_back(std::move(c));
    return a;
}

}  // namespace crm::bench
