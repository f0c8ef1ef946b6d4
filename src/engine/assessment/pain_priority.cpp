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
            t.addressedPainIds.end())
            r.treatmentIds.push_back(t.id);
    for (const auto& o : cycle.segmentObjectives)
        if (std::find(p.segmentIds.begin(), p.segmentIds.end(), o.segmentId) != p.segmentIds.end())
            r.objectiveIds.push_back(o.id);
    r.status = !r.treatmentIds.empty()   ? PainStatus::AddressedByTreatment
               : !r.objectiveIds.empty() ? PainStatus::AddressedByObjective
                                         : PainStatus::Unaddressed;
    if (!p.severity || !p.frequency || !p.reach) {
        s.reasonCode = code::kPainUnrated;
        s.reason = fmt::format("'{}' lacks a severity, frequency or reach rating", r.description);
        return r;
    }
    s.value = double(*p.severity * *p.frequency * *p.reach);
    return r;
}

void explain(PainPriority& r, std::size_t rated) {
    Score& s = r.priority;
    if (!s.value) return;
    std::string how;
    switch (r.status) {
        case PainStatus::AddressedByTreatment:
            s.reasonCode = code::kPainAddressedByTreatment;
            how = fmt::format("addressed by treatment {}", fmt::join(r.treatmentIds, ", "));
            break;
        case PainStatus::AddressedByObjective:
            s.reasonCode = code::kPainAddressedByObjective;
            how = fmt::format("no treatment lists it; objectives of an affected segment: {}",
                              fmt::join(r.objectiveIds, ", "));
            break;
        case PainStatus::Unaddressed:
            s.reasonCode = code::kPainUnaddressed;
            how = "no treatment or objective of an affected segment addresses it";
            break;
    }
    s.reason = fmt::format("'{}': {} x {} x {} = {}, rank {} of {}{}; {}", r.description,
                           formatNumber(*s.inputs[0].value), formatNumber(*s.inputs[1].value),
                           formatNumber(*s.inputs[2].value), formatNumber(*s.value), r.rank, rated,
                           r.top ? " (top)" : "", how);
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
        t.reason = "No pain point has severity, frequency and reach, so none is ranked";
        return result;
    }
    t.value = 100.0 * double(addressed) / result.topCount;
    t.reasonCode =
        addressed == result.topCount ? code::kTopPainsAllAddressed : code::kTopPainsPartlyAddressed;
    t.reason = fmt::format(
        "{} of the top {} pain points ({}) are addressed by a treatment or an objective", addressed,
        result.topCount, formatPercent(*t.value));
    return result;
}

std::vector<Finding> painFindings(const PainResult& pain) {
    std::vector<Finding> out;
    for (const auto& r : pain.ranked)
        if (r.top && r.status == PainStatus::Unaddressed)
            out.push_back(makeFinding(code::kPainUnaddressed, FindingCategory::Pain, 7, r.painId,
                                      "pain", r.description, {}, r.priority.reason,
                                      *r.priority.value / kMaxPriority));
    return out;
}

}  // namespace crm::assessment
