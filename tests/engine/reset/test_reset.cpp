// Cycle comparison and the reset calendar, on a hand-made two-cycle assessment.
#include <catch2/catch.hpp>

#include "engine/reset/cycle_comparison.h"
#include "engine/reset/icalendar.h"

using namespace crm;
using namespace crm::reset;

namespace {

Assessment twoCycles() {
    Assessment a;
    a.companyName = "Quill, Ink; & Co";
    Cycle y1;
    y1.id = "c1";
    y1.name = "2025";
    y1.assessmentDate = parseIsoDate("2025-11-15");
    y1.relationship.promoters = 50;
    y1.relationship.passives = 30;
    y1.relationship.detractors = 20;  // NPS = (50-20)/100*100 = 30
    y1.relationship.oneTimeSharePct = 40.0;
    Kpi churn;
    churn.id = "k1";
    churn.name = "Churn";
    churn.unit = "%";
    churn.direction = Direction::LowerIsBetter;
    churn.baseline = 12.0;
    churn.current = 11.0;
    y1.kpis.push_back(churn);
    Kpi repeat;
    repeat.id = "k2";
    repeat.name = "Repeat rate";
    repeat.current = 30.0;
    y1.kpis.push_back(repeat);
    Milestone hit, missed, open, later;
    hit.id = "m1", hit.ownerId = "k2", hit.due = parseIsoDate("2026-03-31"), hit.target = 32,
    hit.actual = 33;
    missed.id = "m2", missed.ownerId = "k1", missed.due = parseIsoDate("2026-06-30"),
    missed.target = 10, missed.actual = 10.5;
    open.id = "m3", open.ownerId = "k2", open.due = parseIsoDate("2026-09-30"), open.target = 35;
    later.id = "m4", later.ownerId = "k2", later.due = parseIsoDate("2027-03-31"),
    later.target = 38;
    y1.milestones = {hit, missed, open, later};
    CorporateObjective grow, legacy;
    grow.id = "o1", grow.name = "Grow revenue", grow.targetValue = 8.0;
    legacy.id = "o2", legacy.name = "Close the catalogue shop";
    y1.objectives = {grow, legacy};
    CapabilityRating vision;
    vision.id = "cap1", vision.areaKey = "vision", vision.name = "Vision", vision.current = 2,
    vision.target = 4;
    y1.capabilities = {vision};

    Cycle y2 = y1;
    y2.id = "c2";
    y2.name = "2026";
    y2.previousCycleId = "c1";
    y2.assessmentDate = parseIsoDate("2026-11-16");
    y2.relationship.promoters = 60;
    y2.relationship.passives = 25;
    y2.relationship.detractors = 15;  // NPS = (60-15)/100*100 = 45
    y2.relationship.oneTimeSharePct = 35.0;
    for (auto& k : y2.kpis) k.originId = k.id, k.id += "'";
    y2.kpis[0].current = 10.2;  // churn 11 -> 10.2: delta -0.8, lower is better -> better
    y2.kpis[1].current = 29.0;  // repeat 30 -> 29: delta -1 -> worse
    for (auto& m : y2.milestones) m.originId = m.id, m.id += "'", m.ownerId += "'";
    y2.milestones[2].actual = 34;  // recorded on the copy: m3 target 35 -> missed
    y2.objectives = {grow};
    y2.objectives[0].originId = "o1", y2.objectives[0].id = "o1'",
    y2.objectives[0].targetValue = 10.0;
    CorporateObjective fresh;
    fresh.id = "o3", fresh.name = "Win co-working spaces";
    y2.objectives.push_back(fresh);
    y2.capabilities[0].originId = "cap1", y2.capabilities[0].id = "cap1'",
    y2.capabilities[0].current = 3;
    a.cycles = {y1, y2};
    a.currentCycleId = "c2";
    return a;
}

const MeasureDelta& measure(const CycleComparison& c, const std::string& name) {
    for (const auto& m : c.measures)
        if (m.name == name) return m;
    FAIL("no measure " << name);
    throw;
}

}  // namespace

TEST_CASE("measure deltas carry their direction", "[reset]") {
    const auto c = compareCycles(twoCycles(), "c1", "c2");
    const auto& nps = measure(c, "Net promoter score");
    CHECK(nps.from == Approx(30.0));  // (50-20)/100*100
    CHECK(nps.to == Approx(45.0));    // (60-15)/100*100
    CHECK(nps.delta == Approx(15.0));
    CHECK(nps.movement == Movement::Better);
    const auto& oneTime = measure(c, "One-time buyers");  // 40% -> 35%, fewer is better
    CHECK(oneTime.delta == Approx(-5.0));
    CHECK(oneTime.movement == Movement::Better);
    const auto& churn = measure(c, "Churn");
    CHECK(churn.delta == Approx(-0.8));  // 10.2 - 11
    CHECK(churn.movement == Movement::Better);
    const auto& repeat = measure(c, "Repeat rate");
    CHECK(repeat.delta == Approx(-1.0));  // 29 - 30
    CHECK(repeat.movement == Movement::Worse);
    CHECK(measure(c, "Customer satisfaction").movement == Movement::NotComparable);
}

TEST_CASE("milestones due by the later cycle's date are hit, missed or lack an actual", "[reset]") {
    const auto c = compareCycles(twoCycles(), "c1", "c2");
    REQUIRE(c.milestones.size() == 4);
    CHECK(c.milestones[0].result == MilestoneResult::Hit);     // 33 >= 32
    CHECK(c.milestones[1].result == MilestoneResult::Missed);  // churn 10.5 > 10, lower is better
    CHECK(c.milestones[2].result == MilestoneResult::Missed);  // 34 < 35, actual from the copy
    CHECK(c.milestones[3].result == MilestoneResult::NotDue);  // 2027-03-31 after 2026-11-16
    CHECK(c.milestonesHit == 1);
    CHECK(c.milestonesMissed == 2);
    CHECK(c.milestonesWithoutActual == 0);
}

TEST_CASE("objectives added, changed and dropped; maturity deltas", "[reset]") {
    const auto c = compareCycles(twoCycles(), "c1", "c2");
    std::vector<std::string> lines;
    for (const auto& i : c.items) {
        std::string line = std::string(changeKindName(i.change)) + " " + i.kind + " " + i.name;
        for (const auto& f : i.changedFields) line += " [" + f + "]";
        lines.push_back(line);
    }
    CHECK(lines == std::vector<std::string>{"changed objective Grow revenue [Target value]",
                                            "added objective Win co-working spaces",
                                            "dropped objective Close the catalogue shop",
                                            "changed kpi Churn [Current value]",
                                            "changed kpi Repeat rate [Current value]"});
    REQUIRE(c.maturity.size() == 1);
    CHECK(c.maturity[0].delta == 1);  // vision 2 -> 3
}

TEST_CASE("comparing a cycle with itself shows nothing moved", "[reset]") {
    const auto c = compareCycles(twoCycles(), "c2", "c2");
    CHECK(c.items.empty());
    CHECK(measure(c, "Churn").movement == Movement::Unchanged);
    CHECK_THROWS(compareCycles(twoCycles(), "c2", "nope"));
}

// Escaping TEXT values is tested with the escaping module (tests/engine/text).
TEST_CASE("iCalendar lines are folded at 75 octets", "[reset][ics]") {
    const std::string longLine(100, 'x');
    const std::string folded = foldLine(longLine);
    CHECK(folded == std::string(75, 'x') + "\r\n " + std::string(25, 'x') + "\r\n");
    // A two-byte character is never split: 74 x + "é" (2 octets) would make 76.
    const std::string accented = std::string(74, 'x') + "\xC3\xA9";
    CHECK(foldLine(accented) == std::string(74, 'x') + "\r\n \xC3\xA9\r\n");
}

TEST_CASE("the schedule becomes VEVENTs with UID, DTSTAMP and attendees", "[reset][ics]") {
    Assessment a = twoCycles();
    ScheduledEvent reset;
    reset.id = "ev-1";
    reset.title = "Strategy reset 2027";
    reset.day = parseIsoDate("2027-11-15");
    reset.startTime = "09:30";
    reset.durationMinutes = 180;
    reset.attendees = "ceo@example.com, Dana Ruiz";
    ScheduledEvent undated;
    undated.id = "ev-2";
    undated.title = "Someday";
    a.cycles[1].schedule = {reset, undated};
    const auto stamp = date::sys_days{date::year{2026} / 11 / 23} + std::chrono::hours{10} +
                       std::chrono::minutes{5};
    const std::string ics =
        writeICalendar(a, a.cycles[1], date::floor<std::chrono::seconds>(stamp));
    CHECK(ics.find("UID:ev-1@crm-workbench\r\n") != std::string::npos);
    CHECK(ics.find("DTSTAMP:20261123T100500Z\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART:20271115T093000\r\nDURATION:PT180M\r\n") != std::string::npos);
    CHECK(ics.find("ATTENDEE;RSVP=TRUE:mailto:ceo@example.com\r\n") != std::string::npos);
    CHECK(ics.find("Attendees: Dana Ruiz") != std::string::npos);
    std::string unfolded = ics;
    for (auto at = unfolded.find("\r\n "); at != std::string::npos; at = unfolded.find("\r\n "))
        unfolded.erase(at, 3);
    CHECK(unfolded.find("Quill\\, Ink\\; & Co") != std::string::npos);
    CHECK(ics.find("Someday") == std::string::npos);  // no date, no event
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
}

TEST_CASE("a changed item carries its whole name and each field's old and new value", "[reset]") {
    Assessment a = twoCycles();
    const std::string longName =
        "Grow revenue from key accounts outside paper and toner by a fifth";  // 65 characters
    a.cycles[0].objectives[0].name = longName;
    a.cycles[1].objectives[0].name = longName;
    a.cycles[1].kpis[0].direction = Direction::HigherIsBetter;  // was lower is better
    const auto c = compareCycles(a, "c1", "c2");
    REQUIRE(c.items.size() == 5);
    const ItemChange& grow = c.items[0];
    CHECK(grow.name == longName);
    REQUIRE(grow.fieldChanges.size() == 1);
    CHECK(grow.fieldChanges[0].key == "target_value");
    CHECK(grow.fieldChanges[0].from == FieldValue{8.0});
    CHECK(grow.fieldChanges[0].to == FieldValue{10.0});
    CHECK(fieldChangeText(grow.kind, grow.fieldChanges[0]) == "Target value: 8 -> 10");

    const ItemChange& churn = c.items[3];  // direction first, then the current value
    CHECK(churn.name == "Churn");
    REQUIRE(churn.fieldChanges.size() == 2);
    CHECK(fieldChangeText(churn.kind, churn.fieldChanges[0], " to ") ==
          "Direction: Lower is better to Higher is better");
    CHECK(fieldChangeText(churn.kind, churn.fieldChanges[1]) == "Current value: 11 -> 10.2");
    const FieldChange unset{"unit", "Unit", FieldType::Text, FieldValue{}, FieldValue{"%"}};
    CHECK(fieldChangeText("kpi", unset) == "Unit: not set -> %");
}
