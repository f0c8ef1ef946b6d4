#pragma once
// The sections a reader may leave out of the full report, by key and by what they are called.
// The title page, the contents and the executive summary are always there. The choice is the
// document's (Assessment::reportSectionsLeftOut), so next year's report has the same shape;
// `crmw report --sections` and the export dialog's check boxes set it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm::report {

struct SectionChoice {
    std::string_view key;    // the section's id: "step-6", "changes", "evidence"
    std::string_view title;  // "6 Segments & objectives", "What changed since the last cycle"
};

// In report order. Sections that appear only with their data are listed too: leaving one out
// keeps it out once the data is there.
const std::vector<SectionChoice>& reportSectionChoices();
bool isReportSectionKey(std::string_view key);

// Parses "step-1,step-6,changes" (the sections to put in; "all" for every one) into the keys
// left out, sorted. nullopt with *error naming the unknown key and the known ones.
std::optional<std::vector<std::string>> sectionsLeftOutFromList(std::string_view list,
                                                                std::string* error);

}  // namespace crm::report
