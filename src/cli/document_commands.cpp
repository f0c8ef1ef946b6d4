// crmw new | import-json | export-json | validate | info
#include "cli/document_commands.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/document_access.h"
#include "cli/document_properties_options.h"
#include "cli/exit_codes.h"
#include "cli/text_output.h"
#include "engine/assessment/completeness.h"
#include "engine/deliverables/action_drafts.h"
#include "engine/model/descriptor.h"
#include "engine/model/validation.h"
#include "platform/file_system.h"
#include "store/document.h"
#include "store/json_io.h"

namespace crm::cli {

namespace {

std::string readWholeFile(const std::string& path) {
    if (!store::fileExists(path))
        throw store::StoreError(store::StoreErrorKind::NotFound,
                                fmt::format("{}: no such file", path));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw store::StoreError(store::StoreErrorKind::NotFound,
                                fmt::format("{}: cannot be read", path));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void writeWholeFile(const std::string& path, const std::string& text) {
    if (platform::writeWholeFile(path, text))
        throw store::StoreError(store::StoreErrorKind::Io,
                                fmt::format("{}: cannot be written", path));
}

int printInfo(const store::Document& doc) {
    const Assessment& a = doc.assessment();
    const auto orNone = [](const std::string& text) {
        return text.empty() ? std::string("(not set)") : text;
    };
    std::string cycleNames;
    for (const Cycle& c : a.cycles) cycleNames += (cycleNames.empty() ? "" : ", ") + c.name;
    fmt::print("{}\n", doc.path());
    fmt::print("  company: {}\n", orNone(a.companyName));
    fmt::print("  facilitator: {}\n", orNone(a.facilitator));
    fmt::print("  industry: {}\n", orNone(a.industry));
    fmt::print("  currency: {}\n", orNone(a.currency));
    fmt::print("  language: {}\n", a.language);
    fmt::print("  current cycle: {}\n", a.currentCycle() ? a.currentCycle()->name : "(none)");
    fmt::print("  cycles: {} ({})\n", a.cycles.size(), cycleNames);
    for (const Cycle& c : a.cycles) {
        fmt::print("\ncycle {}, assessment date {}\n", c.name,
                   c.assessmentDate ? formatDate(*c.assessmentDate) : "not set");
        for (int step = 1; step <= 10; ++step) {
            std::string counts;
            for (const auto* d : entityDescriptors())
                if (d->step == step && !d->singleton)
                    counts += fmt::format("{}{}", counts.empty() ? "" : ", ",
                                          countedItems(d->count(c), *d));
            fmt::print("  {:<37}{}\n",
                       fmt::format("step {:>2}  {}", step, assessment::stepTitle(step)),
                       counts.empty() ? "statement and figures" : counts);
        }
        const auto open = static_cast<std::size_t>(
            std::count_if(c.actions.begin(), c.actions.end(),
                          [](const ActionItem& x) { return deliverables::isOpen(x); }));
        fmt::print("  {:<37}{} ({} open), {}, {}{}\n", "report",
                   counted(c.actions.size(), "action", "actions"), grouped(open),
                   counted(c.narratives.size(), "narrative", "narratives"),
                   counted(c.signOffs.size(), "sign-off", "sign-offs"),
                   c.cover.logo.empty() ? "" : ", a cover logo");
    }
    return kOk;
}

}  // namespace

void addDocumentCommands(CLI::App& app, CommandAction& action) {
    auto* create = app.add_subcommand("new", "Create an empty assessment document");
    static std::string newFile, cycleName = "2026";
    static DocumentPropertyOptions properties;
    create->add_option("FILE", newFile, "The .crmw file to create")->required();
    addDocumentPropertyOptions(create, properties);
    create->add_option("--cycle", cycleName, "Name of the first cycle");
    create->callback([&action] {
        action = [] {
            Assessment blank = store::Document::blankAssessment("New company", cycleName);
            blank.setProperties(properties.over(blank.properties()));
            createChecked(newFile, blank, false);
            fmt::print("created {}\n", newFile);
            return int{kOk};
        };
    });

    auto* importJson =
        app.add_subcommand("import-json", "Create a document from an assessment JSON file");
    static std::string jsonIn, docOut;
    static bool force = false;
    importJson->add_option("JSON", jsonIn, "The JSON file to read")->required();
    importJson->add_option("FILE", docOut, "The .crmw file to create")->required();
    importJson->add_flag("--force", force, "Replace FILE if it exists");
    importJson->callback([&action] {
        action = [] {
            checkCanCreate(docOut, force);  // before reading: the same refusal as `new`
            Assessment a = store::importAssessmentJson(readWholeFile(jsonIn));
            auto problems = validateAssessment(a);
            createChecked(docOut, a, force);
            fmt::print("created {} from {} ({})\n", docOut, jsonIn,
                       counted(a.cycles.size(), "cycle", "cycles"));
            for (const auto& p : problems)
                fmt::print(stderr, "warning: {}: {}\n", p.where, p.message);
            return int{kOk};
        };
    });

    auto* exportJson = app.add_subcommand("export-json", "Write a document as JSON");
    static std::string exportFile, exportOut;
    exportJson->add_option("FILE", exportFile, "The .crmw file to read")->required();
    exportJson->add_option("-o,--output", exportOut, "Output file (default: standard output)");
    exportJson->callback([&action] {
        action = [] {
            auto doc = readDocument(exportFile);
            const std::string json = store::exportAssessmentJson(doc.assessment());
            if (exportOut.empty())
                std::cout << json;
            else
                writeWholeFile(exportOut, json);
            return int{kOk};
        };
    });

    auto* validate = app.add_subcommand(
        "validate", "Check a document: schema and references; exit 1 on problems");
    static std::string validateFile;
    validate->add_option("FILE", validateFile, "The .crmw file to check")->required();
    validate->callback([&action] {
        action = [] {
            auto doc = readDocument(validateFile);
            auto problems = validateAssessment(doc.assessment());
            for (const auto& p : problems) fmt::print("{}: {}\n", p.where, p.message);
            if (problems.empty())
                fmt::print("{}: no problems found\n", validateFile);
            else
                fmt::print("{}: {}\n", validateFile,
                           counted(problems.size(), "problem", "problems"));
            return problems.empty() ? int{kOk} : int{kProblemsFound};
        };
    });

    auto* info =
        app.add_subcommand("info", "Show the cycles of a document and the item counts per step");
    static std::string infoFile;
    info->add_option("FILE", infoFile, "The .crmw file to read")->required();
    info->callback([&action] { action = [] { return printInfo(readDocument(infoFile)); }; });
}

}  // namespace crm::cli
