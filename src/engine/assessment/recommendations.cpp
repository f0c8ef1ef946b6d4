#include "engine/assessment/recommendations.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/assessment/reason_codes.h"

namespace crm::assessment {

std::string_view impactKey(Impact impact) {
    switch (impact) {
        case Impact::High:
            return "high";
        case Impact::Medium:
            return "medium";
        case Impact::Low:
            return "low";
    }
    return "low";
}

std::string suggestedAction(const Finding& f) {
    using namespace code;
    const std::string& n = f.itemName;
    const std::string& q = f.qualifier;
    const std::string& d = f.detail;
    if (f.code == kAttainmentOffTrack || f.code == kAttainmentHoldMissed)
        return fmt::format(
            "Meet the owner of '{}' and agree a recovery plan with a date before the next review",
            n);
    if (f.code == kAttainmentAtRisk)
        return fmt::format(
            "Put '{}' on the agenda of the next review and check whether the plan behind it still "
            "holds",
            n);
    if (f.code == kAttainmentMovingAway)
        return fmt::format(
            "Find out why '{}' is moving away from its target before the first milestone falls due",
            n);
    if (f.code == kTargetAgainstDirection)
        return fmt::format(
            "Check the target of '{}': either the target or the direction of the measure is wrong",
            n);
    if (f.code == kObjectiveMissing)
        return fmt::format(
            "Agree {} objectives for segment '{}', each with a number, a target date and quarterly "
            "milestones",
            d, n);
    if (f.code == kObjectiveIncomplete)
        return fmt::format(
            "Make the {} objective '{}' specific: give it a measured target, a date and milestones",
            d, n);
    if (f.code == kCapabilityGap)
        return fmt::format(
            "Name an owner and a first work package to raise '{}' towards its target level", n);
    if (f.code == kObjectiveWithoutKpi)
        return fmt::format("Choose a KPI that shows progress on '{}' and link the two in step 9",
                           n);
    if (f.code == kKpiServesNoObjective)
        return fmt::format(
            "Link KPI '{}' to the corporate objective it supports, or stop tracking it", n);
    if (f.code == kLevelsOneSided)
        return fmt::format(
            "Add {}-level KPIs so that both the strategy and the tactics carrying it are measured",
            q);
    if (f.code == kKindsOneSided)
        return q == "subjective" ? std::string(
                                       "Add perception measures (satisfaction, complaints, "
                                       "compliments) next to the hard data")
                                 : std::string(
                                       "Add hard-data measures (first-contact resolution, "
                                       "accuracy, cycle times) next to the "
                                       "perception surveys");
    if (f.code == kFocusInsideOut)
        return "Add KPIs seen from the customer's side, such as satisfaction, repeat purchase or "
               "referrals";
    if (f.code == kPainUnaddressed)
        return fmt::format(
            "Decide which segment treatment removes the pain '{}' and record it in step 7", n);
    if (f.code == kIpaConcentrateHere)
        return fmt::format(
            "Put effort into '{}': customers find it important and rate our performance low", n);
    if (f.code == kNpsBelowMinimum)
        return "Call a sample of detractors to learn what would change their answer, and feed it "
               "into step 3";
    if (f.code == kCsatBelowMinimum)
        return "Review the dissatisfied responses by segment and add the recurring causes as pain "
               "points";
    if (f.code == kPerceptionOverRated)
        return "Show the leadership team how customers rate the experience next to our own rating, "
               "and plan from "
               "the customers' view";
    if (f.code == kStepIncomplete)
        return fmt::format("Complete step {} ({}) in the next working session, starting with: {}",
                           q, n, d);
    return fmt::format("Review '{}' in step {}", n, f.step);
}

std::vector<Recommendation> recommend(const std::vector<Finding>& findings,
                                      const MethodologyProfile& profile) {
    const double high = profile.value("recommendation.impact_high_min");
    const double medium = profile.value("recommendation.impact_medium_min");
    std::vector<Recommendation> all;
    for (const auto& f : findings) {
        const double weight =
            profile.value(fmt::format("recommendation.weight.{}", categoryKey(f.category)));
        Recommendation r;
        r.findingId = f.id;
        r.findingCode = f.code;
        r.itemId = f.itemId;
        r.itemKind = f.itemKind;
        r.step = f.step;
        r.impactScore = std::clamp(100.0 * weight * f.severity, 0.0, 100.0);
        if (r.impactScore <= 0) continue;  // a category weighted 0 is switched off
        r.impact = r.impactScore >= high     ? Impact::High
                   : r.impactScore >= medium ? Impact::Medium
                                             : Impact::Low;
        r.action = suggestedAction(f);
        r.because = f.message;
        all.push_back(std::move(r));
    }
    std::stable_sort(all.begin(), all.end(), [](const Recommendation& a, const Recommendation& b) {
        if (a.impactScore != b.impactScore) return a.impactScore > b.impactScore;
        if (a.step != b.step) return a.step < b.step;
        return a.findingId < b.findingId;
    });
    const double cap = std::max(0.0, std::floor(profile.value("recommendation.max_count")));
    if (double(all.size()) > cap) all.resize(std::size_t(cap));
    for (std::size_t i = 0; i < all.size(); ++i) all[i].rank = int(i + 1);
    return all;
}

}  // namespace crm::assessment
