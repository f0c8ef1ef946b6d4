#pragma once
// `crmw assess` as text: every score with its value and the reason in words, then findings and
// recommendations. Built on the engine's results as formatAssessmentText is, but for people
// only: labels instead of keys, item names instead of ids, no reason codes (`crmw assess
// --json` has those), correct plurals.
#include <string>
#include <string_view>

#include "engine/assessment/assessment_result.h"
#include "engine/model/cycle.h"

namespace crm::cli {

// language: "en" (the default) or another of text::availableLanguages(); the reasons, labels and
// numbers follow it, names stay as people typed them.
std::string assessmentText(const assessment::AssessmentResult& result, const Cycle& cycle,
                           std::string_view language = "en");

}  // namespace crm::cli
