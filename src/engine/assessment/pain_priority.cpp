#include "engine/assessment/pain_priority.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::string_view painStatusKey(PainStatus status) {
    switch (status) {
        case PainStatus::AddressedByTreatment:
            return "treatment";
        case PainStatus::AddressedByObjective:
            return "objective";
        case PainStatus::Unaddressed:
            return "unaddressed";
    }
    return "unaddressed";
}

namespace {

constexpr double kMaxPriority = 5.0 * 5.0 * 5.0;

PainPriority scoreOne(const Cycle& cycle, const PainPoint& p) {
    PainPriority r;
    r.painId = p.id;
    r.description = nameOrId(p.description, p.id);
    r.voice = p.voice;
    Score& s = r.priority;
    s.unit = "1-125";
    s.step = 3;
    s.itemId = p.id;
    auto asDouble = [](const auto& v) {
        return v ? std::optional<double>(double(*v)) : std::nullopt;
    };
    s.inputs.push_back({"severity", asDouble(p.severity), p.id});
    s.inputs.push_back({"frequency", asDouble(p.frequency), p.id});
    s.inputs.push_back({"reach", asDouble(p.reach), p.id});
    for (const auto& t : cycle.treatments)
        if (std::find(t.addressedPainIds.begin(), t.addressedPainIds.end(), p.id) !=
            t.addressedPainIds.end()) {
            r.treatmentIds.push_back(t.id);
            r.treatmentNames.push_back(t.id);
            for (const auto& s : cycle.segments)
                if (s.id == t.segmentId) r.treatmentNames.back() = nameOrId(s.name, t.id);
        }
    for (const auto& o : cycle.segmentObjectives)
        if (std::find(p.segmentIds.begin(), p.segmentIds.end(), o.segmentId) !=
            p.segmentIds.end()) {
            r.objectiveIds.push_back(o.id);
            r.objectiveNames.push_back(nameOrId(o.description, o.id));
        }
    r.status = !r.treatmentIds.empty()   ? PainStatus::AddressedByTreatment
               : !r.objectiveIds.empty() ? PainStatus::AddressedByObjective
                                         : PainStatus::Unaddressed;
    if (!p.severity || !p.frequency || !p.reach) {
        s.reasonCode = code::kPainUnrated;
        setReason(s, text::phrase("'{0}' lacks a severity, frequency or reach rating",
                                  text::userText(r.description)));
        return r;
    }
    s.value = double(*p.severity * *p.frequency * *p.reach);
    return r;
}

text::PhraseArg quotedNames(const std::vector<std::string>& names) {
    std::vector<text::Phrase> quoted;
    for (const auto& n : names) quoted.push_back(text::phrase("'{0}'", text::userText(n)));
    return text::list(std::move(quoted), text::PhraseArg::Joiner::Comma);
}

void explain(PainPriority& r, std::size_t rated) {
    Score& s = r.priority;
    if (!s.value) return;
    const auto rank = r.top ? text::phrase("rank {0} of {1} (top)", text::count(r.rank),
                                           text::count(static_cast<long long>(rated)))
                            : text::phrase("rank {0} of {1}", text::count(r.rank),
                                           text::count(static_cast<long long>(rated)));
    const auto name = text::userText(r.description);
    const auto severity = text::number(*s.inputs[0].value);
    const auto frequency = text::number(*s.inputs[1].value);
    const auto reach = text::number(*s.inputs[2].value);
    const auto priority = text::number(*s.value);
    switch (r.status) {
        case PainStatus::AddressedByTreatment:
            s.reasonCode = code::kPainAddressedByTreatment;
            setReason(s, text::phrasePlural(
                             "'{0}': {1} x {2} x {3} = {4}, {5}; addressed by treatment {6}",
                             "'{0}': {1} x {2} x {3} = {4}, {5}; addressed by treatments {6}",
                             static_cast<long long>(r.treatmentNames.size()), name, severity,
                             frequency, reach, priority, rank, quotedNames(r.treatmentNames)));
            break;
        case PainStatus::AddressedByObjective:
            s.reasonCode = code::kPainAddressedByObjective;
            setReason(s, text::phrase("'{0}': {1} x {2} x {3} = {4}, {5}; no treatment lists it; "
                                      "objectives of an affected segment: {6}",
                                      name, severity, frequency, reach, priority, rank,
                                      quotedNames(r.objectiveNames)));
            break;
        case PainStatus::Unaddressed:
            s.reasonCode = code::kPainUnaddressed;
            setReason(s, text::phrase("'{0}': {1} x {2} x {3} = {4}, {5}; no treatment or "
                                      "objective of an affected segment addresses it",
                                      name, severity, frequency, reach, priority, rank));
            break;
    }
}

}  // namespace

PainResult scorePainPriority(const Cycle& cycle, const MethodologyProfile& profile) {
    PainResult result;
    for (const auto& p : cycle.painPoints) result.ranked.push_back(scoreOne(cycle, p));
    std::stable_sort(result.ranked.begin(), result.ranked.end(),
                     [](const PainPriority& a, const PainPriority& b) {
                         const auto& x = a.priority.value;
                         const auto& y = b.priority.value;
                         if (x.has_value() != y.has_value()) return x.has_value();
                         return x && *x > *y;
                     });
    const double wanted = std::max(0.0, std::floor(profile.value("pain.top_count")));
    std::size_t rated = 0;
    for (auto& r : result.ranked)
        if (r.priority.known()) {
            r.rank = int(++rated);
            r.top = double(rated) <= wanted;
            if (r.top) ++result.topCount;
        }
    for (auto& r : result.ranked) explain(r, rated);

    Score& t = result.topAddressed;
    t.unit = "%";
    t.step = 3;
    t.itemId = cycle.id;
    t.inputs.push_back(profileInput(profile, "pain.top_count"));
    const auto addressed = std::count_if(
        result.ranked.begin(), result.ranked.end(),
        [](const PainPriority& r) { return r.top && r.status != PainStatus::Unaddressed; });
    t.inputs.push_back({"top pain points addressed", double(addressed), cycle.id});
    t.inputs.push_back({"top pain points", double(result.topCount), cycle.id});
    if (result.topCount == 0) {
        t.reasonCode = code::kNoRatedPains;
        setReason(
            t, text::phrase("No pain point has severity, frequency and reach, so none is ranked"));
        return result;
    }
    t.value = 100.0 * double(addressed) / result.topCount;
    t.reasonCode =
        addressed == result.topCount ? code::kTopPainsAllAddressed : code::kTopPainsPartlyAddressed;
    setReason(t,
              text::phrasePlural(
                  "{0} of the top {1} pain point ({2}) is addressed by a treatment or an objective",
                  "{0} of the top {1} pain points ({2}) are addressed by a treatment or an "
                  "objective",
                  static_cast<long long>(result.topCount), text::count(addressed),
                  text::count(static_cast<long long>(result.topCount)), text::percent(*t.value)));
    return result;
}

std::vector<Finding> painFindings(const PainResult& pain) {
    std::vector<Finding> out;
    for (const auto& r : pain.ranked)
        if (r.top && r.status == PainStatus::Unaddressed)
            out.push_back(makeFinding(code::kPainUnaddressed, FindingCategory::Pain, 7, r.painId,
                                      "pain", r.description, {}, r.priority.reasonPhrase,
                                      *r.priority.value / kMaxPriority));
    return out;
}

}  // namespace crm::assessment
