#include "report/builder/build_context.h"

#include <algorithm>

#include "engine/assessment/completeness.h"
#include "engine/model/descriptor.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

// The first non-empty naming field of an item, in full (validation's caption is cut at 40).
std::string fullCaption(const EntityDescriptor& d, const Entity& entity) {
    for (std::string_view key :
         {"name", "description", "attribute", "text", "what_to_learn", "work_plan"})
        if (const auto* f = d.field(key)) {
            auto text = displayText(f->get(entity));
            if (!text.empty()) return text;
        }
    return entity.id;
}

template <class T>
const T* findById(const std::vector<T>& items, EntityId T::*member, const EntityId& id) {
    for (const auto& item : items)
        if (item.*member == id) return &item;
    return nullptr;
}

}  // namespace

std::string formatFigure(double value, const std::string& unit) {
    if (unit == "%") return formatPercentShort(value, 1);
    if (unit == "points" || unit == "pts")
        return value == 1.0 ? reportFormat("{0} point", formatValue(value, 1))
                            : reportFormat("{0} points", formatValue(value, 1));
    return formatValue(value, 1);  // ranges such as "0-100" describe the scale, not a unit
}

BuildContext::BuildContext(const Assessment& a, const Cycle& c, const ReportScores* s)
    : assessment(a), cycle(c), scores(s) {
    for (const auto* d : entityDescriptors()) {
        if (d->singleton) continue;
        for (std::size_t i = 0; i < d->count(cycle); ++i) {
            const Entity& e = d->at(cycle, i);
            names_[e.id] = fullCaption(*d, e);
        }
    }
}

std::string BuildContext::nameOf(const EntityId& id) const {
    auto it = names_.find(id);
    return it == names_.end() ? id : it->second;
}

std::string BuildContext::namesOf(const std::vector<EntityId>& ids) const {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + nameOf(id);
    return out;
}

const SegmentScore* BuildContext::segmentScore(const EntityId& id) const {
    return scores ? findById(scores->segments, &SegmentScore::segmentId, id) : nullptr;
}
const PainScore* BuildContext::painScore(const EntityId& id) const {
    return scores ? findById(scores->pains, &PainScore::painId, id) : nullptr;
}
const AttainmentScore* BuildContext::attainment(const EntityId& id) const {
    return scores ? findById(scores->attainment, &AttainmentScore::itemId, id) : nullptr;
}
const CapabilityGapScore* BuildContext::gap(const EntityId& id) const {
    return scores ? findById(scores->gaps, &CapabilityGapScore::capabilityId, id) : nullptr;
}
std::string BuildContext::quadrantOf(const EntityId& attributeId) const {
    if (!scores) return {};
    const auto* q = findById(scores->quadrants, &QuadrantScore::attributeId, attributeId);
    return q ? q->quadrant : std::string{};
}

std::optional<KeyValueList> BuildContext::figuresOfStep(int step, std::string heading) const {
    if (!scores) return std::nullopt;
    KeyValueList list{std::move(heading), {}};
    for (const auto& f : scores->figures) {
        if (f.step != step) continue;
        std::string value = f.value ? formatFigure(*f.value, f.unit) : reportText("not computed");
        if (!f.reason.empty()) value += " \u2014 " + f.reason;
        list.items.push_back({f.label, std::move(value)});
    }
    if (list.items.empty()) return std::nullopt;
    return list;
}

std::optional<FindingList> BuildContext::findingsOfStep(int step) const {
    if (!scores) return std::nullopt;
    FindingList list{reportText("What the assessment found"), {}, {}};
    for (const auto& f : scores->findings)
        if (f.step == step) list.items.push_back({f.rag, f.title, f.detail});
    if (list.items.empty()) return std::nullopt;
    list.key = findingKey(list.items, reportText("Serious: act on it first"),
                          reportText("Worth attention"));
    return list;
}

std::vector<LegendEntry> findingKey(const std::vector<Finding>& items, std::string_view red,
                                    std::string_view amber, std::string_view green) {
    std::vector<LegendEntry> key;
    // The default green meaning is the English literal; it is translated here.
    const std::string greenText = green == "On track" ? reportText("On track") : std::string(green);
    for (auto [rag, meaning] :
         {std::pair{Rag::Red, red}, {Rag::Amber, amber}, {Rag::Green, std::string_view(greenText)}})
        if (std::any_of(items.begin(), items.end(), [&](const Finding& f) { return f.rag == rag; }))
            key.push_back({std::string(meaning), rag});
    return key;
}

std::string withUnit(const std::optional<double>& value, const std::string& unit) {
    if (!value) return {};
    if (unit.empty()) return formatValue(*value);
    return unit == "%" ? withPercentSign(formatValue(*value)) : formatValue(*value) + " " + unit;
}

Section stepSection(int step, std::string title, std::string lead) {
    return Section{"step-" + std::to_string(step),
                   std::to_string(step),
                   std::move(title),
                   std::move(lead),
                   {}};
}

}  // namespace crm::report

namespace crm::report {

std::optional<double> BuildContext::completeness() const {
    return scores ? scores->completenessPct : std::nullopt;
}

bool BuildContext::isDraft() const {
    const double threshold = assessment.profile.value("report.draft_below_completeness");
    const std::optional<double> done = completeness();
    return !done || *done < threshold;
}

std::string BuildContext::missingInWords() const {
    const double threshold = assessment.profile.value("report.draft_below_completeness");
    const std::optional<double> done = completeness();
    std::string text = done
                           ? reportFormat(
                                 "This report is a draft: its inputs are {0} complete, and a final "
                                 "report needs {1}.",
                                 formatPercent(*done, 0), formatPercent(threshold, 0))
                           : reportText("This report is a draft: its inputs have not been scored.");
    if (!scores) return text;
    std::string empty, partial;
    for (const auto& step : scores->completeness) {
        if (step.step < 1 || step.step > 10 || !step.percent || *step.percent >= 100.0) continue;
        const std::string name =
            std::to_string(step.step) + " " + assessmentText(assessment::stepTitle(step.step));
        if (*step.percent <= 0.0)
            empty += (empty.empty() ? "" : ", ") + name;
        else
            partial +=
                (partial.empty() ? "" : ", ") + name + " (" + formatPercent(*step.percent, 0) + ")";
    }
    if (!empty.empty()) text += " " + reportFormat("Steps with nothing entered yet: {0}.", empty);
    if (!partial.empty()) text += " " + reportFormat("Steps partly done: {0}.", partial);
    return text;
}

bool BuildContext::metricsJudged() const {
    if (!scores) return false;
    return std::any_of(scores->attainment.begin(), scores->attainment.end(),
                       [](const AttainmentScore& a) { return a.rag != Rag::None; });
}

bool BuildContext::gapsJudged() const {
    return std::any_of(cycle.capabilities.begin(), cycle.capabilities.end(),
                       [](const CapabilityRating& c) { return c.current && c.target; });
}

}  // namespace crm::report
