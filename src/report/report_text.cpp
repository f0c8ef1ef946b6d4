#include "report/report_text.h"

#include "engine/text/translations.h"

namespace crm::report {
namespace {

// One report is built or rendered per thread at a time; the GUI renders on a worker thread.
thread_local std::string currentLanguage = "en";

const text::Translations& translations() {
    return text::Translations::forLanguage(currentLanguage);
}

}  // namespace

ReportLanguage::ReportLanguage(std::string_view language) : previous_(currentLanguage) {
    currentLanguage = std::string(text::Translations::forLanguage(language).language());
}

ReportLanguage::~ReportLanguage() { currentLanguage = previous_; }

std::string_view reportLanguage() { return currentLanguage; }

const text::LocaleStyle& reportStyle() { return text::LocaleStyle::forLanguage(currentLanguage); }

std::string reportText(std::string_view english) {
    return std::string(translations().text("report", english));
}

std::string reportTextIn(std::string_view context, std::string_view english) {
    return std::string(translations().text("report", context, english));
}

std::string reportPlural(std::string_view singular, std::string_view plural, long long n) {
    const std::string_view chosen = translations().plural("report", singular, plural, n);
    return fmt::format(fmt::runtime(chosen), n);  // counts are written without grouping
}

std::string choiceText(std::string_view label) { return reportTextIn("choice", label); }

std::string assessmentText(std::string_view english) {
    return std::string(translations().text("assessment", english));
}

std::string assessmentText(const text::Phrase& phrase, std::string_view english) {
    if (phrase.english.empty()) return assessmentText(english);
    return text::render(phrase, translations(), reportStyle());
}

std::string catalogText(std::string_view english) {
    return std::string(translations().text("catalogs", english));
}

}  // namespace crm::report
