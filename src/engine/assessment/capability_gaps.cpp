#include "engine/assessment/capability_gaps.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::string_view maturityLevelKey(MaturityLevel level) {
    switch (level) {
        case MaturityLevel::Developing:
            return "developing";
        case MaturityLevel::Practicing:
            return "practicing";
        case MaturityLevel::Optimizing:
            return "optimizing";
        case MaturityLevel::Leading:
            return "leading";
        case MaturityLevel::MaximumValue:
            return "maximum_value";
    }
    return "developing";
}

std::string_view maturityLevelLabel(MaturityLevel level) {
    switch (level) {
        case MaturityLevel::Developing:
            return text::englishTerm("developing");
        case MaturityLevel::Practicing:
            return text::englishTerm("practicing");
        case MaturityLevel::Optimizing:
            return text::englishTerm("optimizing");
        case MaturityLevel::Leading:
            return text::englishTerm("leading");
        case MaturityLevel::MaximumValue:
            return text::englishTerm("maximum value");
    }
    return "developing";
}

MaturityLevel maturityLevelOf(double index, const MethodologyProfile& profile) {
    if (index >= profile.value("maturity.band.maximum_value")) return MaturityLevel::MaximumValue;
    if (index >= profile.value("maturity.band.leading")) return MaturityLevel::Leading;
    if (index >= profile.value("maturity.band.optimizing")) return MaturityLevel::Optimizing;
    if (index >= profile.value("maturity.band.practicing")) return MaturityLevel::Practicing;
    return MaturityLevel::Developing;
}

namespace {

constexpr double kMaxWeightedGap = 4.0 * 5.0;  // gap 1 -> 5 at importance 5

std::string_view levelCode(MaturityLevel level) {
    switch (level) {
        case MaturityLevel::Developing:
            return code::kMaturityDeveloping;
        case MaturityLevel::Practicing:
            return code::kMaturityPracticing;
        case MaturityLevel::Optimizing:
            return code::kMaturityOptimizing;
        case MaturityLevel::Leading:
            return code::kMaturityLeading;
        case MaturityLevel::MaximumValue:
            return code::kMaturityMaximumValue;
    }
    return code::kMaturityDeveloping;
}

CapabilityGap scoreGap(const CapabilityRating& c, const MethodologyProfile& profile) {
    CapabilityGap g;
    g.capabilityId = c.id;
    g.name = nameOrId(c.name, c.areaKey.empty() ? c.id : c.areaKey);
    g.areaKey = c.areaKey;
    g.group = c.group;
    g.current = c.current;
    g.target = c.target;
    g.importanceDefaulted = !c.importance.has_value();
    g.importance = c.importance ? double(*c.importance) : profile.value("gap.default_importance");
    Score& s = g.weightedGap;
    s.unit = "points";
    s.step = 10;
    s.itemId = c.id;
    auto asDouble = [](const auto& v) {
        return v ? std::optional<double>(double(*v)) : std::nullopt;
    };
    s.inputs.push_back({"current rating", asDouble(c.current), c.id});
    s.inputs.push_back({"target rating", asDouble(c.target), c.id});
    s.inputs.push_back(g.importanceDefaulted ? profileInput(profile, "gap.default_importance")
                                             : ScoreInput{"importance", g.importance, c.id});
    if (!c.current || !c.target) {
        s.reasonCode = code::kCapabilityUnrated;
        setReason(s, !c.current
                         ? text::phrase("'{0}' has no current rating", text::userText(g.name))
                         : text::phrase("'{0}' has no target rating", text::userText(g.name)));
        return g;
    }
    g.gap = double(*c.target - *c.current);
    s.value = *g.gap * g.importance;
    const text::Phrase importance =
        g.importanceDefaulted
            ? text::phrase("importance {0} (profile default)", text::number(g.importance))
            : text::phrase("importance {0}", text::number(g.importance));
    const auto name = text::userText(g.name);
    if (*g.gap > 0) {
        s.reasonCode = code::kCapabilityGap;
        setReason(s, text::phrase("'{0}' is at {1} and aims at {2}: gap {3} x {4} = {5}", name,
                                  text::count(*c.current), text::count(*c.target),
                                  text::number(*g.gap), importance, text::number(*s.value)));
    } else if (*g.gap == 0) {
        s.reasonCode = code::kCapabilityNoGap;
        setReason(
            s, text::phrase("'{0}' is already at its target of {1}", name, text::count(*c.target)));
    } else {
        s.reasonCode = code::kCapabilityAboveTarget;
        setReason(s, text::phrase("'{0}' is at {1}, above its target of {2}: gap {3} x {4} = {5}",
                                  name, text::count(*c.current), text::count(*c.target),
                                  text::number(*g.gap), importance, text::number(*s.value)));
    }
    return g;
}

using RatingOf = std::function<std::optional<std::int64_t>(const CapabilityRating&)>;

// Which ratings an index averages; each has its own sentences so they translate whole.
enum class IndexOf { Current, Target, BuildingBlocks, Readiness };

text::Phrase noRating(IndexOf what) {
    switch (what) {
        case IndexOf::Current:
            return text::phrase("No current rating is recorded");
        case IndexOf::Target:
            return text::phrase("No target rating is recorded");
        case IndexOf::BuildingBlocks:
            return text::phrase("No current building-block rating is recorded");
        case IndexOf::Readiness:
            return text::phrase("No current readiness rating is recorded");
    }
    return text::phrase("No current rating is recorded");
}

// "Mean current rating 3 over 2 capabilities gives (3 - 1) / 4 x 100 = 50: ..."
template <typename... Args>
text::Phrase meanRating(IndexOf what, long long rated, Args&&... args) {
    switch (what) {
        case IndexOf::Target:
            return text::phrasePlural(
                "Mean target rating {0} over {1} capability gives ({0} - 1) / 4 x 100 = {2}: {3} "
                "(bands at {4}, {5}, {6}, {7})",
                "Mean target rating {0} over {1} capabilities gives ({0} - 1) / 4 x 100 = {2}: {3} "
                "(bands at {4}, {5}, {6}, {7})",
                rated, std::forward<Args>(args)...);
        case IndexOf::BuildingBlocks:
            return text::phrasePlural(
                "Mean current building-block rating {0} over {1} capability gives ({0} - 1) / 4 x "
                "100 = {2}: {3} (bands at {4}, {5}, {6}, {7})",
                "Mean current building-block rating {0} over {1} capabilities gives ({0} - 1) / 4 "
                "x "
                "100 = {2}: {3} (bands at {4}, {5}, {6}, {7})",
                rated, std::forward<Args>(args)...);
        case IndexOf::Readiness:
            return text::phrasePlural(
                "Mean current readiness rating {0} over {1} capability gives ({0} - 1) / 4 x 100 = "
                "{2}: {3} (bands at {4}, {5}, {6}, {7})",
                "Mean current readiness rating {0} over {1} capabilities gives ({0} - 1) / 4 x 100 "
                "= {2}: {3} (bands at {4}, {5}, {6}, {7})",
                rated, std::forward<Args>(args)...);
        case IndexOf::Current:
            break;
    }
    return text::phrasePlural(
        "Mean current rating {0} over {1} capability gives ({0} - 1) / 4 x 100 = {2}: {3} (bands "
        "at {4}, {5}, {6}, {7})",
        "Mean current rating {0} over {1} capabilities gives ({0} - 1) / 4 x 100 = {2}: {3} (bands "
        "at {4}, {5}, {6}, {7})",
        rated, std::forward<Args>(args)...);
}

MaturityIndex indexOf(const Cycle& cycle, const MethodologyProfile& profile, IndexOf what,
                      const RatingOf& rating,
                      const std::function<bool(const CapabilityRating&)>& include) {
    MaturityIndex m;
    m.index.unit = "0-100";
    m.index.step = 10;
    m.index.itemId = cycle.id;
    double sum = 0;
    for (const auto& c : cycle.capabilities) {
        if (!include(c)) continue;
        auto r = rating(c);
        if (!r) continue;
        sum += double(*r);
        ++m.rated;
        m.index.inputs.push_back({nameOrId(c.name, c.id), double(*r), c.id});
    }
    for (auto key : {"maturity.band.practicing", "maturity.band.optimizing",
                     "maturity.band.leading", "maturity.band.maximum_value"})
        m.index.inputs.push_back(profileInput(profile, key));
    if (m.rated == 0) {
        m.index.reasonCode = code::kMaturityUnrated;
        setReason(m.index, noRating(what));
        return m;
    }
    const double mean = sum / m.rated;
    const double index = (mean - 1.0) / 4.0 * 100.0;
    m.index.value = index;
    m.level = maturityLevelOf(index, profile);
    m.index.reasonCode = std::string(levelCode(*m.level));
    setReason(m.index, meanRating(what, m.rated, text::number(mean), text::count(m.rated),
                                  text::number(index), text::term(maturityLevelLabel(*m.level)),
                                  text::number(profile.value("maturity.band.practicing")),
                                  text::number(profile.value("maturity.band.optimizing")),
                                  text::number(profile.value("maturity.band.leading")),
                                  text::number(profile.value("maturity.band.maximum_value"))));
    return m;
}

}  // namespace

CapabilityResult scoreCapabilities(const Cycle& cycle, const MethodologyProfile& profile) {
    CapabilityResult r;
    for (const auto& c : cycle.capabilities) r.gaps.push_back(scoreGap(c, profile));
    std::stable_sort(r.gaps.begin(), r.gaps.end(),
                     [](const CapabilityGap& a, const CapabilityGap& b) {
                         const auto& x = a.weightedGap.value;
                         const auto& y = b.weightedGap.value;
                         if (x.has_value() != y.has_value()) return x.has_value();
                         return x && *x > *y;
                     });
    int rank = 0;
    for (auto& g : r.gaps)
        if (g.weightedGap.known()) g.rank = ++rank;
    auto current = [](const CapabilityRating& c) { return c.current; };
    auto target = [](const CapabilityRating& c) { return c.target; };
    auto all = [](const CapabilityRating&) { return true; };
    auto blocks = [](const CapabilityRating& c) {
        return c.group == CapabilityGroup::BuildingBlock;
    };
    auto readiness = [](const CapabilityRating& c) {
        return c.group == CapabilityGroup::Readiness;
    };
    r.overall = indexOf(cycle, profile, IndexOf::Current, current, all);
    r.target = indexOf(cycle, profile, IndexOf::Target, target, all);
    r.buildingBlocks = indexOf(cycle, profile, IndexOf::BuildingBlocks, current, blocks);
    r.readiness = indexOf(cycle, profile, IndexOf::Readiness, current, readiness);
    return r;
}

std::vector<Finding> capabilityFindings(const CapabilityResult& capabilities) {
    std::vector<Finding> out;
    for (const auto& g : capabilities.gaps) {
        if (g.weightedGap.reasonCode != code::kCapabilityGap) continue;
        out.push_back(makeFinding(code::kCapabilityGap, FindingCategory::Capability, 10,
                                  g.capabilityId, "capability", g.name, {},
                                  text::phrase("{0} (rank {1} of the gaps)",
                                               g.weightedGap.reasonPhrase, text::count(g.rank)),
                                  *g.weightedGap.value / kMaxWeightedGap));
    }
    return out;
}

}  // namespace crm::assessment
