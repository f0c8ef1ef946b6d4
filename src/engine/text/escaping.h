#pragma once
// User text written into the formats we produce: XML (the SVG charts, the OpenDocument files),
// HTML and iCalendar TEXT. Every function here applies one policy to text that is not clean, so
// a name shows the same in every format:
//
// - Text is read as UTF-8. Each byte that is not part of a well-formed sequence becomes U+FFFD:
//   a stray continuation byte, a lead byte whose sequence is cut short, an overlong form, a UTF-16
//   surrogate (ED A0..BF xx) and anything above U+10FFFF. One U+FFFD per byte, so the reader sees
//   how much was lost. A report must always come out, and a strict reader (XML, LibreOffice,
//   calendar programs) refuses a whole file for one bad byte.
// - U+FFFE and U+FFFF are valid UTF-8 but no characters in XML 1.0: they become U+FFFD too.
// - Control characters (Unicode Cc: U+0000..U+001F, U+007F..U+009F) other than tab, line feed
//   and carriage return are dropped: XML 1.0 forbids most of them, RFC 5545 forbids them in TEXT,
//   HTML calls them parse errors, and none of them shows. Tab, line feed and carriage return are
//   left to each format (see each function).
//
// The escaping functions are safe both in element content and in attribute values quoted with
// either " or '.
#include <string>
#include <string_view>

namespace crm::text {

// The policy alone: the text as valid UTF-8 without control characters, nothing escaped.
std::string sanitizedText(std::string_view text);

// XML 1.0 (SVG, OpenDocument): & < > " ' as &amp; &lt; &gt; &quot; &apos;. Tab, line feed and
// carriage return are kept as they are, which is right for element content.
std::string escapeXml(std::string_view text);

// An XML attribute value: like escapeXml, and tab, line feed and carriage return as &#9; &#10;
// &#13;, because an XML reader turns the literal characters in an attribute into spaces.
std::string escapeXmlAttribute(std::string_view text);

// HTML element content and attribute values: & < > " ' as &amp; &lt; &gt; &quot; &#39; (&#39;,
// not &apos;, which HTML 4 readers do not know). Tab, line feed and carriage return are kept;
// HTML keeps them in attribute values too.
std::string escapeHtml(std::string_view text);

// An iCalendar TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma preceded by a
// backslash, a line feed as the two characters \n; a carriage return is dropped, so CR LF is one
// line break. Tab is kept (the RFC allows it). Folding long lines is the writer's job.
std::string escapeICalendarText(std::string_view text);

}  // namespace crm::text
