#include "engine/transactions/transaction_parser.h"

#include <algorithm>
#include <map>

#include "engine/transactions/csv_scanner.h"
#include "engine/transactions/decimal_parse.h"
#include "engine/transactions/string_interner.h"
#include "engine/transactions/text_util.h"
#include "platform/mapped_file.h"

namespace crm::transactions {

namespace {

constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
constexpr std::size_t kProgressEvery = 65536;
constexpr std::size_t kPrescanRecords = 100;
constexpr std::size_t kMaxReservedRows = std::size_t{1} << 24;

struct Columns {
    std::size_t customer = kNoColumn, date = kNoColumn, amount = kNoColumn, quantity = kNoColumn,
                unitPrice = kNoColumn, order = kNoColumn, cost = kNoColumn, margin = kNoColumn,
                segment = kNoColumn;
};

int signOf(std::int64_t v) { return (v > 0) - (v < 0); }

std::string numberSyntax(char decimalSeparator) {
    return std::string(" (expected an optional sign, digits and '") + decimalSeparator +
           "' as decimal separator)";
}

class Importer {
  public:
    Importer(std::string_view buffer, const ImportOptions& options,
             const ProgressCallback& progress)
        : buffer_(buffer),
          options_(options),
          progress_(progress),
          scanner_(buffer, options.dialect.delimiter) {}

    ImportResult run();

  private:
    // Dictionary keys of a line, prepared one line ahead (see StringInterner::prepare).
    struct Keys {
        StringInterner::Key customer, order, segment;
    };

    bool setUp();
    bool invalid(std::string message);
    bool resolve(const std::optional<ColumnRef>& ref, std::size_t& index);
    Keys prepareKeys(const CsvRecord& record) const;
    bool processRecord(const Keys& keys);
    bool fail(std::size_t field, std::string_view text, std::string message);
    bool failNumber(std::size_t field, const char* what);
    std::optional<std::int64_t> number(std::size_t field, bool sixDecimals, const char* what);

    std::string_view buffer_;
    const ImportOptions& options_;
    const ProgressCallback& progress_;
    CsvScanner scanner_;
    CsvRecord records_[2];  // the line being imported and the next one
    const CsvRecord* record_ = &records_[0];
    Columns columns_;
    std::size_t expectedFields_ = 0;
    std::size_t estimatedRows_ = 0;
    bool empty_ = false;
    bool stopped_ = false;
    ImportResult result_;
    TransactionTable& table_ = result_.table;
    StringInterner customers_{table_.customerIds};
    StringInterner segments_{table_.segmentNames};
    StringInterner orders_{table_.orderIds};
};

bool Importer::invalid(std::string message) {
    result_.status = ImportStatus::InvalidSetup;
    result_.message = std::move(message);
    return false;
}

bool Importer::resolve(const std::optional<ColumnRef>& ref, std::size_t& index) {
    if (!ref) return true;
    if (ref->number != 0) {
        if (ref->number > expectedFields_)
            return invalid("column " + std::to_string(ref->number) +
                           " does not exist: the lines have " + std::to_string(expectedFields_) +
                           " fields");
        index = ref->number - 1;
        return true;
    }
    if (ref->name.empty()) return invalid("a mapped column has neither a name nor a number");
    if (!options_.dialect.hasHeader)
        return invalid("column \"" + ref->name +
                       "\" is given by name but the file has no header; use its number");
    const auto& header = result_.header;
    for (bool ignoreCase : {false, true}) {
        std::size_t found = kNoColumn, count = 0;
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (ignoreCase ? equalsIgnoreCase(header[i], ref->name) : header[i] == ref->name) {
                found = i;
                ++count;
            }
        }
        if (count > 1)
            return invalid("column name \"" + ref->name +
                           "\" appears more than once; use its number");
        if (count == 1) {
            index = found;
            return true;
        }
    }
    std::string names;
    for (const auto& h : header) names += (names.empty() ? "\"" : ", \"") + h + '"';
    return invalid("no column named \"" + ref->name + "\" (the header has " + names + ")");
}

bool Importer::setUp() {
    const ColumnMapping& m = options_.mapping;
    const char dec = options_.dialect.decimalSeparator;
    if (dec != '.' && dec != ',') return invalid("the decimal separator must be '.' or ','");
    if (m.amount && m.unitPrice)
        return invalid("map either an amount column or quantity and unit price, not both");
    if (!m.amount && !(m.quantity && m.unitPrice))
        return invalid("map an amount column, or both a quantity and a unit price column");
    if (m.cost && m.margin) return invalid("map either a cost or a margin column, not both");

    // A look at the first records: the usual field count and the size of a line.
    CsvScanner prescan(buffer_, options_.dialect.delimiter);
    std::map<std::size_t, std::size_t> counts;
    std::size_t seen = 0, firstBegin = 0, lastEnd = 0;
    for (CsvRecord r; seen < kPrescanRecords + 1 && prescan.next(r); ++seen) {
        if (seen == 0) {
            firstBegin = r.begin;
            if (options_.dialect.hasHeader) continue;
        }
        ++counts[r.fields.size()];
        lastEnd = r.end;
    }
    if (seen == 0 || (options_.dialect.hasHeader && seen == 1)) {
        empty_ = true;  // no data lines: an empty but valid import
    }
    // 10% over the estimate (running past a reservation doubles every column), but a
    // misleading start of the file must not reserve gigabytes.
    if (seen > 0) {
        const std::size_t bytesPerRecord = std::max<std::size_t>(1, (lastEnd - firstBegin) / seen);
        estimatedRows_ =
            std::min<std::size_t>(buffer_.size() / bytesPerRecord * 11 / 10 + 16, kMaxReservedRows);
    }

    CsvRecord& header = records_[0];
    if (options_.dialect.hasHeader && scanner_.next(header)) {
        if (header.error != nullptr)
            return invalid("the header (line " + std::to_string(header.line) +
                           ") is malformed: " + header.error);
        for (std::string_view f : header.fields) result_.header.emplace_back(trim(f));
        expectedFields_ = result_.header.size();
    } else {
        std::size_t best = 0;
        for (const auto& [fields, n] : counts)
            if (n > best) {  // the most common count; ties go to the smaller count
                best = n;
                expectedFields_ = fields;
            }
    }
    if (empty_ && expectedFields_ == 0) return true;
    return resolve(m.customer, columns_.customer) && resolve(m.date, columns_.date) &&
           resolve(m.amount, columns_.amount) && resolve(m.quantity, columns_.quantity) &&
           resolve(m.unitPrice, columns_.unitPrice) && resolve(m.order, columns_.order) &&
           resolve(m.cost, columns_.cost) && resolve(m.margin, columns_.margin) &&
           resolve(m.segment, columns_.segment);
}

bool Importer::fail(std::size_t field, std::string_view text, std::string message) {
    ++result_.stats.skippedBad;
    if (options_.onError == OnError::Stop || result_.errors.size() < options_.maxListedErrors) {
        LineError e;
        e.line = record_->line;
        if (field != kNoColumn) {
            e.columnNumber = field + 1;
            if (field < result_.header.size()) e.column = result_.header[field];
        }
        e.text = clipText(text);
        e.message = std::move(message);
        result_.errors.push_back(std::move(e));
    }
    if (options_.onError == OnError::Stop) stopped_ = true;
    return false;
}

bool Importer::failNumber(std::size_t field, const char* what) {
    const std::string_view text = record_->fields[field];
    if (trim(text).empty()) return fail(field, text, std::string("empty field, expected ") + what);
    return fail(field, text,
                quoted(text) + " is not " + what + numberSyntax(options_.dialect.decimalSeparator));
}

std::optional<std::int64_t> Importer::number(std::size_t field, bool sixDecimals,
                                             const char* what) {
    const std::string_view text = record_->fields[field];
    const char dec = options_.dialect.decimalSeparator;
    auto value = sixDecimals ? parseQuantity(text, dec) : parseAmount(text, dec);
    if (!value) failNumber(field, what);
    return value;
}

Importer::Keys Importer::prepareKeys(const CsvRecord& record) const {
    Keys keys;
    const auto& f = record.fields;
    if (record.error != nullptr || f.size() != expectedFields_) return keys;  // the line will fail
    keys.customer = customers_.prepare(trim(f[columns_.customer]));
    if (columns_.order != kNoColumn) keys.order = orders_.prepare(trim(f[columns_.order]));
    if (columns_.segment != kNoColumn) keys.segment = segments_.prepare(trim(f[columns_.segment]));
    return keys;
}

// Returns false when the line was not imported.
bool Importer::processRecord(const Keys& keys) {
    const CsvRecord& record = *record_;
    const auto& f = record.fields;
    ++result_.stats.rowsRead;
    if (record.error != nullptr) {
        const std::size_t field = record.errorField;
        return fail(field, field < f.size() ? f[field] : std::string_view{}, record.error);
    }
    if (f.size() != expectedFields_)
        return fail(kNoColumn, buffer_.substr(record.begin, record.end - record.begin),
                    "has " + std::to_string(f.size()) + " fields, expected " +
                        std::to_string(expectedFields_));

    if (keys.customer.text.empty()) {
        ++result_.stats.skippedNoCustomer;
        if (result_.noCustomerLines.size() < options_.maxListedErrors)
            result_.noCustomerLines.push_back(record.line);
        return false;
    }

    const DateFormat format = options_.mapping.dateFormat;
    const auto day = parseDate(f[columns_.date], format);
    if (!day) {
        const std::string_view text = f[columns_.date];
        const std::string expected = std::string(dateFormatText(format));
        return fail(columns_.date, text,
                    trim(text).empty() ? "empty field, expected a date in format " + expected
                                       : quoted(text) + " is not a date in format " + expected);
    }
    std::int64_t amount = 0, quantity = 0, cost = 0;
    if (columns_.quantity != kNoColumn) {
        const auto q = number(columns_.quantity, true, "a quantity");
        if (!q) return false;
        quantity = *q;
    }
    if (columns_.amount != kNoColumn) {
        const auto a = number(columns_.amount, false, "an amount");
        if (!a) return false;
        amount = *a;
    } else {
        const auto price = number(columns_.unitPrice, true, "a unit price");
        if (!price) return false;
        const auto product = multiplyToThousandths(quantity, *price);
        if (!product)
            return fail(columns_.unitPrice, f[columns_.unitPrice],
                        "quantity x unit price is out of range");
        amount = *product;
    }
    if (columns_.cost != kNoColumn) {
        const auto c = number(columns_.cost, false, "a cost");
        if (!c) return false;
        cost = *c;
    } else if (columns_.margin != kNoColumn) {
        const auto margin = number(columns_.margin, false, "a margin");
        if (!margin) return false;
        if (__builtin_sub_overflow(amount, *margin, &cost))
            return fail(columns_.margin, f[columns_.margin], "amount - margin is out of range");
    }

    // The line is good: only now may it add ids to the dictionaries.
    table_.customer.push_back(customers_.intern(keys.customer));
    table_.day.push_back(*day);
    table_.amount.push_back(amount);
    table_.cost.push_back(cost);
    table_.quantitySign.push_back(signOf(columns_.quantity != kNoColumn ? quantity : amount));
    table_.segment.push_back(columns_.segment != kNoColumn ? segments_.intern(keys.segment) : 0);
    table_.order.push_back(columns_.order != kNoColumn ? orders_.intern(keys.order) : 0);
    table_.sourceLine.push_back(static_cast<std::uint32_t>(record.line));
    return true;
}

ImportResult Importer::run() {
    if (!setUp()) return std::move(result_);
    table_.hasCost = columns_.cost != kNoColumn || columns_.margin != kNoColumn;
    table_.hasSegment = columns_.segment != kNoColumn;
    table_.hasOrder = columns_.order != kNoColumn;
    table_.hasQuantity = columns_.quantity != kNoColumn;
    if (!empty_) table_.reserve(estimatedRows_);
    std::size_t untilProgress = kProgressEvery;
    bool cancelled = false;
    // One line of lookahead: the next line's dictionary slots are fetched while this one is parsed.
    std::size_t current = 0;
    bool have = !empty_ && scanner_.next(records_[current]);
    Keys keys[2];
    if (have) keys[current] = prepareKeys(records_[current]);
    while (have) {
        const bool haveNext = scanner_.next(records_[current ^ 1]);
        if (haveNext) keys[current ^ 1] = prepareKeys(records_[current ^ 1]);
        record_ = &records_[current];
        processRecord(keys[current]);
        current ^= 1;
        have = haveNext;
        if (stopped_) break;
        if (--untilProgress == 0) {
            untilProgress = kProgressEvery;
            if (progress_ &&
                !progress_(scanner_.offset(), buffer_.size(), result_.stats.rowsRead)) {
                cancelled = true;
                break;
            }
        }
    }
    if (!stopped_ && !cancelled && progress_ &&
        !progress_(buffer_.size(), buffer_.size(), result_.stats.rowsRead))
        cancelled = true;
    result_.stats.imported = table_.size();
    if (stopped_ || cancelled) {
        result_.status = stopped_ ? ImportStatus::StoppedOnError : ImportStatus::Cancelled;
        result_.table = TransactionTable{};  // all or nothing
        result_.stats.imported = 0;
    }
    return std::move(result_);
}

}  // namespace

ImportResult parseTransactions(std::string_view buffer, const ImportOptions& options,
                               const ProgressCallback& progress) {
    return Importer(buffer, options, progress).run();
}

ImportResult parseTransactionsFile(const std::string& path, const ImportOptions& options,
                                   const ProgressCallback& progress) {
    const platform::MappedFile file(path);
    return parseTransactions(file.view(), options, progress);
}

}  // namespace crm::transactions
