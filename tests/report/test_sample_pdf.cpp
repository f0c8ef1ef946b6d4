// The sample workshop's PDF, as `crmw report resources/samples/... --format pdf` writes it.
#include <catch2/catch.hpp>

#include "pdf_tools.h"
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
        CHECK(pdfImageCount(pdf) == 0);
        CHECK(contains(pdfPageText(pdf, 1), "Quillmere Office Supply"));
        CHECK(contains(pdfPageText(pdf, 3), "Executive summary"));
        CHECK(contains(pdfPageText(pdf, 4), "1 Business strategy"));  // the summary is one page
        const std::string toc = collapseSpaces(pdfPageText(pdf, 2));
        for (const auto& heading : kSectionTitles) {
            INFO(heading);
            const int page = tocPage(toc, heading);
            REQUIRE(page > 3);
            const std::string text = collapseSpaces(pdfPageText(pdf, page));
            CHECK(contains(text, heading));
            CHECK(contains(text, "Page " + std::to_string(page) + " of " + std::to_string(pages)));
        }
        const std::string all = runCommand("pdftotext '" + pdf + "' -");
        for (const char* label : {"Maturity today and targeted", "Importance to customers",
                                  "% of the way from baseline to target", "Revenue by segment",
                                  "Largest capability gaps"})
            CHECK(contains(all, label));
    }
}
