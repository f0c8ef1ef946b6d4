// The escaping module: every expected string is written out by hand from the policy in
// engine/text/escaping.h (U+FFFD is the three bytes EF BF BD).
#include <catch2/catch.hpp>

#include <string>

#include "engine/text/escaping.h"

using namespace crm::text;
using namespace std::string_literals;

namespace {
const std::string kFffd = "\xEF\xBF\xBD";
}

TEST_CASE("each markup character is escaped in XML and HTML", "[text][escaping]") {
    CHECK(escapeXml("&") == "&amp;");
    CHECK(escapeXml("<") == "&lt;");
    CHECK(escapeXml(">") == "&gt;");
    CHECK(escapeXml("\"") == "&quot;");
    CHECK(escapeXml("'") == "&apos;");
    CHECK(escapeHtml("&") == "&amp;");
    CHECK(escapeHtml("<") == "&lt;");
    CHECK(escapeHtml(">") == "&gt;");
    CHECK(escapeHtml("\"") == "&quot;");
    CHECK(escapeHtml("'") == "&#39;");
    CHECK(escapeXmlAttribute("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    CHECK(escapeXml("Smith & Sons") == "Smith &amp; Sons");
    CHECK(escapeHtml("") == "");
    // An entity in the input is text, so its ampersand is escaped again.
    CHECK(escapeHtml("&amp;") == "&amp;amp;");
}

TEST_CASE("a <script> in a name stays text", "[text][escaping]") {
    const std::string name = "<script>alert('x')</script>";
    CHECK(escapeHtml(name) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    CHECK(escapeXml(name) == "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;");
    CHECK(escapeHtml("\" onmouseover=\"alert(1)") == "&quot; onmouseover=&quot;alert(1)");
}

TEST_CASE("tab, line feed and carriage return: kept in text, references in XML attributes",
          "[text][escaping]") {
    CHECK(escapeXml("a\tb\nc\rd") == "a\tb\nc\rd");
    CHECK(escapeHtml("a\tb\nc\rd") == "a\tb\nc\rd");
    CHECK(escapeXmlAttribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
    CHECK(sanitizedText("a\tb\nc\rd") == "a\tb\nc\rd");
}

TEST_CASE("control characters are dropped in every format", "[text][escaping]") {
    const std::string controls =
        "a\x01"
        "b\x07"
        "c\x1f"
        "d\x7f"
        "e";
    CHECK(escapeXml(controls) == "abcde");
    CHECK(escapeXmlAttribute(controls) == "abcde");
    CHECK(escapeHtml(controls) == "abcde");
    CHECK(escapeICalendarText(controls) == "abcde");
    CHECK(sanitizedText(controls) == "abcde");
    CHECK(escapeXml("NUL\0inside"s) == "NULinside");
    // C1 controls, U+0080 (C2 80) and U+009F (C2 9F); U+00A0 (C2 A0, no-break space) stays.
    CHECK(escapeXml("x\xC2\x80y\xC2\x9Fz\xC2\xA0") == "xyz\xC2\xA0");
    CHECK(escapeHtml("bell\x07 & <") == "bell &amp; &lt;");
}

TEST_CASE("invalid UTF-8 becomes one U+FFFD per byte", "[text][escaping][utf8]") {
    // Latin-1 "é" (E9) where UTF-8 was expected; the real UTF-8 "è" (C3 A8) passes.
    CHECK(escapeXml("caf\xE9 cr\xC3\xA8me") == "caf" + kFffd + " cr\xC3\xA8me");
    // Stray continuation bytes.
    CHECK(escapeHtml("\x80\xBF") == kFffd + kFffd);
    // Bytes that never start a sequence: C0, C1 (only overlong forms), F5..FF.
    CHECK(escapeXml("\xF5\xFE\xFF") == kFffd + kFffd + kFffd);
}

TEST_CASE("overlong forms are refused byte by byte", "[text][escaping][utf8]") {
    // "/" as C0 AF: both bytes are invalid (C0 never leads, AF alone is a continuation).
    CHECK(escapeXml("\xC0\xAF") == kFffd + kFffd);
    // NUL as C0 80: must not come back as a NUL or as nothing.
    CHECK(escapeHtml("\xC0\x80") == kFffd + kFffd);
    // "/" as E0 80 AF (three bytes where one will do).
    CHECK(escapeXml("\xE0\x80\xAF") == kFffd + kFffd + kFffd);
    // U+FFFF as F0 8F BF BF (four bytes where three will do).
    CHECK(escapeXml("\xF0\x8F\xBF\xBF") == kFffd + kFffd + kFffd + kFffd);
}

TEST_CASE("sequences cut short are refused, the text after them kept", "[text][escaping][utf8]") {
    CHECK(escapeXml("caf\xC3") == "caf" + kFffd);  // the last byte of a 2-byte "é" missing
    CHECK(escapeXml("\xE2\x82 euro") == kFffd + kFffd + " euro");  // 3-byte "€" without its end
    CHECK(escapeHtml("\xF0\x9F\x98<") == kFffd + kFffd + kFffd + "&lt;");  // emoji cut short
    CHECK(escapeXml("\xC3\x28") == kFffd + "(");  // a lead byte followed by ASCII
}

TEST_CASE("UTF-16 surrogates and code points above U+10FFFF are refused",
          "[text][escaping][utf8]") {
    CHECK(escapeXml("\xED\xA0\x80") == kFffd + kFffd + kFffd);  // U+D800
    CHECK(escapeXml("\xED\xBF\xBF") == kFffd + kFffd + kFffd);  // U+DFFF
    CHECK(escapeXml("\xED\x9F\xBF") == "\xED\x9F\xBF");         // U+D7FF, just below: valid
    CHECK(escapeHtml("\xF4\x90\x80\x80") == kFffd + kFffd + kFffd + kFffd);  // U+110000
    CHECK(escapeHtml("\xF4\x8F\xBF\xBF") == "\xF4\x8F\xBF\xBF");             // U+10FFFF: valid
}

TEST_CASE("U+FFFE and U+FFFF become U+FFFD, other characters pass whole",
          "[text][escaping][utf8]") {
    CHECK(escapeXml("a\xEF\xBF\xBE"
                    "b\xEF\xBF\xBF") == "a" + kFffd + "b" + kFffd);
    CHECK(escapeXml("2 \xE2\x86\x92 4") == "2 \xE2\x86\x92 4");  // U+2192
    CHECK(escapeHtml("\xF0\x9F\x98\x80 e\xCC\x81") == "\xF0\x9F\x98\x80 e\xCC\x81");
    CHECK(escapeXml(kFffd) == kFffd);  // a replacement character in the input stays one
}

TEST_CASE("iCalendar TEXT escapes backslash, semicolon, comma and line breaks",
          "[text][escaping][ics]") {
    CHECK(escapeICalendarText("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    CHECK(escapeICalendarText("one\r\ntwo") == "one\\ntwo");  // CR LF is one line break
    CHECK(escapeICalendarText("tab\there") == "tab\there");
    CHECK(escapeICalendarText("Quill, Ink; & Co <b>") == "Quill\\, Ink\\; & Co <b>");
    CHECK(escapeICalendarText("caf\xE9") == "caf" + kFffd);
    CHECK(escapeICalendarText("x\x0by") == "xy");  // vertical tab: a control, dropped
}

TEST_CASE("sanitizedText escapes nothing", "[text][escaping]") {
    CHECK(sanitizedText("<a href='x'>&</a>") == "<a href='x'>&</a>");
    CHECK(sanitizedText("ok\x01\xFF") == "ok" + kFffd);
}
