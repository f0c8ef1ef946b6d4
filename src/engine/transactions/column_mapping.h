#pragma once
// What the user chose in the import dialog (or on the command line): how the file is
// laid out and which column holds what.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "engine/transactions/csv_scanner.h"
#include "engine/transactions/date_parse.h"

namespace crm::transactions {

// A column by header name or by 1-based number.
struct ColumnRef {
    std::string name;        // used when number == 0
    std::size_t number = 0;  // 1-based; 0 = refer by name

    static ColumnRef byName(std::string name) { return ColumnRef{std::move(name), 0}; }
    static ColumnRef byNumber(std::size_t number) { return ColumnRef{{}, number}; }
    // CLI rule: text made only of digits is always a column number, anything else a name.
    static ColumnRef fromText(std::string_view text);
    // "customer_id" or "3", for messages.
    std::string describe() const;
    bool operator==(const ColumnRef&) const = default;
};

struct CsvDialect {
    Delimiter delimiter = Delimiter::Comma;
    bool hasHeader = true;
    char decimalSeparator =
        '.';  // '.' or ','; with ',' in a comma-delimited file, numbers must be quoted
};

struct ColumnMapping {
    ColumnRef customer;
    ColumnRef date;
    DateFormat dateFormat = DateFormat::IsoDate;
    // Either `amount`, or `quantity` and `unitPrice` (amount = quantity x unit price).
    // `quantity` next to `amount` only gives the sign of the line (returns).
    std::optional<ColumnRef> amount;
    std::optional<ColumnRef> quantity;
    std::optional<ColumnRef> unitPrice;
    std::optional<ColumnRef> order;
    // At most one of cost and margin (cost = amount - margin).
    std::optional<ColumnRef> cost;
    std::optional<ColumnRef> margin;
    std::optional<ColumnRef> segment;
};

enum class OnError : std::uint8_t {
    Stop,  // the first bad line ends the import; nothing is imported
    Skip,  // bad lines are left out and listed
};

struct ImportOptions {
    CsvDialect dialect;
    ColumnMapping mapping;
    OnError onError = OnError::Stop;
    std::size_t maxListedErrors = 1000;  // errors beyond this are only counted
    // Files of at least this many bytes are parsed in two halves on two threads (see
    // transaction_parser.h); tests lower it to split small inputs.
    std::size_t twoThreadsFromBytes = std::size_t{4} << 20;
};

}  // namespace crm::transactions
