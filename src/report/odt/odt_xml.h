#pragma once
// XML text for OpenDocument files. Escaping, and what happens to control characters and bytes
// that are not UTF-8, is engine/text/escaping.h's; this adds what ODF needs on top.
#include <string>
#include <string_view>

namespace crm::report::odt {

// The namespace declarations of content.xml and styles.xml (both root elements use them all).
inline constexpr const char* kOdfNamespaces =
    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

// Paragraph content: escaped (text::escapeXml), line breaks as <text:line-break/>, tabs as
// <text:tab/> and runs of spaces as <text:s/>, because ODF collapses white space like HTML does.
std::string paragraphText(std::string_view text);

}  // namespace crm::report::odt
