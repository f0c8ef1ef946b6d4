#pragma once
// The body of content.xml, one function per kind of report part. Styles named here are
// defined in odt_styles.cpp (common ones) and odt_content.cpp (automatic ones).
#include <set>
#include <string>
#include <vector>

#include "report/odt/odt_writer.h"

namespace crm::report::odt {

// content.xml's automatic styles of narratives and sign-offs (odt_deliverables.cpp).
std::string deliverableAutomaticStyles();

class BodyWriter {
  public:
    BodyWriter(const OdtOptions& options, std::vector<OdtPicture>* pictures)
        : options_(options), pictures_(pictures) {}

    void titlePage(const TitlePage& title);
    void contents(const ReportData& report);
    void summary(const ExecutiveSummary& summary);
    void section(const Section& section);
    const std::string& xml() const { return out_; }
    // The table-column styles the tables used: one per relative width.
    std::string columnStyles() const;

    // Visitors of the block variant.
    void operator()(const Paragraph& paragraph);
    void operator()(const KeyValueList& list);
    void operator()(const Table& table);
    void operator()(const FindingList& list);
    void operator()(const Chart& chart);
    void operator()(const RichTextBlock& block);  // odt_deliverables.cpp
    void operator()(const SignOffBlock& block);

    // True once a narrative or sign-off was written: content.xml then needs their styles.
    bool wroteDeliverables() const { return wroteDeliverables_; }

  private:
    void coverLogo(const TitlePage& title);  // odt_deliverables.cpp
    void heading(int level, const std::string& text, const std::string& style = {});
    void paragraph(const std::string& style, const std::string& text);
    void paragraphs(const std::string& style, const std::string& text);  // blank-line separated
    void facts(const std::vector<KeyValue>& items);
    void table(const std::vector<TableColumn>& columns,
               const std::vector<std::vector<std::string>>& rows, bool headerRow);

    const OdtOptions& options_;
    std::vector<OdtPicture>* pictures_;
    std::string out_;
    int tableCount_ = 0;
    std::set<int> columnWidths_;
    bool wroteDeliverables_ = false;
};

}  // namespace crm::report::odt
