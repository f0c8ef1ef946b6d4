#pragma once
// Builds the one ReportData of a cycle. All numbers of the report are computed or formatted
// here (or in the engine); the renderers only lay the result out.
#include <optional>
#include <string>
#include <vector>

#include "engine/model/assessment.h"
#include "report/builder/customer_figures.h"
#include "report/builder/report_scores.h"
#include "report/report_data.h"

namespace crm::report {

struct ReportInputs {
    Date reportDate{};                           // printed on the title page; never the clock
    std::optional<ReportScores> scores{};        // nullopt: entered data only, summary says so
    std::optional<LorenzChart> customerValue{};  // from imported customer data, when there is some
    std::vector<std::string> notApplicable{};    // "item: reason" lines left out of every score
    // RFM groups, relationship levels and lifetime value of the imported customer data.
    std::optional<CustomerFigures> customerFigures{};
};

// The customer analysis the report shows, run on imported transaction lines (empty table:
// nullopt). The churn threshold is the profile's customers.churn_risk_p_alive.
struct CustomerReportData {
    LorenzChart curve;
    CustomerFigures figures;
};
// With the settings' calibration end (when it falls inside the lines' dates) the figures
// include the holdout check.
std::optional<CustomerReportData> analyzeForReport(const transactions::TransactionTable& table,
                                                   const MethodologyProfile& profile,
                                                   const CustomerAnalysisSettings& settings = {});

// Leaves out the sections the document's reportSectionsLeftOut names (report_sections.h).
ReportData buildReportData(const Assessment& assessment, const Cycle& cycle,
                           const ReportInputs& inputs);
// Removes the sections whose id is in `leftOut` and letters the remaining appendices A, B, ...
void leaveOutSections(ReportData& report, const std::vector<std::string>& leftOut);

// The two-page executive brief of the same cycle (brief.cpp).
ReportData buildBriefData(const Assessment& assessment, const Cycle& cycle,
                          const ReportInputs& inputs);
std::optional<ReportData> buildBrief(const Assessment& assessment, const EntityId& cycleId,
                                     Date reportDate, std::string* error);

// The usual path, the same view as `crmw assess`: finds the cycle by id or name (empty = the
// current cycle), applies the workshop's agreed ratings and "not applicable" marks
// (workshop::effectiveCycle), scores it with the assessment engine and builds the report.
// nullopt with *error set when the cycle is unknown.
std::optional<ReportData> buildReport(const Assessment& assessment, const EntityId& cycleId,
                                      Date reportDate, std::string* error);
// The same with the customer-data part of section 6 (customerData may be null).
std::optional<ReportData> buildReport(const Assessment& assessment, const EntityId& cycleId,
                                      Date reportDate, const CustomerReportData* customerData,
                                      std::string* error);

}  // namespace crm::report
