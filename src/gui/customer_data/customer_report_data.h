#pragma once
// The report's customer-data part (Lorenz curve, RFM groups, relationship levels, lifetime
// value) from the transaction lines a document holds.
#include <optional>
#include <string>

#include "report/builder/report_builder.h"

namespace crm::gui {

// Reads the lines with store::readStoredTransactions (safe on a worker thread while the window
// keeps the document open) and analyses them as `crmw report` does. nullopt when
// there are no lines; nullopt with *error set when they cannot be read or analysed.
std::optional<report::CustomerReportData> customerReportData(
    const std::string& documentPath, const MethodologyProfile& profile,
    const CustomerAnalysisSettings& settings, std::string* error);

}  // namespace crm::gui
