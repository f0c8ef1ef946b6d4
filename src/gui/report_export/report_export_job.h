#pragma once
// Writing one report on a worker thread: the customer-data part from the document's
// transaction lines, the report model, the rendering, then the file (OUT.tmp renamed over
// OUT, so a failure or a cancel never leaves half a report). Needs no widget; the dialog polls
// the progress and may cancel.
#include <QByteArray>

#include <atomic>
#include <memory>
#include <string>

#include "engine/model/assessment.h"
#include "report/report_data.h"
#include "report/report_format.h"

namespace crm::gui {

struct ReportExportRequest {
    Assessment assessment;     // a copy: the window may edit the document meanwhile
    std::string documentPath;  // read again (read-only) for the transaction lines
    EntityId cycleId;
    report::ReportFormat format = report::ReportFormat::Pdf;
    report::PaperSize paper = report::PaperSize::A4;
    report::ReportKind kind = report::ReportKind::Full;  // or the two-page executive brief
    std::string outputPath;
    Date reportDate{};
};

// Shared between the worker and the dialog, so either may go first.
struct ReportExportProgress {
    std::atomic<int> done{0};
    std::atomic<int> total{0};  // 0 while the total is unknown
    std::atomic<bool> cancelRequested{false};
};

struct ReportExportOutcome {
    bool written = false;
    bool cancelled = false;
    std::string error;             // names the file, in words
    bool hasCustomerData = false;  // the customer-data part went into the report
};

ReportExportOutcome runReportExport(const ReportExportRequest& request,
                                    const std::shared_ptr<ReportExportProgress>& progress);

}  // namespace crm::gui
