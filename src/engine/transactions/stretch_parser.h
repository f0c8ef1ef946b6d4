#pragma once
// Internal to the transaction parser: what the header and the mapping say about the file
// (Layout), and the parser of one stretch of its lines (the whole file, or one half of it
// when the parse runs on two threads, see two_thread_parse.h).
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/transactions/column_mapping.h"
#include "engine/transactions/csv_scanner.h"
#include "engine/transactions/import_result.h"
#include "engine/transactions/string_interner.h"

namespace crm::transactions::detail {

inline constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
inline constexpr std::size_t kProgressEvery = 65536;

struct Columns {
    std::size_t customer = kNoColumn, date = kNoColumn, amount = kNoColumn, quantity = kNoColumn,
                unitPrice = kNoColumn, order = kNoColumn, cost = kNoColumn, margin = kNoColumn,
                segment = kNoColumn;
};

// Learnt once from the start of the whole file; read-only while lines are parsed.
struct Layout {
    Columns columns;
    std::size_t expectedFields = 0;
    std::size_t estimatedRows = 0;
    bool empty = false;  // no data lines: an empty but valid import
    std::vector<std::string> header;
};

// Fills `layout` from `buffer` (the whole file). When the mapping does not fit the file,
// sets result's status to InvalidSetup and its message, and returns false.
bool readLayout(std::string_view buffer, const ImportOptions& options, Layout& layout,
                ImportResult& result);

// Parses the lines of `part` (starting at a line) into its own table and dictionaries.
// Line numbers count from the start of `part`; byte offsets too.
class StretchParser {
  public:
    StretchParser(std::string_view part, bool skipHeader, const ImportOptions& options,
                  const Layout& layout, std::size_t reserveRows);
    StretchParser(const StretchParser&) = delete;
    StretchParser& operator=(const StretchParser&) = delete;

    // Parses every line; calls `check` every `every` records and stops early (returning
    // false) when it returns false. Also stops, returning true, at a bad line under OnError::Stop.
    bool run(std::size_t every, const std::function<bool()>& check);

    bool stopped() const { return stopped_; }
    std::size_t rowsRead() const { return result.stats.rowsRead; }
    const CsvScanner& scanner() const { return scanner_; }

    // Table, stats, errors and lines without a customer; status and header are left to the caller.
    ImportResult result;
    // The dictionaries of result.table (the merge interns the second half's ids into the first's).
    StringInterner customers{result.table.customerIds};
    StringInterner segments{result.table.segmentNames};
    StringInterner orders{result.table.orderIds};

  private:
    // Dictionary keys of a line, prepared one line ahead (see StringInterner::prepare).
    struct Keys {
        StringInterner::Key customer, order, segment;
    };

    Keys prepareKeys(const CsvRecord& record) const;
    bool processRecord(const Keys& keys);
    bool fail(std::size_t field, std::string_view text, std::string message);
    bool failNumber(std::size_t field, const char* what);
    std::optional<std::int64_t> number(std::size_t field, bool sixDecimals, const char* what);

    std::string_view part_;
    const ImportOptions& options_;
    const Layout& layout_;
    const Columns& columns_ = layout_.columns;
    CsvScanner scanner_;
    CsvRecord records_[2];  // the line being imported and the next one
    const CsvRecord* record_ = &records_[0];
    bool stopped_ = false;
};

// The result as the caller sees it: the header, the count of imported lines, and nothing
// in the table when the import stopped on an error or was cancelled (all or nothing).
ImportResult finishImport(ImportResult result, const Layout& layout, bool stopped, bool cancelled);

}  // namespace crm::transactions::detail
