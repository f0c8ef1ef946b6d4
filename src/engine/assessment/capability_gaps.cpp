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
    return level == MaturityLevel::MaximumValue ? "maximum value" : maturityLevelKey(level);
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
        s.reason = fmt::format("'{}' has no {} rating", g.name, !c.current ? "current" : "target");
        return g;
    }
    g.gap = double(*c.target - *c.current);
    s.value = *g.gap * g.importance;
    const std::string importance = fmt::format("importance {}{}", formatNumber(g.importance),
                                               g.importanceDefaulted ? " (profile default)" : "");
    if (*g.gap > 0) {
        s.reasonCode = code::kCapabilityGap;
        s.reason = fmt::format("'{}' is at {} and aims at {}: gap {} x {} = {}", g.name, *c.current,
                               *c.target, formatNumber(*g.gap), importance, formatNumber(*s.value));
    } else if (*g.gap == 0) {
        s.reasonCode = code::kCapabilityNoGap;
        s.reason = fmt::format("'{}' is already at its target of {}", g.name, *c.target);
    } else {
        s.reasonCode = code::kCapabilityAboveTarget;
        s.reason = fmt::format("'{}' is at {}, above its target of {}: gap {} x {} = {}", g.name,
                               *c.current, *c.target, formatNumber(*g.gap), importance,
                               formatNumber(*s.value));
    }
    return g;
}

using RatingOf = std::function<std::optional<std::int64_t>(const CapabilityRating&)>;

MaturityIndex indexOf(const Cycle& cycle, const MethodologyProfile& profile, std::string_view what,
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
        m.index.reason = fmt::format("No {} rating is recorded", what);
        return m;
    }
    const double mean = sum / m.rated;
    const double index = (mean - 1.0) / 4.0 * 100.0;
    m.index.value = index;
    m.level = maturityLevelOf(index, profile);
    m.index.reasonCode = std::string(levelCode(*m.level));
    m.index.reason = fmt::format(
        "Mean {} rating {} over {} gives ({} - 1) / 4 x 100 = {}: {} (bands at {}, {}, {}, {})",
        what, formatNumber(mean),
        m.rated == 1 ? std::string("1 capability") : fmt::format("{} capabilities", m.rated),
        formatNumber(mean), formatNumber(index), maturityLevelLabel(*m.level),
        formatNumber(profile.value("maturity.band.practicing")),
        formatNumber(profile.value("maturity.band.optimizing")),
        formatNumber(profile.value("maturity.band.leading")),
        formatNumber(profile.value("maturity.band.maximum_value")));
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
    r.overall = indexOf(cycle, profile, "current", current, all);
    r.target = indexOf(cycle, profile, "target", target, all);
    r.buildingBlocks = indexOf(cycle, profile, "current building-block", current, blocks);
    r.readiness = indexOf(cycle, profile, "current readiness", current, readiness);
    return r;
}

std::vector<Finding> capabilityFindings(const CapabilityResult& capabilities) {
    std::vector<Finding> out;
    for (const auto& g : capabilities.gaps) {
        if (g.weightedGap.reasonCode != code::kCapabilityGap) continue;
        out.push_back(makeFinding(
            code::kCapabilityGap, FindingCategory::Capability, 10, g.capabilityId, "capability",
            g.name, {}, fmt::format("{} (rank {} of the gaps)", g.weightedGap.reason, g.rank),
            *g.weightedGap.value / kMaxWeightedGap));
    }
    return out;
}

}  // namespace crm::assessment
