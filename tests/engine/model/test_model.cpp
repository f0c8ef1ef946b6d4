// Model invariants: descriptors are consistent, money is exact, validation finds what it should.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "engine/model/descriptor.h"
#include "engine/model/validation.h"

using namespace crm;

TEST_CASE("every kind has a unique kind, table and JSON key, and fields with unique keys",
          "[model]") {
    std::set<std::string_view> kinds, tables, jsonKeys;
    for (const auto* d : entityDescriptors()) {
        CHECK(kinds.insert(d->kind).second);
        CHECK(tables.insert(d->table).second);
        CHECK(jsonKeys.insert(d->jsonKey).second);
        CHECK(d->step >= 1);
        CHECK((d->step <= 10 || d->step == kResetStep || d->step == kWorkshopStep ||
               d->step == kDeliverablesStep));
        std::set<std::string_view> keys;
        for (const auto& f : d->fields) {
            INFO(d->kind << "." << f.key);
            CHECK(keys.insert(f.key).second);
            CHECK(f.key != "id");
            CHECK(f.key != "origin_id");
            if (f.type == FieldType::Choice) CHECK_FALSE(f.choiceKeys.empty());
            if (f.type == FieldType::Reference || f.type == FieldType::ReferenceList)
                CHECK_FALSE(f.refersTo.empty());
        }
    }
    // Every step of the wizard has something to fill in.
    for (int step = 1; step <= 10; ++step) {
        bool any = false;
        for (const auto* d : entityDescriptors()) any = any || d->step == step;
        INFO("step " << step);
        CHECK(any);
    }
}

TEST_CASE("references name kinds that exist", "[model]") {
    for (const auto* d : entityDescriptors())
        for (const auto& f : d->fields) {
            std::string_view targets = f.refersTo;
            while (!targets.empty()) {
                auto bar = targets.find('|');
                INFO(d->kind << "." << f.key << " -> " << targets.substr(0, bar));
                CHECK(findDescriptor(targets.substr(0, bar)) != nullptr);
                if (bar == std::string_view::npos) break;
                targets.remove_prefix(bar + 1);
            }
        }
}

TEST_CASE("a reference field accepts exactly the kinds its refersTo lists", "[model]") {
    CHECK(refersToKind("kpi", "kpi"));
    CHECK(refersToKind("capability|attribute|pain", "capability"));
    CHECK(refersToKind("capability|attribute|pain", "attribute"));
    CHECK(refersToKind("capability|attribute|pain", "pain"));
    CHECK_FALSE(refersToKind("capability|attribute|pain", "attr"));  // whole names only
    CHECK_FALSE(refersToKind("kpi", "kpi|objective"));
    CHECK_FALSE(refersToKind("", "kpi"));
}

TEST_CASE("money parses decimal text exactly into thousandths", "[model][money]") {
    CHECK(parseMoney("1234.5") == Money{1234500});
    CHECK(parseMoney("-0.125") == Money{-125});
    CHECK(parseMoney("+7") == Money{7000});
    CHECK(parseMoney(".5") == Money{500});
    CHECK(parseMoney("0,25", ',') == Money{250});
    CHECK(parseMoney("1.0005") == Money{1001});  // half away from zero on the 4th decimal
    CHECK(parseMoney("-1.0005") == Money{-1001});
    CHECK_FALSE(parseMoney(""));
    CHECK_FALSE(parseMoney("1e3"));
    CHECK_FALSE(parseMoney("12abc"));
    CHECK_FALSE(parseMoney("123456789012345678901234567890"));  // 30 digits: refused, not wrapped
    // 0.1 added ten times is exactly 1 in thousandths (in double it is 0.9999999999999999).
    Money sum;
    for (int i = 0; i < 10; ++i) sum += *parseMoney("0.1");
    CHECK(sum == Money{1000});
    CHECK(formatMoney(Money{1234500}) == "1234.5");
    CHECK(formatMoney(Money{-125}) == "-0.125");
    CHECK(formatMoney(Money{0}) == "0");
}

TEST_CASE("dates are strict calendar days", "[model]") {
    CHECK(parseIsoDate("2024-02-29"));
    CHECK_FALSE(parseIsoDate("2023-02-29"));
    CHECK_FALSE(parseIsoDate("0000-00-00"));
    CHECK(parseIsoDate("9999-12-31"));
    CHECK_FALSE(parseIsoDate("2024-1-5"));
    CHECK(formatDate(*parseIsoDate("0999-01-02")) == "0999-01-02");
}

TEST_CASE("coerceValue converts input and explains refusals", "[model]") {
    const auto& kpi = *findDescriptor("kpi");
    CHECK(std::get<double>(coerceValue(*kpi.field("target"), std::string("12.5")).value) == 12.5);
    CHECK(coerceValue(*kpi.field("target"), std::string("ten")).error == "expected a number");
    CHECK(coerceValue(*kpi.field("level"), std::string("Tactic level")).value ==
          FieldValue{std::string("tactic")});
    const auto& cap = *findDescriptor("capability");
    CHECK(coerceValue(*cap.field("current"), std::int64_t{0}).error ==
          "expected a whole number from 1 to 5");
    CHECK(isEmpty(coerceValue(*cap.field("current"), std::string("")).value));
}

TEST_CASE("validation reports missing required fields, dangling references and late milestones",
          "[model]") {
    Assessment a;
    Cycle c;
    c.id = "c1";
    c.name = "2026";
    Kpi k;
    k.id = "k1";
    k.name = "Repeat rate";
    k.targetDate = parseIsoDate("2026-06-30");
    c.kpis.push_back(k);
    Milestone m;
    m.id = "m1";
    m.ownerId = "k1";
    m.due = parseIsoDate("2026-09-30");
    c.milestones.push_back(m);
    AlignmentLink l;
    l.id = "l1";
    l.kpiId = "k1";
    l.objectiveId = "gone";
    c.alignment.push_back(l);
    Segment s;
    s.id = "k1";  // duplicate id
    c.segments.push_back(s);
    a.cycles.push_back(c);
    auto problems = validateAssessment(a);
    std::vector<std::string> messages;
    for (const auto& p : problems) messages.push_back(p.where + ": " + p.message);
    auto has = [&](const std::string& text) {
        return std::any_of(messages.begin(), messages.end(),
                           [&](const auto& m) { return m.find(text) != std::string::npos; });
    };
    INFO(fmt::format("{}", fmt::join(messages, "\n")));
    CHECK(has("refers to 'gone', which does not exist"));
    CHECK(has("after its objective's target date 2026-06-30"));
    CHECK(has("id 'k1' is empty or used twice"));
    CHECK(has("Segment k1 (k1) / name: is required but empty"));
    CHECK(problems.size() == 4);
}

TEST_CASE("validation reports a cover logo the report cannot show and a section narrated twice",
          "[model][deliverables]") {
    Assessment a;
    Cycle c;
    c.id = "c1";
    c.name = "2026";
    c.cover.id = "c1";
    c.cover.logo = "data:image/png;base64,QUJD";  // "ABC": not an image
    SectionNarrative summary, again, closing;
    summary.id = "n1", summary.part = ReportPart::Summary, summary.text = "First";
    again.id = "n2", again.part = ReportPart::Summary, again.text = "Second";
    closing.id = "n3", closing.part = ReportPart::Closing;
    c.narratives = {summary, again, closing};
    a.cycles.push_back(c);
    const auto problems = validateAssessment(a);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].where == "cycle 2026 / Report cover / logo");
    CHECK(problems[0].message == "the logo is not a PNG or JPEG image");
    CHECK(problems[1].where == "cycle 2026 / Section narrative n2 / part");
    CHECK(problems[1].message == "'Executive summary' already has a narrative (n1)");

    a.cycles[0].cover.logo.clear();  // no logo is fine
    a.cycles[0].narratives.pop_back();
    a.cycles[0].narratives[1].part = ReportPart::Step3;
    CHECK(validateAssessment(a).empty());
}
