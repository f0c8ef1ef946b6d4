#pragma once
// Metric attainment: how far each KPI (step 8) and each segment objective (step 6) has moved from
// its baseline towards its target, and whether that is on track against the milestones.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

enum class AttainmentStatus { OnTrack, AtRisk, OffTrack, NotJudged };
std::string_view statusKey(AttainmentStatus status);    // "on_track", ..., "not_judged"
std::string_view statusLabel(AttainmentStatus status);  // "on track", ..., "not judged"

struct MetricAttainment {
    EntityId itemId;
    std::string itemKind;  // "kpi" or "segment_objective"
    std::string name;
    Direction direction = Direction::HigherIsBetter;
    std::optional<double> baseline, target, current;
    EntityId currentFromMilestoneId;  // set when `current` is the actual recorded at a milestone
    std::optional<Date>
        judgedAt;  // the day the expectation is taken at (value date or assessment date)
    std::optional<double> expectedValue;        // where the value should be on judgedAt
    std::optional<double> expectedProgressPct;  // the same as % of the way from baseline to target
    EntityId lastMilestoneId;  // the latest milestone due on or before judgedAt; empty if none
    bool targetAgainstDirection = false;
    AttainmentStatus status = AttainmentStatus::NotJudged;
    // value = % of the way from baseline to target (can be < 0 or > 100); reasonCode = outcome.
    Score progress;

    bool operator==(const MetricAttainment&) const = default;
};

// One entry per KPI, then one per segment objective, in the order of the cycle.
std::vector<MetricAttainment> scoreMetricAttainment(const Cycle& cycle,
                                                    const MethodologyProfile& profile);

// At-risk/off-track items and targets set against the metric's direction.
std::vector<Finding> attainmentFindings(const std::vector<MetricAttainment>& attainment);

}  // namespace crm::assessment
