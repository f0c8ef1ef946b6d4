#pragma once
// The one bridge from the assessment engine (src/engine/assessment) to the report.
#include <optional>

#include "engine/model/assessment.h"
#include "report/builder/report_scores.h"

namespace crm::report {

// Scores the cycle with the engine and converts the results; nullopt when the engine cannot
// score it.
std::optional<ReportScores> scoreForReport(const Assessment& assessment, const Cycle& cycle);

}  // namespace crm::report
