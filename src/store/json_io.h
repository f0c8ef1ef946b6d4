#pragma once
// The whole assessment as JSON ("format": "crm-workbench-assessment"), documented in
// docs/file-format.md. Export is deterministic, so export -> import -> export is byte-identical.
#include <string>
#include <string_view>

#include "engine/model/assessment.h"

namespace crm::store {

inline constexpr std::string_view kJsonFormatName = "crm-workbench-assessment";
// 8 the customer analysis's period, horizon and discount rate (written only when not the
// defaults); 7 the document language (written only when not English); 6 the customer analysis
// settings; 5 the report sections left out; 4 the currency; 3 the deliverables; 2 the reset. A file
// is written with the lowest version that holds what it uses, so a document that leaves no section
// out stays readable by a program that reads version 4.
inline constexpr int kJsonFormatVersion = 8;

std::string exportAssessmentJson(const Assessment& assessment);

// Throws StoreError(InvalidInput) naming the JSON path: "/cycles/0/metrics/3/baseline: expected a
// number".
Assessment importAssessmentJson(std::string_view text);

}  // namespace crm::store
