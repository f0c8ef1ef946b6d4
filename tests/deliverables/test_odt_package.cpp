// The .odt package read back with libzip: mimetype first and stored, every file in the
// manifest, user text escaped. Its XML is parsed by deliverables_cli.sh (python3).
#include <zip.h>
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include "report/builder/report_builder.h"
#include "report/odt/odt_writer.h"
#include "report/odt/odt_xml.h"
#include "test_assessment.h"

using namespace crm::report;

namespace {

ReportData scoredReport() {
    auto a = testing::makeTestAssessment();
    return buildReportData(
        a, a.cycles[0],
        {testing::day(2026, 4, 2), testing::makeTestScores(), testing::makeTestCurve()});
}

struct ZipRead {
    std::vector<std::string> names;
    std::map<std::string, std::string> files;
    std::map<std::string, zip_uint16_t> methods;
};

ZipRead readZip(const std::string& bytes) {
    ZipRead read;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    REQUIRE(source);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    REQUIRE(archive);
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) == 0);
        std::string data(st.size, '\0');
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(file);
        REQUIRE(zip_fread(file, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
        zip_fclose(file);
        read.names.push_back(st.name);
        read.files[st.name] = data;
        read.methods[st.name] = st.comp_method;
    }
    zip_close(archive);
    return read;
}

}  // namespace

TEST_CASE("the odt's first entry is an uncompressed mimetype", "[odt]") {
    std::string error;
    const auto bytes = renderOdt(scoredReport(), {}, &error);
    REQUIRE(bytes);
    // ODF 1.3 part 2, 3.3: "mimetype" at offset 30 of the file, right after its local header.
    CHECK(bytes->substr(30, 8) == "mimetype");
    CHECK(bytes->substr(38, 39) == "application/vnd.oasis.opendocument.text");
    const ZipRead zip = readZip(*bytes);
    REQUIRE(!zip.names.empty());
    CHECK(zip.names.front() == "mimetype");
    CHECK(zip.methods.at("mimetype") == ZIP_CM_STORE);
    CHECK(zip.files.at("mimetype") == "application/vnd.oasis.opendocument.text");
}

TEST_CASE("the odt manifest lists every file of the package", "[odt]") {
    std::string error;
    const auto bytes = renderOdt(scoredReport(), {}, &error);
    REQUIRE(bytes);
    const ZipRead zip = readZip(*bytes);
    const std::string& manifest = zip.files.at("META-INF/manifest.xml");
    std::set<std::string> listed;
    const std::regex path("manifest:full-path=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(manifest.begin(), manifest.end(), path);
         it != std::sregex_iterator(); ++it)
        listed.insert((*it)[1]);
    std::set<std::string> stored(zip.names.begin(), zip.names.end());
    stored.erase("mimetype");  // ODF: neither the mimetype nor the manifest lists itself
    stored.erase("META-INF/manifest.xml");
    stored.insert("/");
    CHECK(listed == stored);
    // The test report has a radar, gap bars, attainment bars, a quadrant and a Lorenz curve.
    CHECK(stored.count("Pictures/chart-1.svg") == 1);
    for (const auto& name : zip.names)
        if (name.rfind("Pictures/", 0) == 0)
            CHECK(zip.files.at("content.xml").find("xlink:href=\"" + name + "\"") !=
                  std::string::npos);
}

TEST_CASE("the odt keeps a PNG copy of each chart when a rasterizer is given", "[odt]") {
    OdtOptions options;
    int calls = 0;
    options.chartPng = [&](const std::string& svg, int w, int h) {
        ++calls;
        CHECK(svg.rfind("<svg", 0) == 0);
        CHECK(w > 1000);  // 300 dpi: a chart of several centimetres is over 1000 px wide
        CHECK(h > 0);
        return std::string("\x89PNG fake");
    };
    std::vector<OdtPicture> pictures;
    const std::string content = odt::contentXml(scoredReport(), options, &pictures);
    REQUIRE(calls > 0);
    CHECK(pictures.size() == static_cast<std::size_t>(2 * calls));
    CHECK(content.find("Pictures/chart-1.png") != std::string::npos);
    CHECK(odt::manifestXml(pictures).find("\"Pictures/chart-1.png\" manifest:media-type=\"image/"
                                          "png\"") != std::string::npos);
}

TEST_CASE("user text in the odt is escaped and stays text", "[odt][escaping]") {
    std::vector<OdtPicture> pictures;
    const std::string content = odt::contentXml(scoredReport(), {}, &pictures);
    CHECK(content.find("<script") == std::string::npos);
    CHECK(content.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("paragraph text keeps spaces, line breaks and drops control characters", "[odt]") {
    CHECK(odt::paragraphText("a  b") == "a <text:s/>b");
    CHECK(odt::paragraphText("a    b") == "a <text:s text:c=\"3\"/>b");
    CHECK(odt::paragraphText("x\ny\tz") == "x<text:line-break/>y<text:tab/>z");
    CHECK(odt::paragraphText("2 \u2192 4") == "2 \u2192 4");  // UTF-8 passes whole
    CHECK(odt::paragraphText(std::string("bell\x07 & <")) == "bell &amp; &lt;");
    // A byte that is not UTF-8 becomes U+FFFD (the policy of engine/text/escaping.h).
    CHECK(odt::paragraphText("caf\xe9  cr\xc3\xa8me") == "caf\uFFFD <text:s/>cr\u00e8me");
}

TEST_CASE("odt table columns get widths by what they hold", "[odt]") {
    ReportData report;
    report.title.company = "Width test";
    Section s{"step-1", "1", "Widths", "", {}};
    // "Note": 60 characters a row; "Id": a 4-letter word; "Owner": the word "Commercial".
    s.blocks.push_back(Table{"",
                             {{"Id"}, {"Note"}, {"Owner"}},
                             {{"a-12", std::string(60, 'x').replace(10, 1, " "), "Commercial"},
                              {"a-13", std::string(60, 'y').replace(10, 1, " "), "Commercial"}},
                             ""});
    report.sections.push_back(s);
    std::string error;
    const auto bytes = renderOdt(report, {}, &error);
    REQUIRE(bytes);
    const std::string content = readZip(*bytes).files.at("content.xml");
    const std::regex column(R"re(<table:table-column table:style-name="TblColW(\d+)"/>)re");
    std::vector<int> widths;
    for (auto it = std::sregex_iterator(content.begin(), content.end(), column);
         it != std::sregex_iterator(); ++it)
        widths.push_back(std::stoi((*it)[1]));
    // Floors are the longest word + 2: Id 6 ("a-12" 4), Note 20 (a word of 18, capped: the 49
    // x's after the space), Owner 12 ("Commercial" 10). Averages: 4, 60, 10. Floors total 38;
    // the 78-character line leaves 40 for Note's wish of 60 - 20 = 40: all of it.
    // In tenths of a character: 60, 600, 120.
    REQUIRE(widths.size() >= 3);
    const std::vector<int> last(widths.end() - 3, widths.end());
    CHECK(last == std::vector<int>{60, 600, 120});
    for (int w : last)
        CHECK(content.find("style:name=\"TblColW" + std::to_string(w) +
                           "\" style:family=\"table-column\"><style:table-column-properties "
                           "style:rel-column-width=\"" +
                           std::to_string(w) + "*\"/>") != std::string::npos);
}
