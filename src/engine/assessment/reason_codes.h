#pragma once
// Every reason code the assessment engine emits, with its meaning. Codes are stable snake_case
// keys: the GUI, the report and scripts may switch on them. Never rename one; add new ones.
#include <string_view>
#include <vector>

namespace crm::assessment {

namespace code {
// Metric attainment (KPIs of step 8, segment objectives of step 6)
inline constexpr std::string_view kAttainmentOnTrack = "attainment_on_track";
inline constexpr std::string_view kAttainmentAtRisk = "attainment_at_risk";
inline constexpr std::string_view kAttainmentOffTrack = "attainment_off_track";
inline constexpr std::string_view kAttainmentNothingDue = "attainment_nothing_due";
inline constexpr std::string_view kAttainmentMovingAway = "attainment_moving_away";
inline constexpr std::string_view kAttainmentHoldMet = "attainment_hold_met";
inline constexpr std::string_view kAttainmentHoldMissed = "attainment_hold_missed";
inline constexpr std::string_view kAttainmentMissingValues = "attainment_missing_values";
inline constexpr std::string_view kAttainmentNoCheckpoint = "attainment_no_checkpoint";
inline constexpr std::string_view kAttainmentNoDate = "attainment_no_assessment_date";
inline constexpr std::string_view kTargetAgainstDirection = "target_against_direction";
// Segment priority and objective coverage (step 6)
inline constexpr std::string_view kSegmentTierA = "segment_tier_a";
inline constexpr std::string_view kSegmentTierB = "segment_tier_b";
inline constexpr std::string_view kSegmentTierC = "segment_tier_c";
inline constexpr std::string_view kSegmentNoCriteria = "segment_no_criteria";
inline constexpr std::string_view kCoverageComplete = "coverage_complete";
inline constexpr std::string_view kCoveragePartial = "coverage_partial";
inline constexpr std::string_view kCoverageNone = "coverage_none";
inline constexpr std::string_view kObjectiveMissing = "objective_missing";
inline constexpr std::string_view kObjectiveIncomplete = "objective_incomplete";
// Capabilities and maturity (step 10)
inline constexpr std::string_view kCapabilityGap = "capability_gap";
inline constexpr std::string_view kCapabilityNoGap = "capability_no_gap";
inline constexpr std::string_view kCapabilityAboveTarget = "capability_above_target";
inline constexpr std::string_view kCapabilityUnrated = "capability_unrated";
inline constexpr std::string_view kMaturityDeveloping = "maturity_developing";
inline constexpr std::string_view kMaturityPracticing = "maturity_practicing";
inline constexpr std::string_view kMaturityOptimizing = "maturity_optimizing";
inline constexpr std::string_view kMaturityLeading = "maturity_leading";
inline constexpr std::string_view kMaturityMaximumValue = "maturity_maximum_value";
inline constexpr std::string_view kMaturityUnrated = "maturity_unrated";
// Alignment (steps 8 and 9)
inline constexpr std::string_view kObjectivesAllCovered = "objectives_all_covered";
inline constexpr std::string_view kObjectivesPartlyCovered = "objectives_partly_covered";
inline constexpr std::string_view kNoObjectives = "no_objectives";
inline constexpr std::string_view kKpisAllServe = "kpis_all_serve";
inline constexpr std::string_view kKpisPartlyServe = "kpis_partly_serve";
inline constexpr std::string_view kNoKpis = "no_kpis";
inline constexpr std::string_view kLevelsBalanced = "levels_balanced";
inline constexpr std::string_view kLevelsOneSided = "levels_one_sided";
inline constexpr std::string_view kKindsBalanced = "kinds_balanced";
inline constexpr std::string_view kKindsOneSided = "kinds_one_sided";
inline constexpr std::string_view kFocusOutsideIn = "focus_outside_in";
inline constexpr std::string_view kFocusInsideOut = "focus_inside_out";
inline constexpr std::string_view kObjectiveWithoutKpi = "objective_without_kpi";
inline constexpr std::string_view kKpiServesNoObjective = "kpi_serves_no_objective";
// Pain priority (step 3, addressed in steps 6 and 7)
inline constexpr std::string_view kPainAddressedByTreatment = "pain_addressed_by_treatment";
inline constexpr std::string_view kPainAddressedByObjective = "pain_addressed_by_objective";
inline constexpr std::string_view kPainUnaddressed = "pain_unaddressed";
inline constexpr std::string_view kPainUnrated = "pain_unrated";
inline constexpr std::string_view kTopPainsAllAddressed = "top_pains_all_addressed";
inline constexpr std::string_view kTopPainsPartlyAddressed = "top_pains_partly_addressed";
inline constexpr std::string_view kNoRatedPains = "no_rated_pains";
// Importance-performance (step 5)
inline constexpr std::string_view kIpaKeepUp = "ipa_keep_up_the_good_work";
inline constexpr std::string_view kIpaConcentrateHere = "ipa_concentrate_here";
inline constexpr std::string_view kIpaLowPriority = "ipa_low_priority";
inline constexpr std::string_view kIpaPossibleOverkill = "ipa_possible_overkill";
inline constexpr std::string_view kIpaUnrated = "ipa_unrated";
// Relationship state (step 4)
inline constexpr std::string_view kNpsAtOrAboveMinimum = "nps_at_or_above_minimum";
inline constexpr std::string_view kNpsBelowMinimum = "nps_below_minimum";
inline constexpr std::string_view kNpsMissingCounts = "nps_missing_counts";
inline constexpr std::string_view kNpsNoResponses = "nps_no_responses";
inline constexpr std::string_view kCsatAtOrAboveMinimum = "csat_at_or_above_minimum";
inline constexpr std::string_view kCsatBelowMinimum = "csat_below_minimum";
inline constexpr std::string_view kCsatMissingCounts = "csat_missing_counts";
inline constexpr std::string_view kCsatNoResponses = "csat_no_responses";
inline constexpr std::string_view kCsatInvalidCounts = "csat_invalid_counts";
inline constexpr std::string_view kPerceptionOverRated = "perception_over_rated";
inline constexpr std::string_view kPerceptionAligned = "perception_aligned";
inline constexpr std::string_view kPerceptionUnderRated = "perception_under_rated";
inline constexpr std::string_view kPerceptionMissing = "perception_missing";
// Completeness (all steps)
inline constexpr std::string_view kStepComplete = "step_complete";
inline constexpr std::string_view kStepIncomplete = "step_incomplete";
inline constexpr std::string_view kAssessmentComplete = "assessment_complete";
inline constexpr std::string_view kAssessmentIncomplete = "assessment_incomplete";
}  // namespace code

struct ReasonCode {
    std::string_view code;
    std::string_view meaning;  // one line, for docs and tooltips
};

// All codes above with their meaning, in the order listed.
const std::vector<ReasonCode>& reasonCodes();
bool isKnownReasonCode(std::string_view code);

}  // namespace crm::assessment
