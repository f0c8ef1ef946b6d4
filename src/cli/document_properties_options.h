#pragma once
// crmw set FILE [--company] [--facilitator] [--industry] [--currency] [--language], and the same
// options on crmw new. A currency is trimmed and upper-cased ("eur" -> "EUR"); a code that is
// not three letters is a usage error naming the value, and so is a language other than en, de.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "cli/document_commands.h"
#include "engine/model/assessment.h"

namespace crm::cli {

// The options as given; nullopt for an option not on the command line.
struct DocumentPropertyOptions {
    std::optional<std::string> company, facilitator, industry, currency, language;

    bool anyGiven() const { return company || facilitator || industry || currency || language; }
    // `current` with the given options laid over it.
    DocumentProperties over(DocumentProperties current) const;
};

void addDocumentPropertyOptions(CLI::App* command, DocumentPropertyOptions& options);
void addSetCommand(CLI::App& app, CommandAction& action);

}  // namespace crm::cli
