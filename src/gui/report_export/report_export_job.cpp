#include "gui/report_export/report_export_job.h"

#include <QByteArray>

#include "gui/customer_data/customer_report_data.h"
#include "report/builder/report_builder.h"
#include "report/pdf/write_pdf_report.h"
#include "report/write_report.h"

namespace crm::gui {
namespace {

// Thrown from the PDF progress callback: the renderer has no cancel of its own, and the
// only thing unwound is the report's layout code and a QPainter/QPdfWriter on a memory buffer.
struct ExportCancelled {};

// The steps before the pages: customer data, report model. The pages follow, then the file.
constexpr int kStepsBeforePages = 2;

}  // namespace

ReportExportOutcome runReportExport(const ReportExportRequest& request,
                                    const std::shared_ptr<ReportExportProgress>& progress) {
    ReportExportOutcome outcome;
    auto cancelled = [&] {
        outcome.cancelled = progress->cancelRequested.load();
        return outcome.cancelled;
    };
    auto step = [&](int done) { progress->done = done; };
    const bool pdf = request.format == report::ReportFormat::Pdf;
    progress->total = pdf ? 0 : kStepsBeforePages + 1;
    std::string error;
    auto fail = [&] {
        // Every message names the file, even the renderer's own.
        outcome.error = error.find(request.outputPath) == std::string::npos
                            ? "cannot write '" + request.outputPath + "': " + error
                            : error;
        return outcome;
    };

    // Unreadable transaction lines only leave the customer part out of the report.
    const auto customers = customerReportData(request.documentPath, request.assessment.profile,
                                              request.assessment.customerAnalysis, &error);
    outcome.hasCustomerData = customers.has_value();
    error.clear();
    step(1);
    if (cancelled()) return outcome;

    if (!pdf) {
        // Every other format is quick to write: the report library's own writer.
        step(kStepsBeforePages);
        if (!report::writeReport(request.assessment, request.cycleId, request.format, request.paper,
                                 request.outputPath, request.reportDate,
                                 customers ? &*customers : nullptr, request.kind, &error))
            return fail();
        step(progress->total);
        outcome.written = true;
        return outcome;
    }

    auto model =
        request.kind == report::ReportKind::Brief
            ? report::buildBrief(request.assessment, request.cycleId, request.reportDate, &error)
            : report::buildReport(request.assessment, request.cycleId, request.reportDate,
                                  customers ? &*customers : nullptr, &error);
    if (!model) return fail();
    step(kStepsBeforePages);
    if (cancelled()) return outcome;
    report::PdfOptions options;
    options.paper = request.paper;
    options.progress = [&](int page, int pages) {
        progress->total = kStepsBeforePages + pages + 1;
        step(kStepsBeforePages + page);
        if (progress->cancelRequested.load()) throw ExportCancelled{};
    };
    QByteArray bytes;
    try {
        bytes = report::renderPdf(*model, options, &error);
    } catch (const ExportCancelled&) {
        outcome.cancelled = true;
        return outcome;
    }
    if (bytes.isEmpty()) return fail();
    if (cancelled()) return outcome;
    if (!report::writeTextFile(request.outputPath, bytes.toStdString(), &error)) return fail();
    step(progress->total);
    outcome.written = true;
    return outcome;
}

}  // namespace crm::gui
