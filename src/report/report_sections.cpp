#include "report/report_sections.h"

#include <algorithm>

namespace crm::report {

const std::vector<SectionChoice>& reportSectionChoices() {
    static const std::vector<SectionChoice> choices = {
        {"step-1", "1 Business strategy"},
        {"step-2", "2 Current metrics"},
        {"step-3", "3 Customer pain"},
        {"step-4", "4 Relationship state"},
        {"step-5", "5 What matters to customers"},
        {"step-6", "6 Segments & objectives"},
        {"step-7", "7 Segment treatment"},
        {"step-8", "8 Monitoring metrics"},
        {"step-9", "9 Alignment"},
        {"step-10", "10 Capabilities"},
        {"changes", "What changed since the last cycle"},
        {"disagreement", "Where the room disagreed"},
        {"parking-lot", "Parking lot"},
        {"action-plan", "Action plan"},
        {"recommendations", "Recommendations"},
        {"methodology", "Methodology (appendix)"},
        {"milestones", "Milestones in full (appendix)"},
        {"evidence", "Evidence and notes (appendix)"},
        {"closing", "Closing and sign-off"},
    };
    return choices;
}

bool isReportSectionKey(std::string_view key) {
    const auto& all = reportSectionChoices();
    return std::any_of(all.begin(), all.end(),
                       [&](const SectionChoice& c) { return c.key == key; });
}

std::optional<std::vector<std::string>> sectionsLeftOutFromList(std::string_view list,
                                                                std::string* error) {
    std::vector<std::string> chosen;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        std::size_t comma = list.find(',', pos);
        if (comma == std::string_view::npos) comma = list.size();
        std::string_view key = list.substr(pos, comma - pos);
        while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
        while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
        pos = comma + 1;
        if (key.empty()) continue;
        if (key == "all") return std::vector<std::string>{};
        if (!isReportSectionKey(key)) {
            if (error) {
                *error = "no report section '" + std::string(key) + "'; the sections are: all";
                for (const auto& c : reportSectionChoices()) *error += ", " + std::string(c.key);
            }
            return std::nullopt;
        }
        chosen.emplace_back(key);
    }
    std::vector<std::string> leftOut;
    for (const auto& c : reportSectionChoices())
        if (std::find(chosen.begin(), chosen.end(), c.key) == chosen.end())
            leftOut.emplace_back(c.key);
    std::sort(leftOut.begin(), leftOut.end());
    return leftOut;
}

}  // namespace crm::report
