#include "report/pdf/write_pdf_report.h"

#include <QBuffer>
#include <QByteArray>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "report/builder/report_builder.h"
#include "report/odt/chart_png.h"
#include "report/odt/odt_writer.h"
#include "report/pdf/pdf_blocks.h"
#include "report/pdf/pdf_deliverables.h"
#include "report/pdf/pdf_front_pages.h"
#include "report/pdf/wrapped_text.h"
#include "report/report_text.h"
#include "report/write_report.h"

namespace crm::report {
namespace {

using namespace pdf;

struct LayoutResult {
    int pages = 0;
    int summaryPage = 0;
    std::vector<int> sectionPages;
};

LayoutResult layOut(const ReportData& report, QPdfWriter& writer, QPainter* painter,
                    const PdfStyle& style, const LayoutResult* known, const PdfOptions& options) {
    const TitlePage& t = report.title;
    RunningText running{
        WrappedText::fromUtf8(t.company + " \u00b7 " + t.reportTitle + " \u00b7 " +
                              reportFormat("cycle {0}", t.cycleName)),
        WrappedText::fromUtf8((t.confidentiality.empty() ? "" : t.confidentiality + " \u00b7 ") +
                              reportFormat("Report date {0}", t.reportDate))};
    std::function<void(int)> onPage;
    if (known && options.progress) onPage = [&](int page) { options.progress(page, known->pages); };
    running.draft = t.draft;
    PageFlow flow(writer, painter, style, running, known ? known->pages : 0, onPage);
    LayoutResult result;
    if (report.kind == ReportKind::Brief) {
        // Two pages: the sections follow each other; a heading moves on with its first lines.
        drawBriefHeader(flow, t);
        for (const auto& section : report.sections) {
            flow.y += style.mm(2);
            drawSubheading(flow, section.title, style.mm(18));
            for (const auto& block : section.blocks) drawBlock(flow, block);
            result.sectionPages.push_back(flow.page());
        }
        result.pages = flow.page();
        return result;
    }

    drawTitlePage(flow, t);
    std::vector<TocEntry> toc{
        {"", reportText("Executive summary"), known ? known->summaryPage : 0}};
    for (std::size_t i = 0; i < report.sections.size(); ++i)
        toc.push_back({report.sections[i].number, report.sections[i].title,
                       known ? known->sectionPages[i] : 0});
    drawContents(flow, toc);
    // The summary page is full to its last line; the facilitator's note on it goes below the
    // contents, where the reader meets it just before the summary.
    for (const auto& narrative : report.summary.narratives) drawRichText(flow, narrative);

    drawExecutiveSummary(flow, report.summary);
    result.summaryPage = flow.page();
    for (const auto& section : report.sections) {
        flow.setSectionTitle(WrappedText::fromUtf8(
            section.number.empty() ? section.title : section.number + " " + section.title));
        flow.startPage(true);
        result.sectionPages.push_back(flow.page());
        drawSectionHeading(flow, section);
        for (const auto& block : section.blocks) drawBlock(flow, block);
    }
    result.pages = flow.page();
    return result;
}

}  // namespace

bool ensureGuiApplication(std::string* error) {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) return true;
    if (QCoreApplication::instance()) {
        if (error)
            *error =
                "PDF reports need a QGuiApplication (fonts); this program runs a QCoreApplication";
        return false;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "crmw";
    static char* argv[] = {name, nullptr};
    // Never destroyed: tearing Qt down during static destruction can crash at exit.
    static QGuiApplication* app = new QGuiApplication(argc, argv);
    return app != nullptr;
}

QByteArray renderPdf(const ReportData& report, const PdfOptions& options, std::string* error) {
    if (!ensureGuiApplication(error)) return {};
    const ReportLanguage language(report.language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageSize(
            QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(WrappedText::fromUtf8(report.title.reportTitle + " \u2014 " +
                                              report.title.company + " \u2014 " +
                                              report.title.cycleName));
        writer.setCreator(QStringLiteral("CRM Strategy Workbench"));
        const PdfStyle style = PdfStyle::forDevice(writer);

        // First run measures (page numbers for the contents and footers), second run paints.
        const LayoutResult measured = layOut(report, writer, nullptr, style, nullptr, options);
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error) *error = "the PDF writer could not start";
            return {};
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        layOut(report, writer, &painter, style, &measured, options);
        painter.end();
    }
    return buffer.data();
}

bool writePdf(const ReportData& report, const std::string& outPath, const PdfOptions& options,
              std::string* error) {
    QByteArray bytes = renderPdf(report, options, error);
    if (bytes.isEmpty()) return false;
    return writeTextFile(outPath, bytes.toStdString(), error);
}

bool writeReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                 PaperSize paper, const std::string& outPath, Date today, std::string* error) {
    return writeReport(assessment, cycleId, format, paper, outPath, today, nullptr, error);
}

bool writeReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                 PaperSize paper, const std::string& outPath, Date today,
                 const CustomerReportData* customerData, std::string* error) {
    return writeReport(assessment, cycleId, format, paper, outPath, today, customerData,
                       ReportKind::Full, error);
}

bool writeReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                 PaperSize paper, const std::string& outPath, Date today,
                 const CustomerReportData* customerData, ReportKind kind, std::string* error) {
    auto report = kind == ReportKind::Brief
                      ? buildBrief(assessment, cycleId, today, error)
                      : buildReport(assessment, cycleId, today, customerData, error);
    if (!report) return false;
    if (format == ReportFormat::Pdf)
        return writePdf(*report, outPath, PdfOptions{paper, {}}, error);
    if (format == ReportFormat::Odt)  // SVG charts plus PNG copies for readers without SVG
        return ensureGuiApplication(error) &&
               writeOdt(*report, outPath, OdtOptions{chartPngFromSvg}, error);
    return writeTextFile(outPath, renderText(*report, format), error);
}

}  // namespace crm::report
