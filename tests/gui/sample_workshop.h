#pragma once
// A small but complete workshop for GUI tests and screenshots: two cycles (2025, 2026), items
// of every kind in the current cycle, one objective without a KPI and one KPI serving nothing.
#include "engine/model/assessment.h"

namespace crm::testing {

Assessment sampleWorkshop();

}  // namespace crm::testing
