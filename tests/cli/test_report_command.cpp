// crmw report as a function: the format from the output's extension, the pinned date, errors
// in words with their exit codes, and the customer data a document holds. The loaders stand in
// for the store, so no document file is needed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "cli/exit_codes.h"
#include "cli/report_command.h"
#include "test_assessment.h"

using namespace crm;
using namespace crm::cli;
using crm::report::testing::makeTestAssessment;

namespace {

struct ScratchDir {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("crmw-report-command-" + std::to_string(std::random_device{}()));
    ScratchDir() { std::filesystem::create_directories(path); }
    ~ScratchDir() { std::filesystem::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<Assessment> loadTestAssessment(const std::string& path, std::string* error) {
    if (path == "missing.crmw") {
        *error = "no such file";
        return std::nullopt;
    }
    return makeTestAssessment();
}

// Five customers, net values 0, 10, 20, 30, 140: top 20% = 140 / 200 = 70%.
transactions::TransactionTable fiveCustomers() {
    transactions::TransactionTable t;
    t.customerIds = {"A", "B", "C", "D", "E"};
    const std::int64_t units[] = {0, 10, 20, 30, 140};
    for (std::uint32_t c = 0; c < 5; ++c) {
        t.customer.push_back(c);
        t.day.push_back(20000 + static_cast<std::int32_t>(c));
        t.amount.push_back(units[c] * 1000);
        t.cost.push_back(0);
        t.quantitySign.push_back(units[c] > 0 ? 1 : 0);
        t.segment.push_back(0);
        t.order.push_back(0);
        t.sourceLine.push_back(c + 2);
    }
    return t;
}

}  // namespace

TEST_CASE("crmw report: format from the extension, pinned date, errors in words", "[cli][report]") {
    const ScratchDir scratch;
    std::ostringstream out, err;
    ReportCommandOptions options;
    options.inputPath = "sample.crmw";
    options.outputPath = scratch / "cli.html";
    options.date = "2026-04-02";
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kOk);
    CHECK(contains(readFile(options.outputPath), "<dd>2026-04-02</dd>"));
    CHECK(out.str() == options.outputPath + "\n");

    options.cycleId = "2026";  // by name, like crmw assess
    options.outputPath = scratch / "cli.json";
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kOk);

    options.format = "docx";
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kUsage);
    CHECK(contains(err.str(),
                   "crmw report: unknown format 'docx' (expected pdf, html, json or odt)"));
    options.format = "pdf";
    options.paper = "a5";
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kUsage);
    CHECK(contains(err.str(), "crmw report: unknown paper size 'a5' (expected a4 or letter)"));
    options.paper = "a4";
    options.date = "02/04/2026";
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kUsage);
    CHECK(contains(err.str(),
                   "crmw report: --date '02/04/2026' is not a day in the form YYYY-MM-DD"));
    options.date.clear();
    // A cycle the document does not have: exit 2 and the cycles it has, as on every command.
    options.cycleId = "1999";
    err.str("");
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kUsage);
    CHECK(err.str() == "crmw report: --cycle: no cycle '1999'; this document has: 2026\n");
    options.cycleId.clear();
    options.outputPath = "/nonexistent-dir/r.pdf";
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kFailed);
    options.inputPath = "missing.crmw";
    CHECK(runReportCommand(options, loadTestAssessment, {}, out, err) == kFileRefused);
    CHECK(contains(err.str(), "crmw report: missing.crmw: no such file"));
}

TEST_CASE("crmw report adds the customer data the document holds", "[cli][report][customers]") {
    const ScratchDir scratch;
    ReportCommandOptions options;
    options.inputPath = "test.crmw";
    options.outputPath = scratch / "with-customers.html";
    options.date = "2026-04-02";
    std::ostringstream out, err;
    auto loadLines = [](const std::string&) { return fiveCustomers(); };
    REQUIRE(runReportCommand(options, loadTestAssessment, loadLines, out, err) == kOk);
    const std::string html = readFile(options.outputPath);
    CHECK(contains(html, "Customers by RFM group"));
    CHECK(contains(html, "bring 70% of it"));

    auto noLines = [](const std::string&) { return transactions::TransactionTable{}; };
    REQUIRE(runReportCommand(options, loadTestAssessment, noLines, out, err) == kOk);
    CHECK_FALSE(contains(readFile(options.outputPath), "Customers by RFM group"));
}
