#include "engine/assessment/segment_priority.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

namespace {

struct CriterionNames {
    std::string_view key;    // the profile's weight segment.weight.<key>, and JSON keys
    std::string_view label;  // in sentences
};

CriterionNames namesOf(SegmentCriterion criterion) {
    switch (criterion) {
        case SegmentCriterion::Size:
            return {"size", text::englishTerm("size")};
        case SegmentCriterion::Revenue:
            return {"revenue", text::englishTerm("revenue")};
        case SegmentCriterion::Margin:
            return {"margin", text::englishTerm("margin")};
        case SegmentCriterion::Growth:
            return {"growth", text::englishTerm("growth")};
        case SegmentCriterion::Fit:
            return {"fit", text::englishTerm("strategic fit")};
        case SegmentCriterion::Value:
            return {"value", text::englishTerm("customer value")};
    }
    return {"size", "size"};
}

}  // namespace

std::string_view criterionKey(SegmentCriterion criterion) { return namesOf(criterion).key; }

std::string_view criterionLabel(SegmentCriterion criterion) { return namesOf(criterion).label; }

std::string_view tierKey(Tier tier) {
    switch (tier) {
        case Tier::A:
            return "A";
        case Tier::B:
            return "B";
        case Tier::C:
            return "C";
        case Tier::Unrated:
            return "unrated";
    }
    return "unrated";
}

namespace {

std::optional<double> rawValue(const Segment& s, SegmentCriterion c) {
    auto toDouble = [](const auto& v) -> std::optional<double> {
        if (!v) return std::nullopt;
        if constexpr (std::is_same_v<std::decay_t<decltype(*v)>, Money>)
            return v->toDouble();
        else
            return static_cast<double>(*v);
    };
    switch (c) {
        case SegmentCriterion::Size:
            return toDouble(s.customers);
        case SegmentCriterion::Revenue:
            return toDouble(s.revenue);
        case SegmentCriterion::Margin:
            return toDouble(s.marginPct);
        case SegmentCriterion::Growth:
            return toDouble(s.growthPct);
        case SegmentCriterion::Fit:
            return toDouble(s.strategicFit);
        case SegmentCriterion::Value:
            return toDouble(s.customerValue);
    }
    return std::nullopt;
}

std::string weightKey(SegmentCriterion c) {
    return fmt::format("segment.weight.{}", criterionKey(c));
}

// Share of the best segment, measured from zero, or from the lowest value when that is negative.
// Strategic fit is a 1-5 rating with a fixed scale, so it maps to (fit - 1) / 4 instead.
void normalise(std::vector<SegmentPriority>& segments, SegmentCriterion c) {
    const auto index = static_cast<std::size_t>(c);
    if (c == SegmentCriterion::Fit) {
        for (auto& s : segments)
            if (auto raw = s.criteria[index].raw)
                s.criteria[index].normalised = std::clamp((*raw - 1.0) / 4.0, 0.0, 1.0);
        return;
    }
    std::optional<double> low, high;
    for (const auto& s : segments)
        if (auto raw = s.criteria[index].raw) {
            low = low ? std::min(*low, *raw) : *raw;
            high = high ? std::max(*high, *raw) : *raw;
        }
    if (!low) return;
    const double floor = std::min(0.0, *low);
    for (auto& s : segments)
        if (auto raw = s.criteria[index].raw)
            s.criteria[index].normalised = *high > floor ? (*raw - floor) / (*high - floor) : 0.0;
}

void scoreOne(SegmentPriority& s, const MethodologyProfile& profile) {
    Score& score = s.attractiveness;
    double weighted = 0, weights = 0;
    std::vector<text::Phrase> missing;
    const CriterionScore* strongest = nullptr;
    const CriterionScore* weakest = nullptr;
    for (const auto& c : s.criteria) {
        const std::string label(criterionLabel(c.criterion));
        score.inputs.push_back({label, c.raw, s.segmentId});
        score.inputs.push_back({label + " (normalised 0-1)", c.normalised, s.segmentId});
        score.inputs.push_back(profileInput(profile, weightKey(c.criterion)));
        if (!c.normalised) {
            if (c.weight > 0) missing.push_back(text::term(criterionLabel(c.criterion)));
            continue;
        }
        if (c.weight <= 0) continue;
        weighted += c.weight * *c.normalised;
        weights += c.weight;
        if (!strongest || *c.normalised > *strongest->normalised) strongest = &c;
        if (!weakest || *c.normalised < *weakest->normalised) weakest = &c;
    }
    const auto name = text::userText(s.name);
    const auto notRated = text::list(missing, text::PhraseArg::Joiner::Comma);
    if (weights <= 0) {
        score.reasonCode = code::kSegmentNoCriteria;
        setReason(score,
                  missing.empty()
                      ? text::phrase("'{0}' has no criterion with a value and a weight", name)
                      : text::phrase("'{0}' has no criterion with a value and a weight; not "
                                     "rated: {1}",
                                     name, notRated));
        return;
    }
    const double value = 100.0 * weighted / weights;
    const double tierA = profile.value("segment.tier_a_min");
    const double tierB = profile.value("segment.tier_b_min");
    score.inputs.push_back(profileInput(profile, "segment.tier_a_min"));
    score.inputs.push_back(profileInput(profile, "segment.tier_b_min"));
    score.value = value;
    s.tier = value >= tierA ? Tier::A : value >= tierB ? Tier::B : Tier::C;
    score.reasonCode = s.tier == Tier::A   ? code::kSegmentTierA
                       : s.tier == Tier::B ? code::kSegmentTierB
                                           : code::kSegmentTierC;
    const auto tier = text::userText(std::string(tierKey(s.tier)));
    const auto strong = text::term(criterionLabel(strongest->criterion));
    const auto weak = text::term(criterionLabel(weakest->criterion));
    setReason(score, missing.empty()
                         ? text::phrase("'{0}' scores {1} of 100, tier {2} (A from {3}, B from "
                                        "{4}); strongest: {5}, weakest: {6}",
                                        name, text::number(value), tier, text::number(tierA),
                                        text::number(tierB), strong, weak)
                         : text::phrase("'{0}' scores {1} of 100, tier {2} (A from {3}, B from "
                                        "{4}); strongest: {5}, weakest: {6}; not rated: {7}",
                                        name, text::number(value), tier, text::number(tierA),
                                        text::number(tierB), strong, weak, notRated));
}

}  // namespace

std::vector<SegmentPriority> scoreSegmentPriority(const Cycle& cycle,
                                                  const MethodologyProfile& profile) {
    std::vector<SegmentPriority> out;
    for (const auto& seg : cycle.segments) {
        SegmentPriority s;
        s.segmentId = seg.id;
        s.name = nameOrId(seg.name, seg.id);
        s.attractiveness.unit = "0-100";
        s.attractiveness.step = 6;
        s.attractiveness.itemId = seg.id;
        for (int i = 0; i < kSegmentCriterionCount; ++i) {
            const auto c = static_cast<SegmentCriterion>(i);
            s.criteria.push_back({c, rawValue(seg, c), std::nullopt, profile.value(weightKey(c))});
        }
        out.push_back(std::move(s));
    }
    for (int i = 0; i < kSegmentCriterionCount; ++i)
        normalise(out, static_cast<SegmentCriterion>(i));
    for (auto& s : out) scoreOne(s, profile);
    std::stable_sort(
        out.begin(), out.end(), [](const SegmentPriority& a, const SegmentPriority& b) {
            if (a.attractiveness.known() != b.attractiveness.known())
                return a.attractiveness.known();
            return a.attractiveness.known() && *a.attractiveness.value > *b.attractiveness.value;
        });
    int rank = 0;
    for (auto& s : out)
        if (s.attractiveness.known()) s.rank = ++rank;
    return out;
}

}  // namespace crm::assessment
