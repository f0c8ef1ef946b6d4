#pragma once
// The assessment result as JSON for `crmw assess --json` (documented in docs/file-format.md).
#include <nlohmann/json.hpp>

#include "engine/assessment/assessment_result.h"

namespace crm::cli {

nlohmann::ordered_json assessmentJson(const assessment::AssessmentResult& result,
                                      const std::vector<std::string>& notApplicable);

}  // namespace crm::cli
