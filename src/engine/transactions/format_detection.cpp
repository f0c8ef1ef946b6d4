#include "engine/transactions/format_detection.h"

#include <algorithm>
#include <initializer_list>
#include <map>

#include "engine/text/phrase.h"
#include "engine/transactions/decimal_parse.h"
#include "engine/transactions/text_util.h"

namespace crm::transactions {

namespace {

// Owned strings: unescaped fields ("a""b") live in the scanner only until its next record.
using Rows = std::vector<std::vector<std::string>>;

Rows scanRows(std::string_view buffer, Delimiter delimiter, std::size_t maxRows) {
    Rows rows;
    CsvScanner scanner(buffer, delimiter);
    CsvRecord record;
    while (rows.size() < maxRows && scanner.next(record)) {
        if (record.error != nullptr && scanner.offset() >= buffer.size())
            break;  // cut-off last record
        std::vector<std::string> row;
        for (std::string_view f : record.fields) row.emplace_back(trim(f));
        rows.push_back(std::move(row));
    }
    return rows;
}

struct FieldCounts {
    std::size_t mode = 0;    // most common field count
    double agreement = 0.0;  // share of rows with that count
};

FieldCounts fieldCounts(const Rows& rows) {
    std::map<std::size_t, std::size_t> counts;
    for (const auto& r : rows) ++counts[r.size()];
    FieldCounts result;
    std::size_t best = 0;
    for (const auto& [n, c] : counts)
        if (c > best) {
            best = c;
            result.mode = n;
        }
    if (!rows.empty())
        result.agreement = static_cast<double>(best) / static_cast<double>(rows.size());
    return result;
}

// Real delimiters first; whitespace runs only when none of them splits the lines
// consistently. On a tie in field count, tab beats semicolon beats comma (a
// semicolon file with decimal commas splits on ',' too).
Delimiter detectDelimiter(std::string_view buffer, std::size_t maxRows) {
    Delimiter best = Delimiter::Comma;
    std::size_t bestFields = 1;
    for (Delimiter d : {Delimiter::Tab, Delimiter::Semicolon, Delimiter::Comma}) {
        const FieldCounts c = fieldCounts(scanRows(buffer, d, maxRows));
        if (c.agreement >= 0.9 && c.mode > bestFields) {
            best = d;
            bestFields = c.mode;
        }
    }
    if (bestFields > 1) return best;
    const FieldCounts ws = fieldCounts(scanRows(buffer, Delimiter::Whitespace, maxRows));
    return ws.agreement >= 0.9 && ws.mode > 1 ? Delimiter::Whitespace : Delimiter::Comma;
}

bool isNumber(std::string_view v) {
    return parseFixed<6>(v, '.').has_value() || parseFixed<6>(v, ',').has_value();
}

bool isDate(std::string_view v) {
    return std::any_of(kAllDateFormats.begin(), kAllDateFormats.end(),
                       [&](DateFormat f) { return parseDate(v, f).has_value(); });
}

bool looksLikeData(std::string_view v) { return isNumber(v) || isDate(v); }

// A header has no numbers or dates, while the rows below have some.
bool detectHeader(const Rows& rows) {
    if (rows.empty()) return false;
    const auto& first = rows.front();
    if (std::any_of(first.begin(), first.end(),
                    [](const std::string& v) { return v.empty() || looksLikeData(v); }))
        return false;
    if (rows.size() == 1) return true;
    for (std::size_t c = 0; c < first.size(); ++c) {
        std::size_t data = 0, total = 0;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            if (c >= rows[r].size()) continue;
            ++total;
            data += looksLikeData(rows[r][c]) ? 1 : 0;
        }
        if (total > 0 && data * 2 >= total) return true;
    }
    return false;
}

// "customer_id" -> {customer, id}; "CustomerID" -> {customer, id}; "number_of_cds" -> {number, of,
// cds}.
std::vector<std::string> tokens(std::string_view name) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) out.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool upper = c >= 'A' && c <= 'Z';
        const bool alnum = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum) {
            flush();
            continue;
        }
        // a new word starts at a capital after a lower-case letter, or before "Xy" in "IDName"
        if (upper && i > 0 && !current.empty() &&
            ((name[i - 1] >= 'a' && name[i - 1] <= 'z') ||
             (i + 1 < name.size() && name[i + 1] >= 'a' && name[i + 1] <= 'z' &&
              name[i - 1] >= 'A' && name[i - 1] <= 'Z')))
            flush();
        current += asciiLower(c);
    }
    flush();
    return out;
}

enum class Role { None, Date, Customer, Order, Cost, Margin, Quantity, UnitPrice, Amount, Segment };

bool hasAny(const std::vector<std::string>& words, std::initializer_list<std::string_view> keys) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return std::find(keys.begin(), keys.end(), w) != keys.end();
    });
}

Role roleFromName(std::string_view name) {
    const auto w = tokens(name);
    if (w.empty()) return Role::None;
    // English first; German, French, Spanish and Dutch names of the same columns after it.
    if (hasAny(w, {"date", "day", "time", "timestamp", "datetime", "dt", "datum", "fecha", "data"}))
        return Role::Date;
    if (hasAny(w, {"customer", "cust", "client", "buyer", "member", "account", "shopper",
                   "consumer", "customerid", "custid", "clientid", "kunde", "kundennummer",
                   "kundenid", "cliente", "klant"}) ||
        (w.size() == 1 && w[0] == "id"))
        return Role::Customer;
    if (hasAny(w, {"order", "invoice", "transaction", "receipt", "basket", "ticket", "orderid",
                   "invoiceno", "bestellung", "rechnung", "commande", "facture", "pedido",
                   "factura", "bestelling"}))
        return Role::Order;
    if (hasAny(w, {"cost", "costs", "cogs", "kosten", "cout", "coste", "costo", "kost"}))
        return Role::Cost;
    if (hasAny(w, {"margin", "profit", "marge", "margen", "gewinn"})) return Role::Margin;
    if (hasAny(w, {"qty", "quantity", "units", "count", "number", "pieces", "pcs", "items", "menge",
                   "anzahl", "quantite", "cantidad", "aantal"}))
        return Role::Quantity;
    if (hasAny(w, {"amount", "value",    "total",    "revenue", "sales",  "sum",
                   "net",    "spend",    "turnover", "gross",   "dollar", "dollars",
                   "paid",   "subtotal", "monetary", "umsatz",  "betrag", "summe",
                   "wert",   "montant",  "importe",  "bedrag",  "omzet"}))
        return Role::Amount;
    if (hasAny(w, {"price", "unitprice", "preis", "prix", "precio", "prijs"}))
        return Role::UnitPrice;
    if (hasAny(w, {"segment", "group", "category", "tier", "channel", "region", "class", "cluster",
                   "gruppe", "kategorie", "groupe", "grupo", "categoria"}))
        return Role::Segment;
    return Role::None;
}

// A column named for a role is taken when most of its values fit the role (the others are
// bad lines, reported by number at import); a column guessed from its values alone must fit
// with every value.
struct ColumnFacts {
    std::vector<DateFormat> dateFormats;        // formats fitting every value
    std::vector<DateFormat> likelyDateFormats;  // formats fitting the most values, >= 80% of them
    bool numeric = false;                       // every non-empty value is a number
    bool mostlyNumeric = false;                 // at least half of the values are numbers
    bool hasFraction = false;                   // some value has a decimal separator
};

// The formats that fit the largest number of `values`, if that is at least 80% of them.
std::vector<DateFormat> likelyDateFormats(const std::vector<std::string_view>& values) {
    std::vector<DateFormat> best;
    std::size_t bestFits = 0;
    for (DateFormat f : kAllDateFormats) {
        const auto fits = static_cast<std::size_t>(
            std::count_if(values.begin(), values.end(),
                          [f](std::string_view v) { return parseDate(v, f).has_value(); }));
        if (fits == 0 || fits < bestFits) continue;
        if (fits > bestFits) best.clear();
        bestFits = fits;
        best.push_back(f);
    }
    if (bestFits * 5 < values.size() * 4) best.clear();
    return best;
}

std::vector<ColumnFacts> columnFacts(const Rows& rows, std::size_t first, std::size_t fields) {
    std::vector<ColumnFacts> facts(fields);
    for (std::size_t c = 0; c < fields; ++c) {
        std::vector<std::string_view> values;  // views into `rows`, which outlives them
        for (std::size_t r = first; r < rows.size(); ++r)
            if (c < rows[r].size() && !rows[r][c].empty()) values.push_back(rows[r][c]);
        facts[c].dateFormats = matchingDateFormats(values);
        facts[c].likelyDateFormats = likelyDateFormats(values);
        const auto numbers = static_cast<std::size_t>(std::count_if(
            values.begin(), values.end(), [](std::string_view v) { return isNumber(v); }));
        facts[c].numeric = !values.empty() && numbers == values.size();
        facts[c].mostlyNumeric = !values.empty() && numbers * 2 >= values.size();
        facts[c].hasFraction = std::any_of(values.begin(), values.end(), [](std::string_view v) {
            return v.find_first_of(".,") != std::string_view::npos;
        });
    }
    return facts;
}

// Decimal comma when numbers use ',' and none uses '.'.
char detectDecimalSeparator(const Rows& rows, std::size_t first) {
    std::size_t comma = 0, point = 0;
    for (std::size_t r = first; r < rows.size(); ++r)
        for (const std::string& v : rows[r]) {
            if (isDate(v)) continue;
            if (v.find(',') != std::string_view::npos && parseFixed<6>(v, ',')) ++comma;
            if (v.find('.') != std::string_view::npos && parseFixed<6>(v, '.')) ++point;
        }
    return comma > 0 && point == 0 ? ',' : '.';
}

// With a header, a column takes a role only by a clear name; the values decide nothing
// else (a value that does not parse is a bad line, never a reason to take another column).
// Without a header, the values are all there is: the first date column, the first other
// column as customer, the first numeric column with decimals (or else the last numeric one) as
// amount. No column ever gets two roles.
void guessColumns(DetectedFormat& out, const std::vector<ColumnFacts>& facts) {
    ColumnGuess& g = out.columns;
    std::vector<bool> used(facts.size(), false);
    auto take = [&](std::size_t& slot, std::size_t column) {
        if (slot != 0 || used[column - 1]) return;
        slot = column;
        used[column - 1] = true;
    };
    for (std::size_t c = 0; c < out.header.size() && c < facts.size(); ++c) {
        const std::size_t n = c + 1;
        const ColumnFacts& f = facts[c];
        switch (roleFromName(out.header[c])) {
            case Role::Date:
                if (!f.likelyDateFormats.empty()) take(g.date, n);
                break;
            case Role::Customer:
                take(g.customer, n);
                break;
            case Role::Order:
                take(g.order, n);
                break;
            case Role::Cost:
                if (f.mostlyNumeric) take(g.cost, n);
                break;
            case Role::Margin:
                if (f.mostlyNumeric) take(g.margin, n);
                break;
            case Role::Quantity:
                if (f.mostlyNumeric) take(g.quantity, n);
                break;
            case Role::UnitPrice:
                if (f.mostlyNumeric) take(g.unitPrice, n);
                break;
            case Role::Amount:
                if (f.mostlyNumeric) take(g.amount, n);
                break;
            case Role::Segment:
                take(g.segment, n);
                break;
            case Role::None:
                break;
        }
    }
    if (g.amount == 0 && g.unitPrice != 0 && g.quantity == 0)
        std::swap(g.amount, g.unitPrice);  // "price" alone
    if (!out.header.empty()) return;
    for (std::size_t c = 0; c < facts.size() && g.date == 0; ++c)
        if (!facts[c].dateFormats.empty()) take(g.date, c + 1);
    for (std::size_t c = 0; c < facts.size() && g.customer == 0; ++c)
        if (facts[c].dateFormats.empty()) take(g.customer, c + 1);
    auto free = [&](std::size_t c) { return facts[c].numeric && !used[c]; };
    for (std::size_t c = 0; c < facts.size() && g.amount == 0 && g.unitPrice == 0; ++c)
        if (free(c) && facts[c].hasFraction)
            take(g.amount, c + 1);  // amount usually precedes cost/margin
    for (std::size_t c = facts.size(); c-- > 0 && g.amount == 0 && g.unitPrice == 0;)
        if (free(c)) take(g.amount, c + 1);  // all whole numbers: counts come before values
}

void chooseDateFormat(DetectedFormat& out, const std::vector<ColumnFacts>& facts) {
    if (out.columns.date == 0) {
        out.notes.emplace_back(text::englishTerm("no column holds dates in a known format"));
        return;
    }
    const ColumnFacts& date = facts[out.columns.date - 1];
    const auto& formats = date.dateFormats.empty() ? date.likelyDateFormats : date.dateFormats;
    out.dateFormat = formats.front();
    const bool dmy =
        std::find(formats.begin(), formats.end(), DateFormat::DayMonthYear) != formats.end();
    const bool mdy =
        std::find(formats.begin(), formats.end(), DateFormat::MonthDayYear) != formats.end();
    if (dmy && mdy) {
        out.dateAmbiguous = true;
        out.dateFormat = DateFormat::DayMonthYear;
        out.notes.emplace_back(text::englishTerm(
            "the dates fit both day/month/year and month/day/year (no day above 12 "
            "in the rows seen); day/month/year is assumed, please check"));
    }
}

}  // namespace

std::vector<DateFormat> matchingDateFormats(const std::vector<std::string_view>& values) {
    std::vector<DateFormat> result;
    if (values.empty()) return result;
    for (DateFormat f : kAllDateFormats)
        if (std::all_of(values.begin(), values.end(),
                        [f](std::string_view v) { return parseDate(v, f).has_value(); }))
            result.push_back(f);
    return result;
}

ColumnMapping DetectedFormat::recognisedMapping() const {
    const ColumnGuess& g = columns;
    auto ref = [](std::size_t n) {
        return n == 0 ? std::nullopt : std::optional(ColumnRef::byNumber(n));
    };
    ColumnMapping m;
    m.customer = ColumnRef::byNumber(g.customer);
    m.date = ColumnRef::byNumber(g.date);
    if (dateFormat) m.dateFormat = *dateFormat;
    m.amount = ref(g.amount);
    m.quantity = ref(g.quantity);
    m.unitPrice = g.amount == 0 ? ref(g.unitPrice) : std::nullopt;
    m.order = ref(g.order);
    m.cost = ref(g.cost);
    m.margin = g.cost == 0 ? ref(g.margin) : std::nullopt;
    m.segment = ref(g.segment);
    return m;
}

std::optional<ColumnMapping> DetectedFormat::suggestedMapping() const {
    const ColumnGuess& g = columns;
    if (g.customer == 0 || g.date == 0 || !dateFormat ||
        (g.amount == 0 && (g.quantity == 0 || g.unitPrice == 0)))
        return std::nullopt;
    return recognisedMapping();
}

DetectedFormat detectFormat(std::string_view buffer, std::size_t maxRows) {
    DetectedFormat out;
    out.dialect.delimiter = detectDelimiter(buffer, maxRows);
    const Rows rows = scanRows(buffer, out.dialect.delimiter, maxRows);
    out.fieldCount = fieldCounts(rows).mode;
    out.dialect.hasHeader = detectHeader(rows);
    const std::size_t first = out.dialect.hasHeader ? 1 : 0;
    if (out.dialect.hasHeader) out.header = rows.front();
    out.dialect.decimalSeparator = detectDecimalSeparator(rows, first);
    const auto facts = columnFacts(rows, first, out.fieldCount);
    guessColumns(out, facts);
    chooseDateFormat(out, facts);
    const bool named = out.dialect.hasHeader;
    if (out.columns.customer == 0)
        out.notes.emplace_back(
            named ? text::englishTerm("no column header names the customer id; choose its column")
                  : text::englishTerm("no column looks like a customer id"));
    if (out.columns.amount == 0 && out.columns.unitPrice == 0)
        out.notes.emplace_back(
            named ? text::englishTerm("no column header names the amount; choose its column")
                  : text::englishTerm("no column looks like an amount"));
    return out;
}

Preview preview(std::string_view buffer, const CsvDialect& dialect, std::size_t maxRows) {
    Preview out;
    CsvScanner scanner(buffer, dialect.delimiter);
    CsvRecord record;
    if (dialect.hasHeader && scanner.next(record))
        for (std::string_view f : record.fields) out.header.emplace_back(f);
    while (out.rows.size() < maxRows && scanner.next(record)) {
        out.rows.emplace_back(record.fields.begin(), record.fields.end());
        out.lines.push_back(record.line);
    }
    return out;
}

Preview preview(std::string_view buffer, std::size_t maxRows) {
    return preview(buffer, detectFormat(buffer, std::max<std::size_t>(maxRows, 50)).dialect,
                   maxRows);
}

}  // namespace crm::transactions
