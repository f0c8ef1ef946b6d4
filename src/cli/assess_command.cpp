// crmw assess: every score with its reason, as text or JSON.
#include "cli/assess_command.h"

#include <fmt/format.h>

#include <iostream>

#include "cli/assessment_json.h"
#include "cli/assessment_text.h"
#include "cli/cycle_argument.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "engine/reset/cycle_comparison.h"
#include "engine/text/phrase.h"
#include "engine/text/translations.h"
#include "engine/workshop/rating_spread.h"
#include "store/document.h"

namespace crm::cli {

void addAssessCommand(CLI::App& app, CommandAction& action) {
    auto* assess = app.add_subcommand(
        "assess", "Score a cycle: every score with its reason, findings, recommendations");
    static std::string file, cycleArg;
    static bool json = false;
    assess->add_option("FILE", file, "The .crmw document")->required();
    assess->add_option("--cycle", cycleArg,
                       "Cycle to score (id or name; default: the current one)");
    assess->add_flag("--json", json, "Print JSON instead of text");
    static std::string language = "en";
    assess
        ->add_option("--language", language,
                     "Language of the text output: en or de (JSON stays English)")
        ->check(CLI::IsMember(text::availableLanguages()));
    assess->callback([&action] {
        action = [] {
            auto doc = readDocument(file);
            const Assessment& a = doc.assessment();
            const Cycle* cycle = &cycleArgument(a, cycleArg, "--cycle");
            // Workshop votes and "not applicable" marks shape what the scores see.
            std::vector<std::string> excluded;
            const Cycle scored = workshop::effectiveCycle(*cycle, a.profile, &excluded);
            const auto result = assessment::assess(scored, a.profile);
            if (json) {
                std::cout << assessmentJson(result, excluded).dump(2) << "\n";
            } else {
                std::cout << assessmentText(result, *cycle, language);
                for (const auto& line : excluded)
                    std::cout << text::render(text::phrase("Not applicable (left out of every "
                                                           "score): {0}",
                                                           text::userText(line)),
                                              language)
                              << "\n";
            }
            return int{kOk};
        };
    });
}

}  // namespace crm::cli
