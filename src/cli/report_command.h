#pragma once
// crmw report FILE [--format pdf|html|json|odt] [--cycle ID] [--paper a4|letter] [--date DAY]
// -o OUT: the strategy report without a window (the PDF through an offscreen Qt platform).
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "cli/document_commands.h"
#include "engine/model/assessment.h"
#include "engine/transactions/transaction_table.h"

namespace crm::cli {

struct ReportCommandOptions {
    std::string inputPath;
    std::string format;   // "pdf", "html", "json", "odt"; empty = from the output's extension
    std::string cycleId;  // id or name; empty = the current cycle
    std::string paper = "a4";
    std::string outputPath;
    std::string
        date;  // report date YYYY-MM-DD; empty = today (UTC). Pin it for reproducible output.
    bool brief = false;  // the two-page executive brief
    // "step-1,changes" or "all"; empty = the document's own choice. Not stored (read only).
    std::string sections;
    std::string language;  // "en", "de"; empty: the document's language
};

// Returns the assessment, or nullopt with *error set. It may also throw (store::StoreError):
// runReportCommand lets exceptions through, and main maps them to exit codes.
using AssessmentLoader =
    std::function<std::optional<Assessment>(const std::string& path, std::string* error)>;

// The transaction lines a document holds (crmw import-transactions); an empty table when it
// holds none. May throw like AssessmentLoader.
using TransactionLoader = std::function<transactions::TransactionTable(const std::string& path)>;

// Adds `crmw report`, which opens the document with the store.
void addReportCommand(CLI::App& app, CommandAction& action);

// The command's work, with the loading passed in so tests can run it without a document.
// Prints the written path to out and returns kOk; otherwise a message on err and kUsage (bad
// format, paper, date or cycle), kFileRefused (the loader said no) or kFailed (the report could
// not be written). When loadTransactions is given and the document holds transaction lines,
// section 6 gets the customer data (Lorenz curve, RFM groups, lifetime value).
int runReportCommand(const ReportCommandOptions& options, const AssessmentLoader& load,
                     const TransactionLoader& loadTransactions, std::ostream& out,
                     std::ostream& err);

}  // namespace crm::cli
