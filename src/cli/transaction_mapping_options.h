#pragma once
// The column mapping options shared by `crmw import-transactions` and `crmw analyze`:
//   --customer COL --date COL --date-format FMT --amount COL | --quantity COL --unit-price COL,
//   --order COL --cost COL | --margin COL --segment COL --delimiter ','|';'|tab|space
//   --no-header --decimal-comma --on-error stop|skip --max-errors N.
// COL is a header name or a 1-based column number; what is not given is detected.
#include <CLI/CLI.hpp>
#include <cstddef>
#include <optional>
#include <string>

#include "engine/transactions/column_mapping.h"
#include "engine/transactions/csv_scanner.h"

namespace crm::cli::customer_data {

struct MappingArgs {
    std::string customer, date, dateFormat, amount, quantity, unitPrice, order, cost, margin,
        segment;
    std::string delimiter;
    std::string onError = "stop";
    bool noHeader = false;
    bool decimalComma = false;
    std::size_t maxErrors = 20;

    bool anyColumn() const {
        for (const std::string* s :
             {&customer, &date, &amount, &quantity, &unitPrice, &order, &cost, &margin, &segment})
            if (!s->empty()) return true;
        return false;
    }
    bool anyNamedColumn() const {
        for (const std::string* s :
             {&customer, &date, &amount, &quantity, &unitPrice, &order, &cost, &margin, &segment})
            if (!s->empty() && transactions::ColumnRef::fromText(*s).number == 0) return true;
        return false;
    }
    bool anyMappingOption() const {
        return anyColumn() || !dateFormat.empty() || !delimiter.empty() || noHeader || decimalComma;
    }
};

std::optional<transactions::Delimiter> delimiterFromText(const std::string& text);
std::string dateFormatList();  // "%Y-%m-%d, %Y-%m-%d %H:%M:%S, ..."
void addMappingOptions(CLI::App* cmd, MappingArgs& m);

}  // namespace crm::cli::customer_data
