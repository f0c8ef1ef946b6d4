#pragma once
// A workshop of realistic size for timing the report: every step filled, long enough lists
// to make a report of about 30 pages.
#include "engine/model/assessment.h"

namespace crm::bench {

Assessment makeLargeAssessment();

}  // namespace crm::bench
