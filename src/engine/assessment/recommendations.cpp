#include "engine/assessment/recommendations.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/assessment/completeness.h"
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

text::Phrase suggestedActionPhrase(const Finding& f) {
    using namespace code;
    const auto n = text::userText(f.itemName);
    if (f.code == kAttainmentOffTrack || f.code == kAttainmentHoldMissed)
        return text::phrase(
            "Meet the owner of '{0}' and agree a recovery plan with a date before the next review",
            n);
    if (f.code == kAttainmentAtRisk)
        return text::phrase(
            "Put '{0}' on the agenda of the next review and check whether the plan behind it "
            "still holds",
            n);
    if (f.code == kAttainmentMovingAway)
        return text::phrase(
            "Find out why '{0}' is moving away from its target before the first milestone falls "
            "due",
            n);
    if (f.code == kTargetAgainstDirection)
        return text::phrase(
            "Check the target of '{0}': either the target or the direction of the measure is wrong",
            n);
    if (f.code == kObjectiveMissing)
        return text::phrase(
            "Agree {0} objectives for segment '{1}', each with a number, a target date and "
            "quarterly milestones",
            f.detailPhrase, n);
    if (f.code == kObjectiveIncomplete)
        return text::phrase(
            "Make the {0} objective '{1}' specific: give it a measured target, a date and "
            "milestones",
            f.detailPhrase, n);
    if (f.code == kCapabilityGap)
        return text::phrase(
            "Name an owner and a first work package to raise '{0}' towards its target level", n);
    if (f.code == kObjectiveWithoutKpi)
        return text::phrase("Choose a KPI that shows progress on '{0}' and link the two in step 9",
                            n);
    if (f.code == kKpiServesNoObjective)
        return text::phrase(
            "Link KPI '{0}' to the corporate objective it supports, or stop tracking it", n);
    if (f.code == kLevelsOneSided)
        return f.qualifier == "strategy"
                   ? text::phrase(
                         "Add strategy-level KPIs so that both the strategy and the "
                         "tactics carrying it are measured")
                   : text::phrase(
                         "Add tactic-level KPIs so that both the strategy and the tactics "
                         "carrying it are measured");
    if (f.code == kKindsOneSided)
        return f.qualifier == "subjective"
                   ? text::phrase(
                         "Add perception measures (satisfaction, complaints, "
                         "compliments) next to the hard data")
                   : text::phrase(
                         "Add hard-data measures (first-contact resolution, accuracy, "
                         "cycle times) next to the perception surveys");
    if (f.code == kFocusInsideOut)
        return text::phrase(
            "Add KPIs seen from the customer's side, such as satisfaction, repeat purchase or "
            "referrals");
    if (f.code == kPainUnaddressed)
        return text::phrase(
            "Decide which segment treatment removes the pain '{0}' and record it in step 7", n);
    if (f.code == kIpaConcentrateHere)
        return text::phrase(
            "Put effort into '{0}': customers find it important and rate our performance low", n);
    if (f.code == kNpsBelowMinimum)
        return text::phrase(
            "Call a sample of detractors to learn what would change their answer, and feed it "
            "into step 3");
    if (f.code == kCsatBelowMinimum)
        return text::phrase(
            "Review the dissatisfied responses by segment and add the recurring causes as pain "
            "points");
    if (f.code == kPerceptionOverRated)
        return text::phrase(
            "Show the leadership team how customers rate the experience next to our own rating, "
            "and plan from the customers' view");
    if (f.code == kStepIncomplete)
        return text::phrase(
            "Complete step {0} ({1}) in the next working session, starting with: {2}",
            text::count(f.step), text::term(stepTitle(f.step)), f.detailPhrase);
    return text::phrase("Review '{0}' in step {1}", n, text::count(f.step));
}

std::string suggestedAction(const Finding& f) { return text::english(suggestedActionPhrase(f)); }

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
        r.actionPhrase = suggestedActionPhrase(f);
        r.action = text::english(r.actionPhrase);
        r.becausePhrase = f.messagePhrase;
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
