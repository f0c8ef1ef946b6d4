#include "cli/document_properties_options.h"

#include <fmt/format.h>

#include "cli/analysis_settings_options.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "engine/model/currency.h"
#include "store/document.h"

namespace crm::cli {

namespace {

// CLI11 runs this before the value is stored: normalizes it in place, or names what is wrong.
std::string normalizeCurrencyOption(std::string& value) {
    const std::string code = normalizeCurrencyCode(value);
    if (!isCurrencyCode(code))
        return fmt::format("'{}' is not a currency code: three letters such as EUR, USD or GBP",
                           value);
    value = code;
    return {};
}

std::string checkLanguageOption(std::string& value) {
    if (isDocumentLanguage(value)) return {};
    return fmt::format("'{}' is not a language the report is written in: {}", value,
                       languageList());
}

}  // namespace

DocumentProperties DocumentPropertyOptions::over(DocumentProperties current) const {
    if (company) current.companyName = *company;
    if (facilitator) current.facilitator = *facilitator;
    if (industry) current.industry = *industry;
    if (currency) current.currency = *currency;
    if (language) current.language = *language;
    return current;
}

void addDocumentPropertyOptions(CLI::App* command, DocumentPropertyOptions& options) {
    command->add_option("--company", options.company, "Company name");
    command->add_option("--facilitator", options.facilitator, "Who runs the workshop");
    command->add_option("--industry", options.industry, "The company's industry, in words");
    command
        ->add_option("--currency", options.currency,
                     "ISO 4217 code of every amount in the document, such as EUR")
        ->type_name("CODE")
        ->transform(CLI::Validator(normalizeCurrencyOption, "CODE", "currency code"));
    command
        ->add_option("--language", options.language,
                     "The language the report is written in unless chosen when it is made: " +
                         languageList())
        ->type_name("CODE")
        ->check(CLI::Validator(checkLanguageOption, "CODE", "language code"));
}

void addSetCommand(CLI::App& app, CommandAction& action) {
    auto* set = app.add_subcommand(
        "set",
        "Change a document's company, facilitator, industry, currency or language, or the "
        "settings of its customer analysis");
    static std::string file;
    static DocumentPropertyOptions options;
    static AnalysisSettingOptions analysis;
    set->add_option("FILE", file, "The .crmw file to change")->required();
    addDocumentPropertyOptions(set, options);
    addAnalysisSettingOptions(set, analysis);
    set->callback([&action] {
        action = [] {
            if (!options.anyGiven() && !analysis.anyGiven()) {
                fmt::print(stderr,
                           "crmw: set: nothing to change; give at least one of --company, "
                           "--facilitator, --industry, --currency, --language, "
                           "--calibration-end, --analysis-period, --horizon-months, "
                           "--monthly-discount-rate\n");
                return int{kUsage};
            }
            if (options.company && options.company->empty()) {
                fmt::print(stderr, "crmw: set: the company name cannot be empty\n");
                return int{kUsage};
            }
            auto doc = openForChange(file);
            const DocumentProperties changed = options.over(doc.assessment().properties());
            if (options.anyGiven()) doc.setDocumentProperties(changed);
            const CustomerAnalysisSettings settings =
                analysis.over(doc.assessment().customerAnalysis);
            if (analysis.anyGiven()) doc.setCustomerAnalysisSettings(settings);
            const auto orNone = [](const std::string& text) {
                return text.empty() ? std::string("(not set)") : text;
            };
            fmt::print(
                "{}\n  company: {}\n  facilitator: {}\n  industry: {}\n  currency: {}\n  "
                "language: {}\n{}",
                file, changed.companyName, orNone(changed.facilitator), orNone(changed.industry),
                orNone(changed.currency), changed.language, analysisSettingsLine(settings));
            return int{kOk};
        };
    });
}

}  // namespace crm::cli
