// The facilitator's deliverables in the report model, HTML and JSON: narratives (bold,
// italic, lists), the cover, the action plan and the sign-off block.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "deliverables_fixture.h"
#include "pdf_tools.h"
#include "report/html/html_renderer.h"
#include "report/json/json_renderer.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

TEST_CASE("deliverables: the model holds the action plan, sign-off, cover and narratives",
          "[report][deliverables]") {
    const ReportData r = deliverablesReport();
    CHECK(r.title.reportTitle == "Quarterly CRM review");
    CHECK(r.title.preparedFor == "Board of Harbour Instruments");
    REQUIRE(r.title.logo);
    CHECK(r.title.logo->width == 2);
    CHECK(r.title.logo->height == 1);

    std::vector<std::string> ids;
    for (const auto& s : r.sections) ids.push_back(s.id);
    const auto plan = std::find(ids.begin(), ids.end(), "action-plan");
    REQUIRE(plan != ids.end());
    CHECK(*(plan + 1) == "recommendations");
    CHECK(ids.back() == "closing");

    const Section& actions = *sectionById(r, "action-plan");
    REQUIRE(actions.blocks.size() == 2);
    CHECK(std::get<Paragraph>(actions.blocks[0]).text ==
          "3 actions: 1 done, 1 in progress, 1 not started; total cost 139,750.75.");
    const auto& table = std::get<Table>(actions.blocks[1]);
    REQUIRE(table.rows.size() == 3);
    // Action, owner, due, status, KPI, objective, cost (names from test_assessment.cpp).
    CHECK(table.rows[0] == std::vector<std::string>{
                               "Launch the booking portal", "CIO", "2026-09-30", "In progress",
                               "First-contact resolution", "Grow service revenue", "120,000.50"});
    CHECK(table.rows[1][6] == "7,500");
    CHECK(table.rows[2] == std::vector<std::string>{"Merge duplicate customer records", "COO", "",
                                                    "Not started", "", "", "12,250.25"});

    const Section& step8 = *sectionById(r, "step-8");
    const auto* note = std::get_if<RichTextBlock>(&step8.blocks.front());
    REQUIRE(note);
    CHECK(note->heading == "Facilitator's note");
    CHECK(note->source == kStep8Narrative);
    REQUIRE(r.summary.narratives.size() == 1);

    const Section& closing = *sectionById(r, "closing");
    REQUIRE(closing.blocks.size() == 2);  // the note, then the sign-off block
    CHECK(std::holds_alternative<RichTextBlock>(closing.blocks[0]));
    const auto& signOff = std::get<SignOffBlock>(closing.blocks[1]);
    REQUIRE(signOff.people.size() == 2);
    CHECK(signOff.people[0].date == "2026-04-10");
    CHECK(signOff.people[1].date.empty());
}

TEST_CASE("deliverables: a cycle without them keeps the report as it was",
          "[report][deliverables]") {
    auto a = makeTestAssessment();
    const ReportData r =
        buildReportData(a, a.cycles[0], {day(2026, 4, 2), makeTestScores(), makeTestCurve()});
    CHECK(sectionById(r, "action-plan") == nullptr);
    CHECK(sectionById(r, "closing") == nullptr);
    CHECK(r.title.reportTitle == "CRM strategy report");
    CHECK_FALSE(contains(renderHtml(r), "narrative"));
    CHECK_FALSE(contains(renderJson(r), "\"cover\""));
}

TEST_CASE("deliverables: narratives alone open their section; bad or blank input is left out",
          "[report][deliverables]") {
    auto a = makeTestAssessment();
    Cycle& c = a.cycles[0];
    c.cover.logo = "data:image/png;base64,bm90IGEgcG5n";  // "not a png"
    c.narratives = {{{"n-1", ""}, ReportPart::ActionPlan, "We meet again in **May**."},
                    {{"n-2", ""}, ReportPart::Closing, "Thanks."},
                    {{"n-3", ""}, ReportPart::Step1, " \n\n "},  // blank: no note
                    {{"n-4", ""}, ReportPart::Changes, "No earlier cycle to compare."}};
    const ReportData r = buildReportData(a, c, {day(2026, 4, 2), makeTestScores(), {}});
    CHECK_FALSE(r.title.logo);
    const Section* plan = sectionById(r, "action-plan");
    REQUIRE(plan);
    REQUIRE(plan->blocks.size() == 1);  // the note only: no summary line, no table
    CHECK(std::get<RichTextBlock>(plan->blocks[0]).text[0].runs[1].text == "May");
    const Section* closing = sectionById(r, "closing");
    REQUIRE(closing);
    CHECK(closing->title == "Closing");
    CHECK(closing->blocks.size() == 1);
    CHECK_FALSE(std::holds_alternative<RichTextBlock>(sectionById(r, "step-1")->blocks.front()));
    CHECK(sectionById(r, "changes") == nullptr);  // one cycle only: that note has no place
}

TEST_CASE("deliverables: HTML shows formatting as tags and user text escaped",
          "[report][deliverables][html]") {
    const std::string html = renderHtml(deliverablesReport());
    CHECK(contains(html, "<p>We agreed on <strong>bold</strong> and <em>italic</em> targets.</p>"));
    CHECK(contains(html, "<ul>\n<li>first bullet point</li>\n<li>second bullet point</li>\n</ul>"));
    CHECK(contains(html, "<ol>\n<li>first numbered step</li>\n<li>second numbered step</li>"));
    CHECK(contains(html, "Keep &lt;script&gt;alert(3)&lt;/script&gt; as text."));
    CHECK_FALSE(contains(html, "<script>alert(3)"));
    // The note comes right after the lead of step 8.
    const auto step8 = html.find("<section id=\"step-8\">");
    const auto lead = html.find("<p class=\"lead\">", step8);
    const auto note =
        html.find("<div class=\"narrative\">\n<h3>Facilitator&#39;s note</h3>", step8);
    REQUIRE(note != std::string::npos);
    CHECK(html.find("</p>", lead) + 5 == note);
    CHECK(contains(html, "<em>mostly</em>"));
    CHECK(contains(html, "<img class=\"logo\" alt=\"Logo\" src=\"data:image/png;base64,"));
    // 2 x 1 pixels into 60 mm x 25 mm at 96 px per inch (226.77 x 94.49 px): the height
    // limits, 94.49 px high (94) and 188.98 px wide (189).
    CHECK(contains(html, "\" width=\"189\" height=\"94\">"));
    CHECK(contains(html, "<dt>Prepared for</dt><dd>Board of Harbour Instruments</dd>"));
    CHECK(contains(html, "<p class=\"confidentiality\">Confidential: board members only</p>"));
    CHECK(contains(html,
                   "<td>Ada Lindqvist</td><td>Chief executive</td><td class=\"date\">"
                   "2026-04-10</td><td class=\"signature\"></td>"));
    CHECK(contains(html, "total cost 139,750.75."));
}

TEST_CASE("deliverables: JSON keeps the Markdown and the parsed blocks",
          "[report][deliverables][json]") {
    const auto doc = nlohmann::json::parse(renderJson(deliverablesReport()));
    const nlohmann::json* step8 = nullptr;
    const nlohmann::json* closing = nullptr;
    for (const auto& s : doc["sections"]) {
        if (s["id"] == "step-8") step8 = &s;
        if (s["id"] == "closing") closing = &s;
    }
    REQUIRE(step8);
    const auto& note = (*step8)["blocks"][0];
    CHECK(note["type"] == "richText");
    CHECK(note["markdown"] == kStep8Narrative);
    std::vector<std::string> kinds;
    for (const auto& b : note["blocks"]) kinds.push_back(b["kind"]);
    CHECK(kinds == std::vector<std::string>{"paragraph", "bullet", "bullet", "numbered", "numbered",
                                            "paragraph"});
    CHECK(note["blocks"][0]["runs"][1] ==
          nlohmann::json{{"text", "bold"}, {"bold", true}, {"italic", false}});
    CHECK(note["blocks"][0]["runs"][3] ==
          nlohmann::json{{"text", "italic"}, {"bold", false}, {"italic", true}});
    CHECK(note["blocks"][4]["number"] == 2);
    CHECK(doc["summary"]["narratives"][0]["markdown"] == kSummaryNarrative);
    CHECK(doc["title"]["cover"]["preparedBy"] == "Strategy office");
    CHECK(doc["title"]["cover"]["logo"]["width"] == 2);
    REQUIRE(closing);
    CHECK((*closing)["blocks"][1]["type"] == "signOff");
    CHECK((*closing)["blocks"][1]["people"][1] ==
          nlohmann::json{{"name", "Omar Haddad"}, {"role", "Head of service"}, {"date", ""}});
}

TEST_CASE("deliverables: a dropped action is counted but its cost is not",
          "[report][deliverables]") {
    Assessment a = withDeliverables();
    ActionItem dropped;
    dropped.id = "act-x", dropped.title = "Loyalty cards", dropped.status = ActionStatus::Dropped;
    dropped.cost = Money{5000000};  // 5,000.000 in thousandths
    a.cycles[0].actions.push_back(dropped);
    const ReportData r =
        buildReportData(a, a.cycles[0], {day(2026, 4, 2), makeTestScores(), makeTestCurve()});
    // The three fixture actions still total 139,750.75 (worked out in deliverables_fixture.h).
    CHECK(std::get<Paragraph>(sectionById(r, "action-plan")->blocks[0]).text ==
          "4 actions: 1 done, 1 in progress, 1 not started, 1 dropped; total cost without the "
          "dropped ones 139,750.75.");
}

TEST_CASE("deliverables: the action plan's total cost carries the document's currency",
          "[report][deliverables][currency]") {
    auto a = withDeliverables();
    a.currency = "SEK";
    const ReportData r =
        buildReportData(a, a.cycles[0], {day(2026, 4, 2), makeTestScores(), makeTestCurve()});
    const Section& actions = *sectionById(r, "action-plan");
    // The same three actions as above; only the code is added.
    CHECK(std::get<Paragraph>(actions.blocks[0]).text ==
          "3 actions: 1 done, 1 in progress, 1 not started; total cost 139,750.75 SEK.");
    CHECK(std::get<Table>(actions.blocks[1]).columns.back().header == "Cost (SEK)");
}
