#include "engine/assessment/importance_performance.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::string_view quadrantKey(Quadrant quadrant) {
    switch (quadrant) {
        case Quadrant::KeepUpTheGoodWork:
            return "keep_up_the_good_work";
        case Quadrant::ConcentrateHere:
            return "concentrate_here";
        case Quadrant::LowPriority:
            return "low_priority";
        case Quadrant::PossibleOverkill:
            return "possible_overkill";
    }
    return "low_priority";
}

std::string_view quadrantLabel(Quadrant quadrant) {
    switch (quadrant) {
        case Quadrant::KeepUpTheGoodWork:
            return text::englishTerm("keep up the good work");
        case Quadrant::ConcentrateHere:
            return text::englishTerm("concentrate here");
        case Quadrant::LowPriority:
            return text::englishTerm("low priority");
        case Quadrant::PossibleOverkill:
            return text::englishTerm("possible overkill");
    }
    return "low priority";
}

namespace {

constexpr double kMaxShortfall = 4.0;  // importance 5, performance 1

std::string_view quadrantCode(Quadrant quadrant) {
    switch (quadrant) {
        case Quadrant::KeepUpTheGoodWork:
            return code::kIpaKeepUp;
        case Quadrant::ConcentrateHere:
            return code::kIpaConcentrateHere;
        case Quadrant::LowPriority:
            return code::kIpaLowPriority;
        case Quadrant::PossibleOverkill:
            return code::kIpaPossibleOverkill;
    }
    return code::kIpaLowPriority;
}

std::string segmentNameOf(const Cycle& cycle, const EntityId& id) {
    if (id.empty()) return std::string(text::englishTerm("all customers"));
    for (const auto& s : cycle.segments)
        if (s.id == id) return nameOrId(s.name, s.id);
    return id;
}

// The segment a rating is for: its name, or "all customers" translated.
text::PhraseArg segmentArg(const AttributeQuadrant& q) {
    if (q.segmentId.empty()) return text::term("all customers");
    return text::userText(q.segmentName);
}

AttributeQuadrant scoreOne(const Cycle& cycle, const AttributeRating& a, double midpoint,
                           const MethodologyProfile& profile) {
    AttributeQuadrant q;
    q.ratingId = a.id;
    q.attribute = nameOrId(a.attribute, a.id);
    q.segmentId = a.segmentId;
    q.segmentName = segmentNameOf(cycle, a.segmentId);
    q.importance = a.importance;
    q.performance = a.performance;
    Score& s = q.score;
    s.unit = "points";
    s.step = 5;
    s.itemId = a.id;
    auto asDouble = [](const auto& v) {
        return v ? std::optional<double>(double(*v)) : std::nullopt;
    };
    s.inputs.push_back({"importance", asDouble(a.importance), a.id});
    s.inputs.push_back({"performance", asDouble(a.performance), a.id});
    s.inputs.push_back(profileInput(profile, "ipa.midpoint"));
    if (!a.importance || !a.performance) {
        s.reasonCode = code::kIpaUnrated;
        setReason(s, text::phrase("'{0}' for {1} lacks an importance or performance rating",
                                  text::userText(q.attribute), segmentArg(q)));
        return q;
    }
    const bool important = double(*a.importance) > midpoint;
    const bool performing = double(*a.performance) > midpoint;
    q.quadrant = important ? (performing ? Quadrant::KeepUpTheGoodWork : Quadrant::ConcentrateHere)
                           : (performing ? Quadrant::PossibleOverkill : Quadrant::LowPriority);
    s.value = double(*a.performance - *a.importance);
    s.reasonCode = std::string(quadrantCode(*q.quadrant));
    setReason(
        s, text::phrase("'{0}' for {1}: importance {2} ({3}), performance {4} ({5}) against "
                        "midpoint {6}: {7}",
                        text::userText(q.attribute), segmentArg(q), text::count(*a.importance),
                        important ? text::term("high") : text::term("low"),
                        text::count(*a.performance),
                        performing ? text::term("high") : text::term("low"), text::number(midpoint),
                        text::term(quadrantLabel(*q.quadrant))));
    return q;
}

}  // namespace

std::vector<AttributeQuadrant> scoreImportancePerformance(const Cycle& cycle,
                                                          const MethodologyProfile& profile) {
    const double midpoint = profile.value("ipa.midpoint");
    std::vector<AttributeQuadrant> out;
    for (const auto& a : cycle.attributes) out.push_back(scoreOne(cycle, a, midpoint, profile));
    std::vector<EntityId> segmentOrder;
    for (const auto& q : out)
        if (std::find(segmentOrder.begin(), segmentOrder.end(), q.segmentId) == segmentOrder.end())
            segmentOrder.push_back(q.segmentId);
    auto position = [&](const EntityId& id) {
        return std::find(segmentOrder.begin(), segmentOrder.end(), id) - segmentOrder.begin();
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const AttributeQuadrant& a, const AttributeQuadrant& b) {
                         return position(a.segmentId) < position(b.segmentId);
                     });
    return out;
}

std::vector<Finding> importancePerformanceFindings(const std::vector<AttributeQuadrant>& ratings) {
    std::vector<Finding> out;
    for (const auto& q : ratings)
        if (q.quadrant == Quadrant::ConcentrateHere)
            out.push_back(makeFinding(code::kIpaConcentrateHere,
                                      FindingCategory::ImportancePerformance, 5, q.ratingId,
                                      "attribute", q.attribute, {}, q.score.reasonPhrase,
                                      -*q.score.value / kMaxShortfall));
    return out;
}

}  // namespace crm::assessment
