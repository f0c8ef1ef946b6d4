#pragma once
// XML text for OpenDocument files. User text may hold characters XML 1.0 forbids (control
// characters pasted from other programs) or bytes that are not UTF-8; they are dropped or
// replaced so content.xml always parses.
#include <string>
#include <string_view>

namespace crm::report::odt {

// Escaped attribute or element text, forbidden characters dropped.
std::string escapeXml(std::string_view text);

// Paragraph content: escaped, line breaks as <text:line-break/>, tabs as <text:tab/> and runs
// of spaces as <text:s/>, because ODF collapses white space like HTML does.
std::string paragraphText(std::string_view text);

}  // namespace crm::report::odt
