// The sample workshop's PDF, as `crmw report resources/samples/... --format pdf` writes it.
#include <catch2/catch.hpp>

#include <regex>

#include "engine/transactions/transaction_parser.h"
#include "pdf_tools.h"
#include "report/builder/report_builder.h"
#include "report/pdf/write_pdf_report.h"
#include "sample_workshop.h"

using namespace crm::report;
using namespace crm::report::testing;

namespace {

std::string writeSamplePdf(PaperSize paper, const std::string& name) {
    const std::string path = (scratchDir() / name).string();
    std::string error;
    REQUIRE(writeReport(loadSampleWorkshop(), "", ReportFormat::Pdf, paper, path, kSampleReportDate,
                        &error));
    return path;
}

}  // namespace

TEST_CASE("sample workshop PDF: every section on its contents page, numbered, vector charts",
          "[report][pdf][sample]") {
    for (auto [paper, name] :
         {std::pair{PaperSize::A4, "sample-a4.pdf"}, {PaperSize::Letter, "sample-letter.pdf"}}) {
        const std::string pdf = writeSamplePdf(paper, name);
        const int pages = pdfPageCount(pdf);
        INFO(name << ", " << pages << " pages");
        CHECK(pages > 20);
        CHECK(pdfImageCount(pdf) == 1);  // the cover's logo; charts are vectors
        const std::string cover = collapseSpaces(pdfPageText(pdf, 1));
        // The sample's company block (scripts/make_sample.py): all four properties on the cover.
        CHECK(contains(cover, "Quillmere Office Supply"));
        CHECK(contains(cover, "Business-to-business office supplies distribution (regional)"));
        CHECK(contains(cover, "Ingrid Castellano"));
        CHECK(contains(cover, "EUR (Euro)"));
        CHECK(contains(pdfPageText(pdf, 3), "Executive summary"));
        // The summary is one page; the facilitator's note on it sits below the contents.
        CHECK(contains(pdfPageText(pdf, 2), "Facilitator's note"));
        CHECK(contains(pdfPageText(pdf, 2), "keep the accounts we have"));
        CHECK(contains(pdfPageText(pdf, 4), "1 Business strategy"));
        const std::string toc = collapseSpaces(pdfPageText(pdf, 2));
        for (const auto& heading : kSectionTitles) {
            INFO(heading);
            const int page = tocPage(toc, heading);
            REQUIRE(page > 3);
            const std::string text = collapseSpaces(pdfPageText(pdf, page));
            CHECK(contains(text, heading));
            CHECK(contains(text, "Page " + std::to_string(page) + " of " + std::to_string(pages)));
        }
        // The workshop room of the sample (make_sample.py, add_workshop_room) shows every
        // section the product can produce.
        for (const char* heading :
             {"What changed since 2025", "Where the room disagreed", "Parking lot", "Action plan",
              "B Milestones in full", "C Evidence and notes", "Closing and sign-off"}) {
            INFO(heading);
            CHECK(tocPage(toc, heading) > 3);
        }
        const std::string all = runCommand("pdftotext '" + pdf + "' -");
        for (const char* label : {"Maturity today and targeted", "Importance to customers",
                                  "% of the way from baseline to target", "Revenue by segment",
                                  "Largest capability gaps", "Revenue (EUR)"})
            CHECK(contains(all, label));
        // Lines joined: a table cell or a paragraph may wrap anywhere.
        const std::string flat = std::regex_replace(all, std::regex("\\s+"), " ");
        // 6 + 5 + 5 + 6 + 5 ratings of five items by six participants (make_sample.py).
        for (const char* label : {"6 participants gave 27 individual ratings",
                                  "Marked not applicable (left out of every score)",
                                  "Average handle time: No longer steered on"})
            CHECK(contains(flat, label));
    }
}

TEST_CASE("sample workshop PDF with its transactions: customer data in step 6, what changed",
          "[report][pdf][sample][customers]") {
    namespace tx = crm::transactions;
    tx::ImportOptions options;
    options.mapping.customer = tx::ColumnRef::byName("customer_id");
    options.mapping.date = tx::ColumnRef::byName("date");
    options.mapping.amount = tx::ColumnRef::byName("amount");
    options.mapping.quantity = tx::ColumnRef::byName("quantity");
    options.mapping.cost = tx::ColumnRef::byName("cost");
    options.mapping.segment = tx::ColumnRef::byName("segment");
    const tx::ImportResult lines =
        tx::parseTransactionsFile(SAMPLES_DIR "/quillmere-transactions.csv", options);
    REQUIRE(lines.status == tx::ImportStatus::Ok);
    const auto sample = loadSampleWorkshop();
    const auto customers = analyzeForReport(lines.table, sample.profile);
    REQUIRE(customers);
    const std::string path = (scratchDir() / "sample-customers-a4.pdf").string();
    std::string error;
    REQUIRE(writeReport(sample, "", ReportFormat::Pdf, PaperSize::A4, path, kSampleReportDate,
                        &*customers, &error));
    CHECK(pdfImageCount(path) == 1);  // the logo
    const std::string all = collapseSpaces(runCommand("pdftotext '" + path + "' -"));
    for (const char* label : {"What changed since 2025", "Current maturity in both cycles",
                              "Customers by RFM group", "The top 20% of customers by net value",
                              "Share of customers (lowest value first)", "Lifetime value"})
        CHECK(contains(all, label));
}
