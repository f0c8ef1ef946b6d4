#pragma once
// Guesses for the import dialog: delimiter, header, decimal separator, date format and
// which column is what, from the first rows. Every guess is only a proposal the user
// confirms or overrides; what could not be decided is said in `notes`.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/transactions/column_mapping.h"

namespace crm::transactions {

// 1-based column numbers; 0 = no guess.
struct ColumnGuess {
    std::size_t customer = 0, date = 0, amount = 0, quantity = 0, unitPrice = 0, order = 0,
                cost = 0, margin = 0, segment = 0;
};

struct DetectedFormat {
    CsvDialect dialect;
    std::size_t fieldCount = 0;       // fields per line (the most common count)
    std::vector<std::string> header;  // empty when no header was detected
    ColumnGuess columns;
    std::optional<DateFormat> dateFormat;  // of the guessed date column
    bool dateAmbiguous =
        false;  // both %d/%m/%Y and %m/%d/%Y fit every value seen; %d/%m/%Y assumed
    std::vector<std::string> notes;  // plain-language remarks (English; assessment domain)

    // The guess as a mapping (columns by number); nullopt when customer, date or
    // amount (or quantity and unit price) could not be guessed.
    std::optional<ColumnMapping> suggestedMapping() const;
    // What was recognised, complete or not (column number 0 where nothing was).
    ColumnMapping recognisedMapping() const;
};

// Looks at the first `maxRows` records of `buffer` (the whole file or its beginning).
DetectedFormat detectFormat(std::string_view buffer, std::size_t maxRows = 200);

// Which of the five formats parse every non-empty value (empty result: not a date column).
std::vector<DateFormat> matchingDateFormats(const std::vector<std::string_view>& values);

struct Preview {
    std::vector<std::string> header;             // empty when the dialect has no header
    std::vector<std::vector<std::string>> rows;  // raw fields (unquoted, not trimmed)
    std::vector<std::size_t> lines;              // physical line number of each row
};

// The first `maxRows` data rows, split with `dialect`.
Preview preview(std::string_view buffer, const CsvDialect& dialect, std::size_t maxRows);
// Same with the detected dialect.
Preview preview(std::string_view buffer, std::size_t maxRows);

}  // namespace crm::transactions
