#pragma once
// `crmw report FILE --format pdf|html|json [--cycle ID] [--paper a4|letter] [--date DAY] -o OUT`
// as a function the CLI calls. Loading the file is the store's job: the CLI passes a loader.
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "engine/model/assessment.h"
#include "engine/transactions/transaction_table.h"

namespace CLI {
class App;
}

namespace crm::report {

struct ReportCommandOptions {
    std::string inputPath;
    std::string format;   // "pdf", "html", "json"; empty = from the output's extension, else pdf
    std::string cycleId;  // id or name; empty = the current cycle
    std::string paper = "a4";
    std::string outputPath;
    std::string
        date;  // report date YYYY-MM-DD; empty = today (UTC). Pin it for reproducible output.
};

// Returns the assessment, or nullopt with *error set. It may also throw (e.g. store::StoreError):
// runReportCommand lets exceptions through so the CLI maps them to its exit codes.
using AssessmentLoader =
    std::function<std::optional<Assessment>(const std::string& path, std::string* error)>;

// The transaction lines a document holds (crmw import-transactions); an empty table when it
// holds none. May throw like AssessmentLoader.
using TransactionLoader = std::function<transactions::TransactionTable(const std::string& path)>;

// The exit codes, the same numbers as crmw's (src/cli/exit_codes.h).
enum ReportCommandExit : int {
    kReportOk = 0,
    kReportUsage = 2,
    kReportFileRefused = 3,
    kReportFailed = 5
};

// Adds the `report` subcommand with its options to a CLI11 app; returns it so the caller can
// attach a callback that calls runReportCommand.
CLI::App* addReportCommand(CLI::App& app, ReportCommandOptions& options);

// Prints the written path to out and returns kReportOk; otherwise a message on err and
// kReportUsage (bad format, paper, date or cycle), kReportFileRefused (the loader said no) or
// kReportFailed (the report could not be written).
int runReportCommand(const ReportCommandOptions& options, const AssessmentLoader& load,
                     std::ostream& out, std::ostream& err);
// The same; when loadTransactions is given and the document holds transaction lines, the
// report's section 6 gets the customer data (Lorenz curve, RFM groups, lifetime value).
int runReportCommand(const ReportCommandOptions& options, const AssessmentLoader& load,
                     const TransactionLoader& loadTransactions, std::ostream& out,
                     std::ostream& err);

}  // namespace crm::report
