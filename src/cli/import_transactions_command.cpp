#include "cli/import_transactions_command.h"

#include <fmt/format.h>

#include <filesystem>

#include "cli/command_progress.h"
#include "cli/customer_output_helpers.h"
#include "cli/document_access.h"
#include "cli/exit_codes.h"
#include "cli/transaction_csv_reading.h"
#include "platform/interrupt_handler.h"
#include "store/document.h"
#include "store/transactions_store.h"

namespace crm::cli::customer_data {

namespace {

namespace tx = crm::transactions;

int importTransactions(const std::string& documentPath, const std::string& dataPath,
                       const MappingArgs& args, bool replace) {
    store::Document doc = openForChange(documentPath);  // refuse a bad document before reading
    platform::InterruptHandler interrupt;  // Ctrl-C rolls the import back instead of killing
    PhaseTimer timer;
    timer.lap("open");
    ReadOutcome in = readCsv(dataPath, args, true);
    timer.lap("read");
    const tx::ImportResult& r = in.result;

    store::TransactionImportInfo info;
    info.sourceName = std::filesystem::path(dataPath).filename().string();
    info.mappingJson = store::transactionMappingJson(in.options);
    info.stats = r.stats;
    store::StoreTransactionsOptions storeOptions;
    storeOptions.replaceExisting = replace;
    ProgressLine progress("writing " + std::filesystem::path(documentPath).filename().string(),
                          r.table.size() * 48);  // about the bytes a line takes in the file
    storeOptions.progress = [&](std::size_t done, std::size_t total) {
        return progress.update(done, total, done, "lines");
    };
    const store::StoreTransactionsResult stored =
        store::storeTransactions(doc, r.table, info, storeOptions);
    timer.lap("store");
    progress.finish();
    if (stored.cancelled)
        fail(kFailed, fmt::format("import cancelled; {} is unchanged", documentPath));

    fmt::print(
        "imported {} from {} into {} (import {}; {}; {} read, {} skipped as bad, {} without a "
        "customer id)\n",
        plural(stored.lines, "line", "lines"), info.sourceName, documentPath, stored.importId,
        plural(r.table.customerIds.size(), "customer", "customers"), grouped(r.stats.rowsRead),
        grouped(r.stats.skippedBad), grouped(r.stats.skippedNoCustomer));
    return r.stats.skippedBad > 0 ? kProblemsFound : kOk;
}

}  // namespace

void addImportTransactionsCommand(CLI::App& app, CommandAction& action) {
    static MappingArgs mapping;
    static std::string document, data;
    static bool replace = false;
    auto* cmd = app.add_subcommand("import-transactions",
                                   "Import transaction lines from a CSV export into a document "
                                   "(all or nothing; Ctrl-C cancels cleanly)");
    cmd->add_option("FILE", document, "The .crmw document")->required();
    cmd->add_option("DATA", data, "The CSV file (UTF-8, with or without BOM)")->required();
    addMappingOptions(cmd, mapping);
    cmd->add_flag("--replace", replace, "Replace the transaction lines imported before");
    cmd->footer(
        "Exit codes: 0 imported, 1 imported with bad lines skipped (--on-error skip), 3 document "
        "or\n"
        "CSV refused, 4 a bad line with --on-error stop, or the mapping does not fit (nothing "
        "imported),\n"
        "5 cancelled or cannot write (the document is unchanged).");
    cmd->callback([&action] {
        action = [] {
            return runCatching([] { return importTransactions(document, data, mapping, replace); });
        };
    });
}

}  // namespace crm::cli::customer_data
