// The facilitator's deliverables in the files: the .odt package (read back with libzip) and the
// PDF (read back with poppler's tools).
#include <catch2/catch.hpp>

#include "deliverables_fixture.h"
#include "pdf_tools.h"
#include "report/odt/odt_writer.h"
#include "report/pdf/write_pdf_report.h"

using namespace crm;
using namespace crm::report;
using namespace crm::report::testing;

TEST_CASE("deliverables: the odt has spans, lists, the sign-off table and the logo",
          "[report][deliverables][odt]") {
    std::string error;
    const auto bytes = renderOdt(deliverablesReport(), {}, &error);
    REQUIRE(bytes);
    const auto files = unzip(*bytes);
    const std::string& content = files.at("content.xml");
    CHECK(contains(content, "<style:style style:name=\"T_Bold\" style:family=\"text\">"));
    CHECK(contains(content,
                   "We agreed on <text:span text:style-name=\"T_Bold\">bold</text:span> "
                   "and <text:span text:style-name=\"T_Italic\">italic</text:span>"));
    CHECK(contains(content,
                   "<text:list text:style-name=\"L_Bullets\">\n<text:list-item><text:p "
                   "text:style-name=\"List_20_Item\">first bullet point</text:p>"));
    CHECK(contains(content,
                   "<text:list text:style-name=\"L_Numbers\">\n<text:list-item><text:p "
                   "text:style-name=\"List_20_Item\">first numbered step</text:p>"));
    CHECK(contains(content, "Keep &lt;script&gt;alert(3)&lt;/script&gt; as text."));
    // The 2 x 1 logo fits 6 cm x 2.5 cm: 6 cm wide, 3 cm high is too high, so 5 cm x 2.5 cm.
    CHECK(contains(content,
                   "draw:name=\"logo\" text:anchor-type=\"as-char\" svg:width=\"5.00cm\" "
                   "svg:height=\"2.50cm\""));
    CHECK(contains(content, "<draw:image xlink:href=\"Pictures/logo.png\""));
    CHECK(files.count("Pictures/logo.png") == 1);
    CHECK(contains(files.at("META-INF/manifest.xml"), "Pictures/logo.png"));
    CHECK(contains(content, "table:style-name=\"SignCell\""));
    CHECK(contains(content, "<text:p text:style-name=\"Table_20_Contents\">Omar Haddad</text:p>"));
    CHECK(contains(files.at("styles.xml"), "Confidential: board members only"));
}

TEST_CASE("deliverables: the PDF prints the narrative, the action totals and the names",
          "[report][deliverables][pdf]") {
    const std::string path = (scratchDir() / "deliverables.pdf").string();
    std::string error;
    REQUIRE(writePdf(deliverablesReport(), path, PdfOptions{}, &error));
    const std::string all = collapseSpaces(runCommand("pdftotext '" + path + "' -"));
    for (const char* text :
         {"We agreed on bold and italic targets.", "first bullet point", "second numbered step",
          "Keep <script>alert(3)</script> as text.", "The room mostly agreed",
          "3 actions: 1 done, 1 in progress, 1 not started; total cost 139,750.75.", "120,000.50",
          "Ada Lindqvist", "Omar Haddad", "Quarterly CRM review", "Board of Harbour Instruments",
          "Thank you all."})
        CHECK(contains(all, text));
    CHECK(pdfImageCount(path) == 1);  // the logo; charts are vectors
    // A PNG logo stays lossless (Qt would store it as JPEG): "image" with encoding "image".
    CHECK(contains(runCommand("pdfimages -list '" + path + "'"), " rgb     3   8  image "));
    // The confidentiality line is in the footer of the last page too.
    const int pages = pdfPageCount(path);
    CHECK(contains(pdfPageText(path, pages), "Confidential: board members only"));
    const std::string toc = collapseSpaces(pdfPageText(path, 2));
    const int planPage = tocPage(toc, "Action plan");
    REQUIRE(planPage > 3);
    const std::string planText = collapseSpaces(pdfPageText(path, planPage));
    CHECK(contains(planText, "Launch the"));  // the rest of the title wraps in its cell
    CHECK(contains(planText, "12,250.25"));
}
