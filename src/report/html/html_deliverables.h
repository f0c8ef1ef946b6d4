#pragma once
// The facilitator's deliverables in HTML: narratives, the sign-off table, the cover's extras.
// Their CSS is added only to reports that carry them, so other reports stay byte-identical.
#include <string>
#include <string_view>

#include "report/report_data.h"

namespace crm::report {

void appendRichText(std::string& out, const RichTextBlock& block);
void appendSignOff(std::string& out, const SignOffBlock& block);
// The logo and the confidentiality line of the title page (nothing when unset).
void appendCoverLogo(std::string& out, const TitlePage& title);
void appendConfidentiality(std::string& out, const TitlePage& title);

bool hasDeliverables(const ReportData& report);
std::string_view deliverablesStylesheet();

}  // namespace crm::report
