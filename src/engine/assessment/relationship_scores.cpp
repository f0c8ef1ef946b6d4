#include "engine/assessment/relationship_scores.h"

#include <fmt/format.h>

#include <cmath>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

namespace {

constexpr double kMaxPerceptionGap = 9.0;  // 10 against 1

std::optional<double> asDouble(const std::optional<std::int64_t>& v) {
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

Score blank(const Cycle& cycle, std::string_view unit) {
    Score s;
    s.unit = std::string(unit);
    s.step = 4;
    s.itemId = cycle.id;
    return s;
}

Score netPromoterScore(const Cycle& cycle, const MethodologyProfile& profile) {
    const auto& r = cycle.relationship;
    Score s = blank(cycle, "-100..100");
    s.inputs.push_back({"promoters", asDouble(r.promoters), cycle.id});
    s.inputs.push_back({"passives", asDouble(r.passives), cycle.id});
    s.inputs.push_back({"detractors", asDouble(r.detractors), cycle.id});
    s.inputs.push_back(profileInput(profile, "relationship.nps_min"));
    if (!r.promoters || !r.passives || !r.detractors) {
        s.reasonCode = code::kNpsMissingCounts;
        s.reason = "NPS needs the counts of promoters, passives and detractors (use 0 for none)";
        return s;
    }
    const auto total = *r.promoters + *r.passives + *r.detractors;
    if (total == 0) {
        s.reasonCode = code::kNpsNoResponses;
        s.reason = "NPS has no responses: promoters, passives and detractors are all 0";
        return s;
    }
    const double nps = double(*r.promoters - *r.detractors) / double(total) * 100.0;
    const double minimum = profile.value("relationship.nps_min");
    s.value = nps;
    s.reasonCode = nps >= minimum ? code::kNpsAtOrAboveMinimum : code::kNpsBelowMinimum;
    s.reason = fmt::format(
        "NPS = ({} promoters - {} detractors) / {} responses x 100 = {} ({} the minimum of {})",
        *r.promoters, *r.detractors, total, formatNumber(nps),
        nps >= minimum ? "at or above" : "below", formatNumber(minimum));
    return s;
}

Score satisfactionScore(const Cycle& cycle, const MethodologyProfile& profile) {
    const auto& r = cycle.relationship;
    Score s = blank(cycle, "%");
    s.inputs.push_back({"satisfied responses", asDouble(r.csatSatisfied), cycle.id});
    s.inputs.push_back({"responses", asDouble(r.csatResponses), cycle.id});
    s.inputs.push_back(profileInput(profile, "relationship.csat_min"));
    if (!r.csatSatisfied || !r.csatResponses) {
        s.reasonCode = code::kCsatMissingCounts;
        s.reason = "CSAT needs the number of satisfied responses and of all responses";
        return s;
    }
    if (*r.csatResponses == 0) {
        s.reasonCode = code::kCsatNoResponses;
        s.reason = "CSAT has no responses";
        return s;
    }
    if (*r.csatSatisfied > *r.csatResponses || *r.csatSatisfied < 0) {
        s.reasonCode = code::kCsatInvalidCounts;
        s.reason = fmt::format("CSAT counts do not add up: {} satisfied out of {} responses",
                               *r.csatSatisfied, *r.csatResponses);
        return s;
    }
    const double csat = double(*r.csatSatisfied) / double(*r.csatResponses) * 100.0;
    const double minimum = profile.value("relationship.csat_min");
    s.value = csat;
    s.reasonCode = csat >= minimum ? code::kCsatAtOrAboveMinimum : code::kCsatBelowMinimum;
    s.reason = fmt::format("CSAT = {} satisfied / {} responses x 100 = {} ({} the minimum of {})",
                           *r.csatSatisfied, *r.csatResponses, formatPercent(csat),
                           csat >= minimum ? "at or above" : "below", formatPercent(minimum));
    return s;
}

Score perceptionGapScore(const Cycle& cycle, const MethodologyProfile& profile) {
    const auto& r = cycle.relationship;
    Score s = blank(cycle, "points");
    s.inputs.push_back({"self-rated experience", asDouble(r.selfRatedExperience), cycle.id});
    s.inputs.push_back(
        {"customer-rated experience", asDouble(r.customerRatedExperience), cycle.id});
    s.inputs.push_back(profileInput(profile, "relationship.perception_gap_min"));
    if (!r.selfRatedExperience || !r.customerRatedExperience) {
        s.reasonCode = code::kPerceptionMissing;
        s.reason =
            "The perception gap needs both our own and the customers' rating of the experience";
        return s;
    }
    const double gap = double(*r.selfRatedExperience - *r.customerRatedExperience);
    const double minimum = profile.value("relationship.perception_gap_min");
    s.value = gap;
    if (gap >= minimum)
        s.reasonCode = code::kPerceptionOverRated;
    else if (-gap >= minimum)
        s.reasonCode = code::kPerceptionUnderRated;
    else
        s.reasonCode = code::kPerceptionAligned;
    const char* verdict = gap >= minimum    ? "we rate ourselves higher than customers do"
                          : -gap >= minimum ? "customers rate us higher than we do"
                                            : "the two views are close";
    s.reason = fmt::format(
        "We rate the experience {} of 10, customers {}: gap {} ({}; it counts from {} points)",
        *r.selfRatedExperience, *r.customerRatedExperience, formatNumber(gap), verdict,
        formatNumber(minimum));
    return s;
}

}  // namespace

RelationshipScores scoreRelationship(const Cycle& cycle, const MethodologyProfile& profile) {
    return {netPromoterScore(cycle, profile), satisfactionScore(cycle, profile),
            perceptionGapScore(cycle, profile)};
}

std::vector<Finding> relationshipFindings(const RelationshipScores& scores, const Cycle& cycle,
                                          const MethodologyProfile& profile) {
    std::vector<Finding> out;
    auto add = [&](const Score& s, double severity) {
        out.push_back(makeFinding(s.reasonCode, FindingCategory::Relationship, 4, cycle.id, "cycle",
                                  cycle.name, {}, s.reason, severity));
    };
    if (scores.nps.reasonCode == code::kNpsBelowMinimum) {
        const double minimum = profile.value("relationship.nps_min");
        add(scores.nps, (minimum - *scores.nps.value) / (minimum + 100.0));
    }
    if (scores.csat.reasonCode == code::kCsatBelowMinimum) {
        const double minimum = profile.value("relationship.csat_min");
        add(scores.csat, (minimum - *scores.csat.value) / minimum);
    }
    if (scores.perceptionGap.reasonCode == code::kPerceptionOverRated)
        add(scores.perceptionGap, *scores.perceptionGap.value / kMaxPerceptionGap);
    return out;
}

}  // namespace crm::assessment
