// Times the strategy report of a workshop of realistic size (about 30 PDF pages): building
// ReportData (engine scores included), HTML, JSON and PDF. Not part of ctest.
//   report_bench [--repetitions N] [--out DIR]
#include <QGuiApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "large_assessment.h"
#include "report/builder/report_builder.h"
#include "report/html/html_renderer.h"
#include "report/json/json_renderer.h"
#include "report/pdf/write_pdf_report.h"

using namespace crm;
using namespace crm::report;

namespace {

struct Timing {
    double medianMs = 0, minMs = 0, medianCpuMs = 0;
};

double cpuMs() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

Timing measure(int repetitions, const std::function<void()>& work) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < repetitions; ++i) {
        const double c0 = cpuMs();
        const auto t0 = std::chrono::steady_clock::now();
        work();
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
        cpu.push_back(cpuMs() - c0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], wall.front(), cpu[cpu.size() / 2]};
}

void row(const char* what, const Timing& t, const std::string& note) {
    std::printf("%-40s %10.1f %10.1f %10.1f   %s\n", what, t.medianMs, t.minMs, t.medianCpuMs,
                note.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    int repetitions = 7;
    std::string outDir;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--repetitions"))
            repetitions = std::max(1, std::atoi(argv[i + 1]));
        if (!std::strcmp(argv[i], "--out")) outDir = argv[i + 1];
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const Assessment assessment = bench::makeLargeAssessment();
    const Date today = Date{date::year{2026} / 4 / 2};
    std::string error;
    ReportData report;
    std::string html, json;
    QByteArray pdfA4, pdfLetter;
    int pages = 0;

    std::printf("%-40s %10s %10s %10s\n", "step", "median ms", "min ms", "cpu ms");
    Timing t = measure(repetitions, [&] { report = *buildReport(assessment, "", today, &error); });
    row("build ReportData (engine scores)", t, "");
    t = measure(repetitions, [&] { html = renderHtml(report); });
    row("render HTML", t, std::to_string(html.size() / 1024) + " KiB");
    t = measure(repetitions, [&] { json = renderJson(report); });
    row("render JSON", t, std::to_string(json.size() / 1024) + " KiB");
    t = measure(repetitions, [&] {
        pdfA4 = renderPdf(report, PdfOptions{PaperSize::A4, [&](int, int total) { pages = total; }},
                          &error);
    });
    row("render PDF, A4 (two-pass layout)", t,
        std::to_string(pages) + " pages, " + std::to_string(pdfA4.size() / 1024) + " KiB");
    t = measure(repetitions, [&] {
        pdfLetter = renderPdf(
            report, PdfOptions{PaperSize::Letter, [&](int, int total) { pages = total; }}, &error);
    });
    row("render PDF, Letter", t,
        std::to_string(pages) + " pages, " + std::to_string(pdfLetter.size() / 1024) + " KiB");
    t = measure(repetitions,
                [&] { html = renderHtml(*buildReport(assessment, "", today, &error)); });
    row("build + render HTML", t, "");
    t = measure(repetitions, [&] {
        pdfA4 = renderPdf(*buildReport(assessment, "", today, &error), PdfOptions{}, &error);
    });
    row("build + render PDF A4", t, "");

    if (!outDir.empty()) {
        std::ofstream(outDir + "/bench-report.html", std::ios::binary) << html;
        std::ofstream(outDir + "/bench-report.json", std::ios::binary) << json;
        std::ofstream(outDir + "/bench-report.pdf", std::ios::binary)
            .write(pdfA4.constData(), pdfA4.size());
    }
    return error.empty() ? 0 : 1;
}
