#pragma once
// The PDF report (QPdfWriter + QPainter, charts as vectors through QSvgRenderer) and the one
// entry point that writes any format. Needs a QGuiApplication for fonts; when there is none
// (the CLI), one is created on the offscreen platform, so no display is needed.
#include <functional>
#include <string>

#include "engine/model/assessment.h"
#include "report/builder/report_builder.h"
#include "report/report_data.h"
#include "report/report_format.h"

// Declared only, so the command line (and its Windows compile check) includes no Qt header.
class QByteArray;

namespace crm::report {

struct PdfOptions {
    PaperSize paper = PaperSize::A4;
    // Called as each page is painted (page, total pages), e.g. for a progress bar.
    std::function<void(int page, int pages)> progress;
};

// The PDF bytes, e.g. for a preview with QPdfDocument. Empty with *error set on failure.
QByteArray renderPdf(const ReportData& report, const PdfOptions& options, std::string* error);
bool writePdf(const ReportData& report, const std::string& outPath, const PdfOptions& options,
              std::string* error);

// Builds the report of one cycle (empty id = the current cycle) and writes it in any format.
// `today` is printed as the report date. False with *error in words a facilitator understands.
bool writeReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                 PaperSize paper, const std::string& outPath, Date today, std::string* error);
// The same with imported customer data in section 6 (null: none).
bool writeReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                 PaperSize paper, const std::string& outPath, Date today,
                 const CustomerReportData* customerData, std::string* error);

// The full report or the two-page executive brief (ReportKind::Brief).
bool writeReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                 PaperSize paper, const std::string& outPath, Date today,
                 const CustomerReportData* customerData, ReportKind kind, std::string* error);

// Creates a QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise) when none
// exists; false when a non-GUI QCoreApplication is already running.
bool ensureGuiApplication(std::string* error);

}  // namespace crm::report
