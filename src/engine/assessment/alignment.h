#pragma once
// Alignment (steps 8 and 9): which corporate objectives are tracked by KPIs, which KPIs serve an
// objective, and the balance of the KPI set: strategy vs tactic level, objective (hard data) vs
// subjective (perception), external (outside-in) vs internal (inside-out).
#include <string>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm::assessment {

struct ObjectiveAlignment {
    EntityId objectiveId;
    std::string name;
    std::vector<EntityId> kpiIds;  // KPIs linked to it in step 9, in link order, without repeats

    bool operator==(const ObjectiveAlignment&) const = default;
};

struct KpiAlignment {
    EntityId kpiId;
    std::string name;
    MeasureLevel level = MeasureLevel::Strategy;
    MeasureKind kind = MeasureKind::Objective;
    Perspective perspective = Perspective::External;
    std::vector<EntityId> objectiveIds;

    bool operator==(const KpiAlignment&) const = default;
};

struct AlignmentResult {
    std::vector<ObjectiveAlignment> objectives;  // cycle order
    std::vector<KpiAlignment> kpis;              // cycle order
    Score objectiveCoverage;                     // % of corporate objectives with at least one KPI
    Score kpiUsage;                              // % of KPIs serving at least one objective
    Score strategyShare;     // % of KPIs at strategy level (the rest are tactic level)
    Score objectiveShare;    // % of KPIs on hard data (the rest are perception)
    Score outsideInShare;    // % of KPIs with an external perspective
    bool outsideIn = false;  // outsideInShare reaches alignment.min_outside_in_share

    bool operator==(const AlignmentResult&) const = default;
};

AlignmentResult scoreAlignment(const Cycle& cycle, const MethodologyProfile& profile);

// objective_without_kpi, kpi_serves_no_objective, levels_one_sided, kinds_one_sided,
// focus_inside_out.
std::vector<Finding> alignmentFindings(const AlignmentResult& alignment, const Cycle& cycle,
                                       const MethodologyProfile& profile);

}  // namespace crm::assessment
