#include "gui/report_export/report_formats.h"
#include "gui/common/local_format.h"

namespace crm::gui {
namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

const report::ReportFormatInfo* infoOf(report::ReportFormat format) {
    for (const auto& info : report::reportFormats())
        if (info.format == format) return &info;
    return nullptr;
}

}  // namespace

QString reportFormatExtension(report::ReportFormat format) {
    return fromView(report::reportFormatName(format));
}

QString reportFormatLabel(report::ReportFormat format) {
    const auto* info = infoOf(format);
    const QString name = reportFormatExtension(format).toUpper();
    return info ? name + QStringLiteral(" — ") + engineText("report", info->description) : name;
}

bool reportFormatHasPages(report::ReportFormat format) {
    return format == report::ReportFormat::Pdf;  // the only format written with a paper size
}

}  // namespace crm::gui
