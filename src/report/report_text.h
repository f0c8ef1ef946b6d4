#pragma once
// The report's words and numbers in the language it is written in. Building a report
// (buildReportData) and rendering one (renderText, renderPdf, the ODT writer) each open a
// ReportLanguage for their thread; the helpers below read it, so the many places that write a
// word or a number need no language passed down. Without one open, the report is English.
//
// Every fixed English text of the report goes through reportText / reportFormat /
// reportPlural, the keywords xgettext extracts into translations/report/report.pot (see
// docs/translating.md). Texts that come from the engine go through assessmentText and
// catalogText, whose catalogs are their own domains. User-entered text is never translated.
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "engine/text/locale_style.h"
#include "engine/text/phrase.h"

namespace crm::report {

// Sets the current thread's report language until it goes out of scope (nests).
class ReportLanguage {
  public:
    explicit ReportLanguage(std::string_view language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

  private:
    std::string previous_;
};

std::string_view reportLanguage();  // "en" when none is open
const text::LocaleStyle& reportStyle();

// Marks an English text that is stored now and translated later with reportText (a chart's
// default axis label, translated when the chart is drawn); returns it unchanged.
constexpr const char* reportMsgid(const char* english) { return english; }

// A fixed text of the report ("report" domain).
std::string reportText(std::string_view english);
// The same where one English word needs two translations.
std::string reportTextIn(std::string_view context, std::string_view english);
// A text with fmt placeholders {0}, {1} filled after translation, so the translator can
// reorder them.
template <class... Args>
std::string reportFormat(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(reportText(english)), std::forward<Args>(args)...);
}
// The singular for n == 1, else the plural, with {0} the number (digits only, as the report
// has always written counts in sentences).
std::string reportPlural(std::string_view singular, std::string_view plural, long long n);
// The label of one of the domain's fixed choices (engine/model/choices.h: "Sales", "Survey"),
// translated in the report's catalog under the context "choice".
std::string choiceText(std::string_view label);
// Texts made by the engine: the assessment's reasons, findings, recommendations and step
// titles ("assessment"), and the built-in catalogs' names and descriptions ("catalogs").
std::string assessmentText(std::string_view english);
// An engine phrase (a reason, finding or recommendation with its values) in the report's
// language; the English text when the engine gave no phrase.
std::string assessmentText(const text::Phrase& phrase, std::string_view english);
std::string catalogText(std::string_view english);

}  // namespace crm::report
