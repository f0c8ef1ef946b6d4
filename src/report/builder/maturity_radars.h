#pragma once
// The two maturity radars: today and targeted (step 10), and current maturity in two cycles
// (the cycle comparison). The report draws them and the window shows the same specs, so the
// radar on screen is the one on paper.
#include "engine/model/cycle.h"
#include "engine/reset/cycle_comparison.h"
#include "report/charts/chart_spec.h"

namespace crm::report {

// One spoke per capability rated now or as a target. Give it the cycle the scores use
// (workshop::effectiveCycle: agreed values, else the median of the votes).
RadarChart maturityTodayAndTargeted(const Cycle& cycle);
// One spoke per building block with a current maturity in either cycle; the later cycle
// solid, the earlier one dashed.
RadarChart maturityInBothCycles(const reset::CycleComparison& comparison);

}  // namespace crm::report
