#pragma once
// `crmw diff` as text: what moved between two cycles, in lined-up columns, with labels for the
// kinds of items and names for the items (never keys or ids).
#include <string>

#include "engine/model/assessment.h"
#include "engine/reset/cycle_comparison.h"

namespace crm::cli {

std::string comparisonText(const Assessment& assessment, const reset::CycleComparison& c);

}  // namespace crm::cli
