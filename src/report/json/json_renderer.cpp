#include "report/json/json_renderer.h"

#include <nlohmann/json.hpp>

#include <span>

#include "engine/deliverables/logo_image.h"
#include "report/charts/chart_style.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

using Json = nlohmann::ordered_json;  // keeps insertion order: the documented order

std::string ragKey(Rag rag) { return std::string(chart_style::ragKey(rag)); }

std::string alignKey(Align align) {
    switch (align) {
        case Align::Left:
            return "left";
        case Align::Right:
            return "right";
        case Align::Center:
            return "center";
    }
    return "left";
}

Json optionalNumber(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

Json keyValues(const std::vector<KeyValue>& items) {
    Json out = Json::array();
    for (const auto& kv : items) out.push_back(Json{{"key", kv.key}, {"value", kv.value}});
    return out;
}

struct ChartToJson {
    Json operator()(const RadarChart& c) const {
        Json series = Json::array();
        for (const auto& s : c.series) {
            Json values = Json::array();
            for (const auto& v : s.values) values.push_back(optionalNumber(v));
            series.push_back(Json{{"name", s.name}, {"values", values}, {"dashed", s.dashed}});
        }
        return Json{{"kind", "radar"},           {"title", c.title},  {"axes", c.axes},
                    {"series", series},          {"min", c.minValue}, {"max", c.maxValue},
                    {"scaleLabel", c.scaleLabel}};
    }
    Json operator()(const BarChart& c) const {
        Json bars = Json::array();
        for (const auto& b : c.bars)
            bars.push_back(Json{{"label", b.label},
                                {"value", b.value},
                                {"valueText", b.valueText},
                                {"rag", ragKey(b.rag)}});
        Json legend = Json::array();
        for (const auto& l : c.legend)
            legend.push_back(Json{{"label", l.label}, {"rag", ragKey(l.rag)}});
        return Json{{"kind", "bars"},
                    {"title", c.title},
                    {"valueAxisLabel", c.valueAxisLabel},
                    {"ragColours", c.ragColours},
                    {"bars", bars},
                    {"legend", legend},
                    {"referenceValue", optionalNumber(c.referenceValue)},
                    {"referenceLabel", c.referenceLabel},
                    {"axisMax", optionalNumber(c.axisMax)},
                    {"percent", c.percentTicks}};
    }
    Json operator()(const QuadrantChart& c) const {
        Json points = Json::array();
        for (const auto& p : c.points)
            points.push_back(Json{{"label", p.label}, {"x", p.x}, {"y", p.y}, {"group", p.group}});
        return Json{{"kind", "quadrant"},
                    {"title", c.title},
                    {"xLabel", c.xLabel},
                    {"yLabel", c.yLabel},
                    {"min", c.minValue},
                    {"max", c.maxValue},
                    {"midpoint", c.midpoint},
                    {"groups", c.groups},
                    {"points", points},
                    {"quadrants", Json{{"concentrateHere", c.concentrateHere},
                                       {"keepUp", c.keepUp},
                                       {"possibleOverkill", c.possibleOverkill},
                                       {"lowPriority", c.lowPriority}}}};
    }
    Json operator()(const LorenzChart& c) const {
        Json points = Json::array();
        for (const auto& p : c.points) points.push_back(Json::array({p.x, p.y}));
        return Json{{"kind", "lorenz"},   {"title", c.title}, {"xLabel", c.xLabel},
                    {"yLabel", c.yLabel}, {"points", points}, {"notes", c.notes}};
    }
    Json operator()(const LineChart& c) const {
        Json series = Json::array();
        for (const auto& line : c.series) {
            Json points = Json::array();
            for (const auto& p : line.points) points.push_back(Json::array({p.x, p.y}));
            series.push_back(Json{{"name", line.name}, {"points", points}});
        }
        Json j{{"kind", "lines"},    {"title", c.title}, {"xLabel", c.xLabel},
               {"yLabel", c.yLabel}, {"series", series}, {"xTickLabels", c.xTickLabels}};
        if (c.markerX) j["marker"] = Json{{"x", *c.markerX}, {"label", c.markerLabel}};
        return j;
    }
    Json operator()(const BandScale& c) const {
        return Json{{"kind", "bands"},
                    {"title", c.title},
                    {"bands", c.bands},
                    {"edges", c.edges},
                    {"min", c.minValue},
                    {"max", c.maxValue},
                    {"value", optionalNumber(c.value)},
                    {"valueText", c.valueText}};
    }
};

Json chartJson(const Chart& chart) {
    return Json{{"type", "chart"},
                {"caption", chart.caption},
                {"chart", std::visit(ChartToJson{}, chart.spec)}};
}

std::string richKindKey(deliverables::RichBlockKind kind) {
    switch (kind) {
        case deliverables::RichBlockKind::Bullet:
            return "bullet";
        case deliverables::RichBlockKind::Numbered:
            return "numbered";
        case deliverables::RichBlockKind::Paragraph:
            return "paragraph";
    }
    return "paragraph";
}

// The Markdown as typed and its parsed blocks, so a reader need not parse Markdown.
Json richTextJson(const RichTextBlock& r) {
    Json blocks = Json::array();
    for (const auto& b : r.text) {
        Json runs = Json::array();
        for (const auto& run : b.runs)
            runs.push_back(Json{{"text", run.text}, {"bold", run.bold}, {"italic", run.italic}});
        Json block{{"kind", richKindKey(b.kind)}};
        if (b.kind == deliverables::RichBlockKind::Numbered) block["number"] = b.number;
        block["runs"] = runs;
        blocks.push_back(block);
    }
    return Json{
        {"type", "richText"}, {"heading", r.heading}, {"markdown", r.source}, {"blocks", blocks}};
}

struct BlockToJson {
    Json operator()(const Paragraph& p) const {
        return Json{{"type", "paragraph"}, {"heading", p.heading}, {"text", p.text}};
    }
    Json operator()(const KeyValueList& l) const {
        return Json{{"type", "keyValues"}, {"heading", l.heading}, {"items", keyValues(l.items)}};
    }
    Json operator()(const Table& t) const {
        Json columns = Json::array();
        for (const auto& c : t.columns)
            columns.push_back(Json{{"header", c.header}, {"align", alignKey(c.align)}});
        return Json{{"type", "table"},
                    {"heading", t.heading},
                    {"columns", columns},
                    {"rows", t.rows},
                    {"emptyText", t.emptyText}};
    }
    Json operator()(const FindingList& l) const {
        Json items = Json::array();
        for (const auto& f : l.items)
            items.push_back(Json{{"rag", ragKey(f.rag)}, {"title", f.title}, {"detail", f.detail}});
        Json key = Json::array();
        for (const auto& k : l.key) key.push_back(Json{{"rag", ragKey(k.rag)}, {"label", k.label}});
        return Json{{"type", "findings"},
                    {"heading", l.heading},
                    {"items", items},
                    {"emptyText", l.emptyText},
                    {"key", key}};
    }
    Json operator()(const Chart& c) const { return chartJson(c); }
    Json operator()(const RichTextBlock& r) const { return richTextJson(r); }
    Json operator()(const SignOffBlock& b) const {
        Json people = Json::array();
        for (const auto& p : b.people)
            people.push_back(Json{{"name", p.name}, {"role", p.role}, {"date", p.date}});
        return Json{{"type", "signOff"}, {"heading", b.heading}, {"people", people}};
    }
};

// Only reports whose cycle has a cover get the key: older readers see the same document.
void addCover(Json& title, const TitlePage& t) {
    if (t.preparedFor.empty() && t.preparedBy.empty() && t.confidentiality.empty() && !t.logo)
        return;
    Json logo(nullptr);
    if (t.logo) {
        const auto* data = reinterpret_cast<const unsigned char*>(t.logo->bytes.data());
        logo = Json{{"mimeType", t.logo->mimeType},
                    {"width", t.logo->width},
                    {"height", t.logo->height},
                    {"dataUri", "data:" + t.logo->mimeType + ";base64," +
                                    deliverables::base64Encode(std::span<const unsigned char>(
                                        data, t.logo->bytes.size()))}};
    }
    title["cover"] = Json{{"preparedFor", t.preparedFor},
                          {"preparedBy", t.preparedBy},
                          {"confidentiality", t.confidentiality},
                          {"logo", logo}};
}

Json titleJson(const TitlePage& t) {
    Json title{{"reportTitle", t.reportTitle},
               {"company", t.company},
               {"industry", t.industry},
               {"facilitator", t.facilitator},
               {"currency", t.currency},
               {"cycleName", t.cycleName},
               {"cycleId", t.cycleId},
               {"assessmentDate", t.assessmentDate},
               {"reportDate", t.reportDate},
               {"profile", Json{{"name", t.profileName}, {"hash", t.profileHash}}}};
    addCover(title, t);
    return title;
}

Json summaryJson(const ExecutiveSummary& s) {
    Json gaps = Json::array(), recommendations = Json::array(), offTrack = Json::array();
    for (const auto& g : s.topGaps)
        gaps.push_back(Json{{"capability", g.capability},
                            {"current", g.current},
                            {"target", g.target},
                            {"score", g.score},
                            {"reason", g.reason}});
    for (const auto& r : s.topRecommendations)
        recommendations.push_back(
            Json{{"action", r.action}, {"cause", r.cause}, {"impact", r.impact}});
    for (const auto& m : s.offTrackMetrics)
        offTrack.push_back(Json{{"name", m.name},
                                {"rag", ragKey(m.rag)},
                                {"status", m.status},
                                {"progress", m.progress},
                                {"reason", m.reason}});
    Json summary{{"scored", s.scored},
                 {"maturity", Json{{"level", s.maturityLevel},
                                   {"index", s.maturityIndex},
                                   {"indexValue", optionalNumber(s.maturityIndexValue)},
                                   {"reason", s.maturityReason}}},
                 {"headlineFigures", keyValues(s.headlineFigures)},
                 {"topGaps", gaps},
                 {"topRecommendations", recommendations},
                 {"offTrackMetrics", offTrack},
                 {"chart", s.chart ? chartJson(*s.chart) : Json(nullptr)},
                 {"note", s.note}};
    if (!s.narratives.empty()) {
        Json narratives = Json::array();
        for (const auto& n : s.narratives) narratives.push_back(richTextJson(n));
        summary["narratives"] = narratives;
    }
    return summary;
}

}  // namespace

std::string renderJson(const ReportData& report) {
    const ReportLanguage language(report.language);
    Json sections = Json::array();
    for (const auto& s : report.sections) {
        Json blocks = Json::array();
        for (const auto& b : s.blocks) blocks.push_back(std::visit(BlockToJson{}, b));
        sections.push_back(Json{{"id", s.id},
                                {"number", s.number},
                                {"title", s.title},
                                {"lead", s.lead},
                                {"blocks", blocks}});
    }
    Json doc{{"format", "crmw-report"},
             {"version", kReportJsonVersion},
             {"title", titleJson(report.title)},
             {"summary", summaryJson(report.summary)},
             {"sections", sections}};
    // Invalid UTF-8 in user text is replaced rather than thrown: a report must always come out.
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace crm::report
