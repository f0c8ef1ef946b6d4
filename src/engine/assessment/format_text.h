#pragma once
// The assessment result as plain text lines, for `crmw assess` and for logs.
#include <string>

#include "engine/assessment/assessment_result.h"

namespace crm::assessment {

// Every score with its value, reason code and reason; then findings and recommendations.
std::string formatAssessmentText(const AssessmentResult& result);

// "60%", "72.5/100", "10 pts", "n/a" — a score's value with its unit.
std::string formatScoreValue(const Score& score);

}  // namespace crm::assessment
