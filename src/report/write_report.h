#pragma once
// Writing the Qt-free formats (HTML, JSON, ODT) to a file. PDF lives in report_pdf
// (report/pdf/write_pdf_report.h), whose writeReport() handles every format.
#include <string>

#include "engine/model/assessment.h"
#include "report/report_data.h"
#include "report/report_format.h"

namespace crm::report {

// Renders HTML or JSON text, or the .odt file's bytes (a zip; charts as SVG pictures, see
// report/odt/odt_writer.h for PNG copies); an empty string for PDF.
std::string renderText(const ReportData& report, ReportFormat format);

// Writes the text atomically enough for a facilitator: to OUT.tmp, then renamed over OUT, so
// a failed write never leaves half a report behind. False with *error in words.
bool writeTextFile(const std::string& outPath, const std::string& text, std::string* error);

// Builds and writes an HTML, JSON or ODT report of one cycle (empty id = the current cycle).
bool writeTextReport(const Assessment& assessment, const EntityId& cycleId, ReportFormat format,
                     const std::string& outPath, Date today, std::string* error);

}  // namespace crm::report
