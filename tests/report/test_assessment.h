#pragma once
// A small but complete assessment (every step filled) for the report tests, plus hand-made
// engine scores so the report's own tests do not move when the engine's wording changes.
#include "engine/model/assessment.h"
#include "report/builder/customer_figures.h"
#include "report/builder/report_scores.h"
#include "report/charts/chart_spec.h"

namespace crm::report::testing {

Date day(int y, unsigned m, unsigned d);

// Company "Harbour Instruments", cycle "c-2026" named "2026", assessed on 2026-03-31.
Assessment makeTestAssessment();

// Scores consistent with makeTestAssessment(); the numbers are worked out beside each line.
ReportScores makeTestScores();

// A Lorenz curve with five customers: values 0, 10, 20, 30, 140 (total 200).
LorenzChart makeTestCurve();

inline constexpr const char* kScriptName = "<script>alert(1)</script>";
// User text that must stay text: escaped in HTML, literal in the PDF.
inline constexpr const char* kHostileName =
    "<script>alert(2)</script> Bobby'); DROP TABLE cycles;--";

// Adds cycle "c-2025" (assessed 2025-03-31) before a makeTestAssessment() cycle and links the
// items of "c-2026" to it through origin ids; the differences are listed in the .cpp.
void addEarlierCycle(Assessment& assessment);

// Workshop data on cycle "c-2026": five participants' ratings of three items (one agreed), a
// fourth item rated once, three parking-lot items and three evidence notes.
void addWorkshopData(Cycle& cycle);

// Figures consistent with makeTestCurve(); worked out beside each line.
CustomerFigures makeTestCustomerFigures();

}  // namespace crm::report::testing
