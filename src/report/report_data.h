#pragma once
// The one report model. The builder fills it from the assessment and the engine's scores;
// the HTML, JSON and PDF renderers only lay it out. Every number is already text here
// (formatted without locale) except chart data, which charts need as numbers.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/deliverables/rich_text.h"
#include "report/charts/chart_spec.h"

namespace crm::report {

struct Paragraph {
    std::string heading{};  // optional sub-heading
    std::string text{};     // user text; blank lines separate paragraphs
};

struct KeyValue {
    std::string key{};
    std::string value{};
};
struct KeyValueList {
    std::string heading{};
    std::vector<KeyValue> items{};
};

enum class Align { Left, Right, Center };
struct TableColumn {
    std::string header{};
    Align align = Align::Left;
};
struct Table {
    std::string heading{};
    std::vector<TableColumn> columns{};
    std::vector<std::vector<std::string>> rows{};  // each row has one cell per column
    std::string emptyText = "Nothing entered.";    // shown instead of an empty table
};

struct Finding {
    Rag rag = Rag::None;
    std::string title{};
    std::string detail{};
};
struct FindingList {
    std::string heading{};
    std::vector<Finding> items{};
    std::string emptyText{};
    std::vector<LegendEntry> key{};  // what each dot colour means, for those used
};

struct Chart {
    std::string caption{};  // one sentence on how to read it
    ChartSpec spec{};
};

// The facilitator's own words: the Markdown subset as typed and its parsed blocks.
struct RichTextBlock {
    std::string heading{};  // "Facilitator's note"
    std::string source{};   // as typed (deliverables/rich_text.h)
    deliverables::RichText text{};
};

// People who sign the report, each with a blank line to sign on.
struct Signatory {
    std::string name{};
    std::string role{};
    std::string date{};  // "2026-04-02", or "" to be filled in by hand
};
struct SignOffBlock {
    std::string heading{};
    std::vector<Signatory> people{};
};

using Block =
    std::variant<Paragraph, KeyValueList, Table, FindingList, Chart, RichTextBlock, SignOffBlock>;

struct Section {
    std::string id{};      // stable anchor: "step-1" .. "step-10", "recommendations", "methodology"
    std::string number{};  // "1".."10", "A" for the appendix, empty otherwise
    std::string title{};
    std::string lead{};  // one or two sentences on what the section answers
    std::vector<Block> blocks{};
};

struct Logo {
    std::string mimeType{};  // "image/png" or "image/jpeg"
    std::string bytes{};
    int width = 0;  // pixels
    int height = 0;
};

struct TitlePage {
    std::string reportTitle = "CRM strategy report";  // the builder writes it translated
    std::string company{};
    std::string industry{};
    std::string facilitator{};
    std::string currency{};  // ISO 4217 code of every amount; empty when the document has none
    std::string cycleName{};
    std::string cycleId{};
    std::string assessmentDate{};  // the day milestones were judged against
    std::string reportDate{};      // the day the report was made (passed in, never the clock)
    std::string profileName{};
    std::string profileHash{};
    // From the cycle's cover; empty when not set.
    std::string preparedFor{};
    std::string preparedBy{};
    std::string confidentiality{};  // also in every page's footer
    std::optional<Logo> logo{};
    // Below the profile's completeness threshold the report is a draft: every page says so,
    // and draftNote says what is missing.
    bool draft = false;
    std::string draftNote{};
};

struct SummaryGap {
    std::string capability{};
    std::string current{};  // "2"
    std::string target{};   // "4"
    std::string score{};    // weighted gap, "8.0"
    std::string reason{};
};
struct SummaryRecommendation {
    std::string action{};  // what to do
    std::string cause{};   // the finding it comes from
    std::string impact{};  // "High", "Medium", "Low"
};
struct SummaryMetric {
    std::string name{};
    Rag rag = Rag::None;
    std::string status{};    // "Off track"
    std::string progress{};  // "17% of the way from baseline to target"
    std::string reason{};
};

struct ExecutiveSummary {
    bool scored = false;          // false until the assessment engine's scores are available
    std::string maturityLevel{};  // "Practicing"
    std::string maturityIndex{};  // "43.8"
    std::optional<double> maturityIndexValue{};  // for JSON readers and gauges
    std::string maturityReason{};
    std::vector<KeyValue> headlineFigures{};                  // NPS, CSAT, completeness, ...
    std::vector<SummaryGap> topGaps{};                        // at most 3
    std::vector<SummaryRecommendation> topRecommendations{};  // at most 3
    std::vector<SummaryMetric> offTrackMetrics{};
    // Said when a list is empty: a statement of absence only where data supports it.
    std::string gapsEmptyText{};
    std::string metricsEmptyText{};
    std::string moreOffTrack{};  // "4 more metrics are off track: section 8 lists them all."
    std::optional<Chart> chart{};
    std::string note{};                       // what is missing, when something is
    std::vector<RichTextBlock> narratives{};  // the facilitator's, shown after the heading
};

// The full report, or the two-page executive brief (no contents, no summary page).
enum class ReportKind { Full, Brief };

struct ReportData {
    ReportKind kind = ReportKind::Full;
    std::string language = "en";  // its words and numbers are in this language (report_text.h)
    TitlePage title;
    ExecutiveSummary summary;
    std::vector<Section> sections{};  // steps 1-10, action plan, recommendations, appendices,
                                      // sign-off
};

}  // namespace crm::report
