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
        setReason(
            s, text::phrase(
                   "NPS needs the counts of promoters, passives and detractors (use 0 for none)"));
        return s;
    }
    const auto total = *r.promoters + *r.passives + *r.detractors;
    if (total == 0) {
        s.reasonCode = code::kNpsNoResponses;
        setReason(
            s, text::phrase("NPS has no responses: promoters, passives and detractors are all 0"));
        return s;
    }
    const double nps = double(*r.promoters - *r.detractors) / double(total) * 100.0;
    const double minimum = profile.value("relationship.nps_min");
    s.value = nps;
    s.reasonCode = nps >= minimum ? code::kNpsAtOrAboveMinimum : code::kNpsBelowMinimum;
    const auto promoters = text::count(*r.promoters), detractors = text::count(*r.detractors);
    const auto responses = text::count(total);
    setReason(s,
              nps >= minimum
                  ? text::phrase("NPS = ({0} promoters - {1} detractors) / {2} responses x 100 = "
                                 "{3} (at or above the minimum of {4})",
                                 promoters, detractors, responses, text::number(nps),
                                 text::number(minimum))
                  : text::phrase("NPS = ({0} promoters - {1} detractors) / {2} responses x 100 = "
                                 "{3} (below the minimum of {4})",
                                 promoters, detractors, responses, text::number(nps),
                                 text::number(minimum)));
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
        setReason(
            s, text::phrase("CSAT needs the number of satisfied responses and of all responses"));
        return s;
    }
    if (*r.csatResponses == 0) {
        s.reasonCode = code::kCsatNoResponses;
        setReason(s, text::phrase("CSAT has no responses"));
        return s;
    }
    if (*r.csatSatisfied > *r.csatResponses || *r.csatSatisfied < 0) {
        s.reasonCode = code::kCsatInvalidCounts;
        setReason(s, text::phrase("CSAT counts do not add up: {0} satisfied out of {1} responses",
                                  text::count(*r.csatSatisfied), text::count(*r.csatResponses)));
        return s;
    }
    const double csat = double(*r.csatSatisfied) / double(*r.csatResponses) * 100.0;
    const double minimum = profile.value("relationship.csat_min");
    s.value = csat;
    s.reasonCode = csat >= minimum ? code::kCsatAtOrAboveMinimum : code::kCsatBelowMinimum;
    const auto satisfied = text::count(*r.csatSatisfied), responses = text::count(*r.csatResponses);
    setReason(
        s, csat >= minimum
               ? text::phrase("CSAT = {0} satisfied / {1} responses x 100 = {2} (at or above "
                              "the minimum of {3})",
                              satisfied, responses, text::percent(csat), text::percent(minimum))
               : text::phrase("CSAT = {0} satisfied / {1} responses x 100 = {2} (below the "
                              "minimum of {3})",
                              satisfied, responses, text::percent(csat), text::percent(minimum)));
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
        setReason(s, text::phrase("The perception gap needs both our own and the customers' rating "
                                  "of the experience"));
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
    const text::Phrase verdict =
        gap >= minimum    ? text::term("we rate ourselves higher than customers do")
        : -gap >= minimum ? text::term("customers rate us higher than we do")
                          : text::term("the two views are close");
    setReason(s, text::phrase("We rate the experience {0} of 10, customers {1}: gap {2} ({3}; it "
                              "counts from {4} points)",
                              text::count(*r.selfRatedExperience),
                              text::count(*r.customerRatedExperience), text::number(gap), verdict,
                              text::number(minimum)));
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
                                  cycle.name, {}, s.reasonPhrase, severity));
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
