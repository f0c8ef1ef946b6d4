#pragma once
// The report formats the export dialog offers: report::reportFormats(), so a format added to
// the report library appears in the dialog without a change here.
#include <QString>

#include "report/report_format.h"

namespace crm::gui {

QString reportFormatExtension(report::ReportFormat format);  // "pdf", "odt", ...
QString reportFormatLabel(report::ReportFormat format);      // "PDF — ready to print …"
bool reportFormatHasPages(report::ReportFormat format);      // the paper size matters

}  // namespace crm::gui
