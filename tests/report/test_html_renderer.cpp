#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <regex>

#include "report/builder/report_builder.h"
#include "report/html/html_renderer.h"
#include "test_assessment.h"

using namespace crm::report;

namespace {

std::string scoredHtml() {
    auto a = testing::makeTestAssessment();
    return renderHtml(buildReportData(
        a, a.cycles[0],
        {testing::day(2026, 4, 2), testing::makeTestScores(), testing::makeTestCurve()}));
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a segment named <script>alert(1)</script> shows as text", "[report][html][escaping]") {
    const std::string html = scoredHtml();
    CHECK(lower(html).find("<script") == std::string::npos);  // not in the HTML, not in the SVG
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("every kind of user text is escaped", "[report][html][escaping]") {
    auto a = testing::makeTestAssessment();
    a.companyName = "Smith & \"Sons\" <Ltd>";
    a.cycles[0].statement.businessModel = "<img src=x onerror=alert(1)>";
    a.cycles[0].priorities[0].text = "</td></tr></table><b>bold</b>";
    const std::string html = renderHtml(buildReportData(
        a, a.cycles[0], {testing::day(2026, 4, 2), testing::makeTestScores(), std::nullopt}));
    CHECK(html.find("Smith &amp; &quot;Sons&quot; &lt;Ltd&gt;") != std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>bold") == std::string::npos);
}

TEST_CASE("the HTML is one standalone file without scripts or network", "[report][html]") {
    const std::string html = lower(scoredHtml());
    CHECK(html.rfind("<!doctype html>", 0) == 0);
    CHECK(html.find("<style>") != std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    // The only URL is the SVG namespace, which browsers never fetch.
    std::regex url("https?://[^\"' )<]+");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), url);
         it != std::sregex_iterator(); ++it)
        CHECK(it->str() == "http://www.w3.org/2000/svg");
}

TEST_CASE("the HTML prints with a page break before each section", "[report][html]") {
    const std::string html = scoredHtml();
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("section, nav.toc { break-before: page; }") != std::string::npos);
    CHECK(html.find("thead { display: table-header-group; }") != std::string::npos);
    CHECK(occurrences(html, "<section id=") == 13);  // summary + 12 sections
}

TEST_CASE("charts are inlined as SVG and sections are linked from the contents", "[report][html]") {
    const std::string html = scoredHtml();
    CHECK(occurrences(html, "<svg ") == 8);  // summary radar + 7 in the sections
    for (const char* id : {"step-1", "step-10", "recommendations", "methodology"}) {
        CHECK(html.find(std::string("href=\"#") + id + "\"") != std::string::npos);
        CHECK(html.find(std::string("<section id=\"") + id + "\"") != std::string::npos);
    }
}
