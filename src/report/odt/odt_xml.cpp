#include "report/odt/odt_xml.h"

#include "engine/text/escaping.h"

namespace crm::report::odt {

std::string paragraphText(std::string_view text) {
    std::string out;
    std::string run;  // plain text is escaped in runs, so UTF-8 sequences stay whole
    std::size_t spaces = 0;
    auto flush = [&] {
        out += text::escapeXml(run);
        run.clear();
        // One space is kept as is; the rest of a run must be written as <text:s/>.
        if (spaces == 0) return;
        out += ' ';
        if (spaces == 2) out += "<text:s/>";
        if (spaces > 2) out += "<text:s text:c=\"" + std::to_string(spaces - 1) + "\"/>";
        spaces = 0;
    };
    for (const char ch : text) {
        if (ch == ' ') {
            ++spaces;
            continue;
        }
        if (spaces) flush();
        if (ch == '\r') continue;
        if (ch == '\n' || ch == '\t') {
            flush();
            out += ch == '\n' ? "<text:line-break/>" : "<text:tab/>";
            continue;
        }
        run += ch;
    }
    flush();
    return out;
}

}  // namespace crm::report::odt
