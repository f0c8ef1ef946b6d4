#include "engine/transactions/stretch_parser.h"

#include <algorithm>
#include <map>

#include "engine/transactions/decimal_parse.h"
#include "engine/transactions/text_util.h"

namespace crm::transactions::detail {

namespace {

constexpr std::size_t kPrescanRecords = 100;
constexpr std::size_t kMaxReservedRows = std::size_t{1} << 24;

int signOf(std::int64_t v) { return (v > 0) - (v < 0); }

std::string numberSyntax(char decimalSeparator) {
    return std::string(" (expected an optional sign, digits and '") + decimalSeparator +
           "' as decimal separator)";
}

class LayoutReader {
  public:
    LayoutReader(std::string_view buffer, const ImportOptions& options, Layout& layout,
                 ImportResult& result)
        : buffer_(buffer), options_(options), layout_(layout), result_(result) {}

    bool read();

  private:
    bool invalid(std::string message);
    bool resolve(const std::optional<ColumnRef>& ref, std::size_t& index);

    std::string_view buffer_;
    const ImportOptions& options_;
    Layout& layout_;
    ImportResult& result_;
};

bool LayoutReader::invalid(std::string message) {
    result_.status = ImportStatus::InvalidSetup;
    result_.message = std::move(message);
    return false;
}

bool LayoutReader::resolve(const std::optional<ColumnRef>& ref, std::size_t& index) {
    if (!ref) return true;
    const std::size_t expectedFields = layout_.expectedFields;
    if (ref->number != 0) {
        if (ref->number > expectedFields)
            return invalid("column " + std::to_string(ref->number) +
                           " does not exist: the lines have " + std::to_string(expectedFields) +
                           " fields");
        index = ref->number - 1;
        return true;
    }
    if (ref->name.empty()) return invalid("a mapped column has neither a name nor a number");
    if (!options_.dialect.hasHeader)
        return invalid("column \"" + ref->name +
                       "\" is given by name but the file has no header; use its number");
    const auto& header = layout_.header;
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

bool LayoutReader::read() {
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
    layout_.empty = seen == 0 || (options_.dialect.hasHeader && seen == 1);
    // 10% over the estimate (running past a reservation doubles every column), but a
    // misleading start of the file must not reserve gigabytes.
    if (seen > 0) {
        const std::size_t bytesPerRecord = std::max<std::size_t>(1, (lastEnd - firstBegin) / seen);
        layout_.estimatedRows =
            std::min<std::size_t>(buffer_.size() / bytesPerRecord * 11 / 10 + 16, kMaxReservedRows);
    }

    CsvScanner scanner(buffer_, options_.dialect.delimiter);
    CsvRecord header;
    if (options_.dialect.hasHeader && scanner.next(header)) {
        if (header.error != nullptr)
            return invalid("the header (line " + std::to_string(header.line) +
                           ") is malformed: " + header.error);
        for (std::string_view f : header.fields) layout_.header.emplace_back(trim(f));
        layout_.expectedFields = layout_.header.size();
    } else {
        std::size_t best = 0;
        for (const auto& [fields, n] : counts)
            if (n > best) {  // the most common count; ties go to the smaller count
                best = n;
                layout_.expectedFields = fields;
            }
    }
    if (layout_.empty && layout_.expectedFields == 0) return true;
    Columns& c = layout_.columns;
    return resolve(m.customer, c.customer) && resolve(m.date, c.date) &&
           resolve(m.amount, c.amount) && resolve(m.quantity, c.quantity) &&
           resolve(m.unitPrice, c.unitPrice) && resolve(m.order, c.order) &&
           resolve(m.cost, c.cost) && resolve(m.margin, c.margin) && resolve(m.segment, c.segment);
}

}  // namespace

bool readLayout(std::string_view buffer, const ImportOptions& options, Layout& layout,
                ImportResult& result) {
    return LayoutReader(buffer, options, layout, result).read();
}

StretchParser::StretchParser(std::string_view part, bool skipHeader, const ImportOptions& options,
                             const Layout& layout, std::size_t reserveRows)
    : part_(part), options_(options), layout_(layout), scanner_(part, options.dialect.delimiter) {
    TransactionTable& table = result.table;
    table.hasCost = columns_.cost != kNoColumn || columns_.margin != kNoColumn;
    table.hasSegment = columns_.segment != kNoColumn;
    table.hasOrder = columns_.order != kNoColumn;
    table.hasQuantity = columns_.quantity != kNoColumn;
    if (reserveRows > 0) table.reserve(reserveRows);
    if (skipHeader) scanner_.next(records_[0]);
}

bool StretchParser::fail(std::size_t field, std::string_view text, std::string message) {
    ++result.stats.skippedBad;
    if (options_.onError == OnError::Stop || result.errors.size() < options_.maxListedErrors) {
        LineError e;
        e.line = record_->line;
        if (field != kNoColumn) {
            e.columnNumber = field + 1;
            if (field < layout_.header.size()) e.column = layout_.header[field];
        }
        e.text = clipText(text);
        e.message = std::move(message);
        result.errors.push_back(std::move(e));
    }
    if (options_.onError == OnError::Stop) stopped_ = true;
    return false;
}

bool StretchParser::failNumber(std::size_t field, const char* what) {
    const std::string_view text = record_->fields[field];
    if (trim(text).empty()) return fail(field, text, std::string("empty field, expected ") + what);
    return fail(field, text,
                quoted(text) + " is not " + what + numberSyntax(options_.dialect.decimalSeparator));
}

std::optional<std::int64_t> StretchParser::number(std::size_t field, bool sixDecimals,
                                                  const char* what) {
    const std::string_view text = record_->fields[field];
    const char dec = options_.dialect.decimalSeparator;
    auto value = sixDecimals ? parseQuantity(text, dec) : parseAmount(text, dec);
    if (!value) failNumber(field, what);
    return value;
}

StretchParser::Keys StretchParser::prepareKeys(const CsvRecord& record) const {
    Keys keys;
    const auto& f = record.fields;
    if (record.error != nullptr || f.size() != layout_.expectedFields)
        return keys;  // the line will fail
    keys.customer = customers.prepare(trim(f[columns_.customer]));
    if (columns_.order != kNoColumn) keys.order = orders.prepare(trim(f[columns_.order]));
    if (columns_.segment != kNoColumn) keys.segment = segments.prepare(trim(f[columns_.segment]));
    return keys;
}

// Returns false when the line was not imported.
bool StretchParser::processRecord(const Keys& keys) {
    const CsvRecord& record = *record_;
    const auto& f = record.fields;
    ++result.stats.rowsRead;
    if (record.error != nullptr) {
        const std::size_t field = record.errorField;
        return fail(field, field < f.size() ? f[field] : std::string_view{}, record.error);
    }
    if (f.size() != layout_.expectedFields)
        return fail(kNoColumn, part_.substr(record.begin, record.end - record.begin),
                    "has " + std::to_string(f.size()) + " fields, expected " +
                        std::to_string(layout_.expectedFields));

    if (keys.customer.text.empty()) {
        ++result.stats.skippedNoCustomer;
        if (result.noCustomerLines.size() < options_.maxListedErrors)
            result.noCustomerLines.push_back(record.line);
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
    result.table.customer.push_back(customers.intern(keys.customer));
    result.table.day.push_back(*day);
    result.table.amount.push_back(amount);
    result.table.cost.push_back(cost);
    result.table.quantitySign.push_back(signOf(columns_.quantity != kNoColumn ? quantity : amount));
    result.table.segment.push_back(columns_.segment != kNoColumn ? segments.intern(keys.segment)
                                                                 : 0);
    result.table.order.push_back(columns_.order != kNoColumn ? orders.intern(keys.order) : 0);
    result.table.sourceLine.push_back(static_cast<std::uint32_t>(record.line));
    return true;
}

bool StretchParser::run(std::size_t every, const std::function<bool()>& check) {
    std::size_t untilCheck = every;
    // One line of lookahead: the next line's dictionary slots are fetched while this one is parsed.
    std::size_t current = 0;
    bool have = scanner_.next(records_[current]);
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
        if (--untilCheck == 0) {
            untilCheck = every;
            if (check && !check()) return false;
        }
    }
    return true;
}

ImportResult finishImport(ImportResult result, const Layout& layout, bool stopped, bool cancelled) {
    result.header = layout.header;
    result.stats.imported = result.table.size();
    if (stopped || cancelled) {
        result.status = stopped ? ImportStatus::StoppedOnError : ImportStatus::Cancelled;
        result.table = TransactionTable{};  // all or nothing
        result.stats.imported = 0;
    }
    return result;
}

}  // namespace crm::transactions::detail
