#include "engine/workshop/rating_spread.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "engine/model/descriptor.h"
#include "engine/model/validation.h"

namespace crm::workshop {

namespace {

double quantile(const std::vector<std::int64_t>& sorted, double p) {
    const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    return static_cast<double>(sorted[lower]) +
           (h - std::floor(h)) * static_cast<double>(sorted[upper] - sorted[lower]);
}

std::string itemName(const Cycle& cycle, const EntityId& id) {
    for (const auto* d : entityDescriptors())
        if (!d->singleton)
            if (auto index = d->indexOf(cycle, id))
                return itemFullCaption(*d, d->at(cycle, *index));
    return id;
}

}  // namespace

RatingSpread describeRatings(std::vector<std::int64_t> values, double threshold) {
    RatingSpread s;
    if (values.empty()) return s;
    std::sort(values.begin(), values.end());
    const double n = static_cast<double>(values.size());
    s.count = values.size();
    s.mean =
        static_cast<double>(std::accumulate(values.begin(), values.end(), std::int64_t{0})) / n;
    s.median = quantile(values, 0.5);
    s.minimum = values.front();
    s.maximum = values.back();
    double squares = 0;
    for (auto v : values)
        squares += (static_cast<double>(v) - s.mean) * (static_cast<double>(v) - s.mean);
    s.standardDeviation = std::sqrt(squares / n);
    s.interquartileRange = quantile(values, 0.75) - quantile(values, 0.25);
    s.highDisagreement = s.count >= 2 && s.standardDeviation > threshold;
    s.effectiveValue = static_cast<std::int64_t>(std::floor(s.median + 0.5));
    return s;
}

std::vector<RatingSpread> ratingSpreads(const Cycle& cycle, const MethodologyProfile& profile) {
    const double threshold = profile.value("workshop.disagreement_sd");
    std::vector<std::pair<EntityId, RatingDimension>> order;
    std::map<std::pair<EntityId, RatingDimension>, std::vector<std::int64_t>> votes;
    // A vote counts while its voter and its item are in the cycle: files written before deleting
    // cascaded may still hold the votes of a participant or item that is gone.
    std::set<EntityId> voters, items;
    for (const auto& p : cycle.participants) voters.insert(p.id);
    for (const auto& c : cycle.capabilities) items.insert(c.id);
    for (const auto& a : cycle.attributes) items.insert(a.id);
    for (const auto& p : cycle.painPoints) items.insert(p.id);
    for (const auto& r : cycle.ratings) {
        if (!r.value || !voters.count(r.participantId) || !items.count(r.itemId)) continue;
        auto key = std::make_pair(r.itemId, r.dimension);
        if (!votes.count(key)) order.push_back(key);
        votes[key].push_back(*r.value);
    }
    std::vector<RatingSpread> out;
    for (const auto& key : order) {
        RatingSpread s = describeRatings(votes[key], threshold);
        s.itemId = key.first;
        s.itemName = itemName(cycle, key.first);
        s.dimension = key.second;
        for (const auto& c : cycle.consensus)
            if (c.itemId == key.first && c.dimension == key.second && c.value) {
                s.agreed = c.value;
                s.agreedReason = c.reason;
                s.effectiveValue = *c.value;
            }
        s.reason = fmt::format(
            "{} ratings of {} ({}): median {}, spread {:.2f} (min {}, max {}){}{}", s.count,
            s.itemName, choiceLabel(s.dimension), s.median, s.standardDeviation, s.minimum,
            s.maximum, s.highDisagreement ? "; the room disagrees" : "",
            s.agreed ? fmt::format("; agreed {}: {}", *s.agreed, s.agreedReason) : "");
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<RatingDimension> votedDimension(std::string_view kind, std::string_view fieldKey) {
    using D = RatingDimension;
    struct Voted {
        std::string_view kind, field;
        D dimension;
    };
    // The same fields effectiveCycle replaces below.
    static constexpr Voted kVoted[] = {
        {"capability", "current", D::Current},        {"capability", "target", D::Target},
        {"capability", "importance", D::Importance},  {"attribute", "importance", D::Importance},
        {"attribute", "performance", D::Performance}, {"pain", "severity", D::Severity},
        {"pain", "frequency", D::Frequency}};
    for (const Voted& v : kVoted)
        if (v.kind == kind && v.field == fieldKey) return v.dimension;
    return std::nullopt;
}

Cycle effectiveCycle(const Cycle& cycle, const MethodologyProfile& profile,
                     std::vector<std::string>* excluded) {
    Cycle out = cycle;
    for (const auto& s : ratingSpreads(cycle, profile)) {
        const std::optional<std::int64_t> v = s.effectiveValue;
        for (auto& c : out.capabilities)
            if (c.id == s.itemId) {
                if (s.dimension == RatingDimension::Current) c.current = v;
                if (s.dimension == RatingDimension::Target) c.target = v;
                if (s.dimension == RatingDimension::Importance) c.importance = v;
            }
        for (auto& a : out.attributes)
            if (a.id == s.itemId) {
                if (s.dimension == RatingDimension::Importance) a.importance = v;
                if (s.dimension == RatingDimension::Performance) a.performance = v;
            }
        for (auto& p : out.painPoints)
            if (p.id == s.itemId) {
                if (s.dimension == RatingDimension::Severity) p.severity = v;
                if (s.dimension == RatingDimension::Frequency) p.frequency = v;
            }
    }
    std::set<EntityId> notApplicable;
    for (const auto& x : cycle.exclusions) {
        notApplicable.insert(x.itemId);
        if (excluded)
            excluded->push_back(fmt::format("{}: {}", itemName(cycle, x.itemId), x.reason));
    }
    for (const auto* d : entityDescriptors()) {
        if (d->singleton || d->step > 10) continue;
        for (std::size_t i = d->count(out); i-- > 0;)
            if (notApplicable.count(d->at(out, i).id)) d->erase(out, i);
    }
    return out;
}

}  // namespace crm::workshop
