#include "cli/transaction_mapping_options.h"

#include "engine/transactions/column_mapping.h"
#include "engine/transactions/date_parse.h"

namespace crm::cli::customer_data {

namespace tx = crm::transactions;

std::optional<tx::Delimiter> delimiterFromText(const std::string& text) {
    if (text == "," || text == "comma") return tx::Delimiter::Comma;
    if (text == ";" || text == "semicolon") return tx::Delimiter::Semicolon;
    if (text == "tab" || text == "\t" || text == "\\t") return tx::Delimiter::Tab;
    if (text == "space" || text == " " || text == "whitespace") return tx::Delimiter::Whitespace;
    return std::nullopt;
}

std::string dateFormatList() {
    std::string list;
    for (tx::DateFormat f : tx::kAllDateFormats)
        list += (list.empty() ? "" : ", ") + std::string(tx::dateFormatText(f));
    return list;
}

void addMappingOptions(CLI::App* cmd, MappingArgs& m) {
    const std::string col = "COL";
    cmd->add_option("--customer", m.customer, "Customer id column (header name or 1-based number)")
        ->type_name(col);
    cmd->add_option("--date", m.date, "Date column")->type_name(col);
    cmd->add_option("--date-format", m.dateFormat,
                    "Date format: " + dateFormatList() + " (detected when omitted)")
        ->type_name("FMT")
        ->check([](const std::string& v) {
            return tx::dateFormatFromText(v)
                       ? std::string{}
                       : "unknown date format '" + v + "'; use one of " + dateFormatList();
        });
    cmd->add_option("--amount", m.amount,
                    "Amount column (net value of the line; negative = return)")
        ->type_name(col);
    cmd->add_option("--quantity", m.quantity,
                    "Quantity column (with --unit-price: amount = quantity x unit price)")
        ->type_name(col);
    cmd->add_option("--unit-price", m.unitPrice, "Unit price column")->type_name(col);
    cmd->add_option("--order", m.order,
                    "Order id column (optional; kept by import-transactions, not read by analyze)")
        ->type_name(col);
    cmd->add_option("--cost", m.cost, "Cost column (optional; margin = amount - cost)")
        ->type_name(col);
    cmd->add_option("--margin", m.margin, "Margin column (optional, instead of --cost)")
        ->type_name(col);
    cmd->add_option("--segment", m.segment, "Segment column (optional)")->type_name(col);
    cmd->add_option("--delimiter", m.delimiter,
                    "Field delimiter: ',' ';' tab space (space = runs of blanks)")
        ->type_name("D")
        ->check([](const std::string& v) {
            return delimiterFromText(v) ? std::string{}
                                        : "unknown delimiter '" + v + "'; use ',' ';' tab or space";
        });
    cmd->add_flag("--no-header", m.noHeader,
                  "The first line is data (columns are then given by number)");
    cmd->add_flag("--decimal-comma", m.decimalComma, "Numbers use ',' as the decimal separator");
    cmd->add_option("--on-error", m.onError,
                    "Bad lines: stop (nothing imported, exit 4) or skip (exit 1)")
        ->check(CLI::IsMember({"stop", "skip"}))
        ->capture_default_str();
    cmd->add_option("--max-errors", m.maxErrors,
                    "Bad lines listed on stderr at most (all are counted)")
        ->capture_default_str();
}

}  // namespace crm::cli::customer_data
