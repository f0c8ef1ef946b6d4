#include "cli/transaction_csv_reading.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <system_error>
#include <vector>

#include "cli/command_progress.h"
#include "cli/customer_output_helpers.h"
#include "cli/exit_codes.h"
#include "engine/transactions/date_parse.h"
#include "engine/transactions/format_detection.h"
#include "engine/transactions/text_util.h"
#include "platform/mapped_file.h"
#include "store/document_file.h"

namespace crm::cli::customer_data {

namespace {

namespace tx = crm::transactions;

constexpr std::size_t kDetectRows = 200;
constexpr std::size_t kListedNoCustomerLines = 10;

// Index of a column reference in a header (exact name, then ignoring case) or by number.
std::optional<std::size_t> columnIndex(const tx::ColumnRef& ref,
                                       const std::vector<std::string>& header, std::size_t fields) {
    if (ref.number != 0) return ref.number <= fields ? std::optional(ref.number - 1) : std::nullopt;
    for (bool ignoreCase : {false, true})
        for (std::size_t i = 0; i < header.size(); ++i)
            if (ignoreCase ? tx::equalsIgnoreCase(header[i], ref.name) : header[i] == ref.name)
                return i;
    return std::nullopt;
}

std::string describeColumn(const tx::ColumnRef& ref, const std::vector<std::string>& header) {
    if (ref.number != 0 && ref.number <= header.size())
        return fmt::format("{} \"{}\"", ref.number, header[ref.number - 1]);
    return ref.describe();
}

bool complete(const tx::DetectedFormat& d) {
    const tx::ColumnGuess& g = d.columns;
    return g.customer != 0 && g.date != 0 &&
           (g.amount != 0 || (g.quantity != 0 && g.unitPrice != 0));
}

// detectFormat wants every value of a column to fit, so one bad line among the first rows
// hides the date or amount column. Then the header is tried with small slices of the
// following lines, and the first slice in which every column is recognised wins.
tx::DetectedFormat detectTolerantly(std::string_view buffer) {
    const tx::DetectedFormat whole = tx::detectFormat(buffer, kDetectRows);
    if (complete(whole) || !whole.dialect.hasHeader) return whole;
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos < buffer.size() && lines.size() < 2001;) {
        std::size_t end = buffer.find('\n', pos);
        if (end == std::string_view::npos) end = buffer.size();
        lines.push_back(buffer.substr(pos, end + 1 - pos));  // substr clamps at the end
        pos = end + 1;
    }
    constexpr std::size_t kSlice = 25;
    for (std::size_t first = 1; first + kSlice <= lines.size(); first += kSlice) {
        std::string sample(lines.front());
        for (std::size_t i = first; i < first + kSlice; ++i) sample += lines[i];
        tx::DetectedFormat d = tx::detectFormat(sample, kSlice + 1);
        if (complete(d) && d.dialect.delimiter == whole.dialect.delimiter && d.dialect.hasHeader &&
            d.fieldCount == whole.fieldCount)
            return d;
    }
    return whole;
}

// The format most dates fit (at least 80% of them: the rest are bad lines, reported later).
// Ties between day/month/year and month/day/year go to day/month/year, with a note.
std::optional<tx::DateFormat> likelyDateFormat(const std::vector<std::string_view>& values,
                                               bool& ambiguous) {
    std::size_t best = 0;
    std::optional<tx::DateFormat> format;
    std::array<std::size_t, tx::kAllDateFormats.size()> fits{};
    for (std::size_t f = 0; f < tx::kAllDateFormats.size(); ++f) {
        for (std::string_view v : values)
            fits[f] += tx::parseDate(v, tx::kAllDateFormats[f]) ? 1 : 0;
        if (fits[f] > best) {
            best = fits[f];
            format = tx::kAllDateFormats[f];
        }
    }
    if (!format || best * 5 < values.size() * 4) return std::nullopt;
    const auto indexOf = [](tx::DateFormat f) {
        return static_cast<std::size_t>(
            std::find(tx::kAllDateFormats.begin(), tx::kAllDateFormats.end(), f) -
            tx::kAllDateFormats.begin());
    };
    ambiguous = fits[indexOf(tx::DateFormat::DayMonthYear)] == best &&
                fits[indexOf(tx::DateFormat::MonthDayYear)] == best;
    if (ambiguous) format = tx::DateFormat::DayMonthYear;
    return format;
}

// Two roles read from one column is a mistake in the options (say --amount 5 --cost 5): the
// numbers would be silently wrong, so nothing is read.
void refuseSharedColumns(const tx::ColumnMapping& m, const std::vector<std::string>& header,
                         std::size_t fields, const std::string& dataPath) {
    const std::pair<const char*, std::optional<tx::ColumnRef>> roles[] = {
        {"customer id", m.customer},
        {"date", m.date},
        {"amount", m.amount},
        {"quantity", m.quantity},
        {"unit price", m.unitPrice},
        {"order", m.order},
        {"cost", m.cost},
        {"margin", m.margin},
        {"segment", m.segment}};
    std::vector<std::pair<std::size_t, const char*>> seen;
    for (const auto& [role, ref] : roles) {
        if (!ref) continue;
        const auto index = columnIndex(*ref, header, fields);
        if (!index) continue;  // a missing column is reported when the lines are read
        for (const auto& [other, otherRole] : seen)
            if (other == *index)
                fail(kInvalidInput,
                     fmt::format("{}: column {} would be read as both the {} and the {}; give "
                                 "each role its own column",
                                 dataPath,
                                 describeColumn(tx::ColumnRef::byNumber(*index + 1), header),
                                 otherRole, role));
        seen.emplace_back(*index, role);
    }
}

tx::ImportOptions setUpImport(std::string_view buffer, const std::string& dataPath,
                              const MappingArgs& args) {
    const tx::DetectedFormat detected = detectTolerantly(buffer);
    tx::ImportOptions options;
    tx::CsvDialect& dialect = options.dialect;
    dialect.delimiter =
        args.delimiter.empty() ? detected.dialect.delimiter : *delimiterFromText(args.delimiter);
    const bool detectionFits = dialect.delimiter == detected.dialect.delimiter;
    if (args.noHeader)
        dialect.hasHeader = false;
    else if (args.anyNamedColumn() || !detectionFits)
        dialect.hasHeader = true;
    else
        dialect.hasHeader = detected.dialect.hasHeader;
    dialect.decimalSeparator =
        args.decimalComma ? ',' : (detectionFits ? detected.dialect.decimalSeparator : '.');
    options.onError = args.onError == "skip" ? tx::OnError::Skip : tx::OnError::Stop;
    options.maxListedErrors = args.maxErrors;

    // The guesses count only when the file was split the way the detection split it, and
    // its header (or not) agrees with ours.
    const bool useGuess = detectionFits && dialect.hasHeader == detected.dialect.hasHeader;
    const tx::ColumnGuess& g = detected.columns;
    const bool automatic = !args.anyColumn();
    auto given = [](const std::string& text) {
        return text.empty() ? std::nullopt : std::optional(tx::ColumnRef::fromText(text));
    };
    auto guessed = [&](std::size_t n) {
        return useGuess && n != 0 ? std::optional(tx::ColumnRef::byNumber(n)) : std::nullopt;
    };
    tx::ColumnMapping& m = options.mapping;
    bool detectedSomething = false;

    auto required = [&](const std::string& text, std::size_t guess, const char* what,
                        const char* option) {
        if (auto ref = given(text)) return *ref;
        if (auto ref = guessed(guess)) {
            detectedSomething = true;
            return *ref;
        }
        fail(kUsage, fmt::format("{}: cannot tell which column holds the {}; give {} COL", dataPath,
                                 what, option));
    };
    m.customer = required(args.customer, g.customer, "customer id", "--customer");
    m.date = required(args.date, g.date, "date", "--date");

    m.amount = given(args.amount);
    m.quantity = given(args.quantity);
    m.unitPrice = given(args.unitPrice);
    if (m.amount && m.unitPrice)
        fail(kUsage, "give either --amount or --quantity with --unit-price, not both");
    if (m.unitPrice && !m.quantity) fail(kUsage, "--unit-price needs --quantity");
    if (!m.amount && !m.unitPrice) {
        if (m.quantity) {  // a quantity alone gives the sign of each line: the amount is still
                           // needed
            m.amount = guessed(g.amount);
        } else if (useGuess && g.amount != 0) {
            m.amount = guessed(g.amount);
            if (automatic) m.quantity = guessed(g.quantity);
        } else if (useGuess && g.quantity != 0 && g.unitPrice != 0) {
            m.quantity = guessed(g.quantity);
            m.unitPrice = guessed(g.unitPrice);
        }
        if (!m.amount && !m.unitPrice)
            fail(kUsage,
                 fmt::format("{}: cannot tell which column holds the amount; give --amount COL "
                             "(or --quantity COL --unit-price COL)",
                             dataPath));
        detectedSomething = true;
    }
    m.order = given(args.order);
    m.cost = given(args.cost);
    m.margin = given(args.margin);
    m.segment = given(args.segment);
    if (m.cost && m.margin) fail(kUsage, "give either --cost or --margin, not both");
    if (automatic) {  // optional columns are only guessed when no column was named at all
        m.order = guessed(g.order);
        m.cost = guessed(g.cost);
        m.margin = g.cost == 0 ? guessed(g.margin) : std::nullopt;
        m.segment = guessed(g.segment);
    }

    // The date format: given, or the one every date in the first rows fits.
    const tx::Preview rows = tx::preview(buffer, dialect, kDetectRows);
    const std::size_t fields = rows.header.empty()
                                   ? (rows.rows.empty() ? 0 : rows.rows.front().size())
                                   : rows.header.size();
    std::vector<std::string> header;
    for (const std::string& h : rows.header) header.emplace_back(tx::trim(h));
    if (!args.dateFormat.empty()) {
        m.dateFormat = *tx::dateFormatFromText(args.dateFormat);
    } else if (const auto index = columnIndex(m.date, header, fields)) {
        std::vector<std::string_view> values;
        for (const auto& row : rows.rows)
            if (*index < row.size() && !tx::trim(row[*index]).empty())
                values.push_back(tx::trim(row[*index]));
        bool ambiguous = false;
        const std::optional<tx::DateFormat> format = likelyDateFormat(values, ambiguous);
        if (values.empty()) {
            // No data: any format does; the parse finds nothing to read.
        } else if (!format) {
            fail(kInvalidInput,
                 fmt::format("{}: column {} holds no dates in a known format (first value \"{}\"); "
                             "give --date-format, one of {}",
                             dataPath, describeColumn(m.date, header), values.front(),
                             dateFormatList()));
        } else {
            m.dateFormat = *format;
            if (ambiguous)
                fmt::print(stderr,
                           "crmw: {}: the dates fit both %d/%m/%Y and %m/%d/%Y in the first {} "
                           "lines; %d/%m/%Y "
                           "is assumed (give --date-format to choose)\n",
                           dataPath, values.size());
        }
        detectedSomething = true;
    }

    refuseSharedColumns(m, header, fields, dataPath);

    if (detectedSomething || args.delimiter.empty()) {
        std::string text = fmt::format(
            "{}: reading as {}-separated, {}, decimal '{}'; customer = {}, date = {} ({})",
            dataPath, tx::delimiterName(dialect.delimiter),
            dialect.hasHeader ? "with a header" : "no header", dialect.decimalSeparator,
            describeColumn(m.customer, header), describeColumn(m.date, header),
            tx::dateFormatText(m.dateFormat));
        const std::pair<const char*, const std::optional<tx::ColumnRef>*> optional[] = {
            {"amount", &m.amount},  {"quantity", &m.quantity}, {"unit price", &m.unitPrice},
            {"order", &m.order},    {"cost", &m.cost},         {"margin", &m.margin},
            {"segment", &m.segment}};
        for (const auto& [what, ref] : optional)
            if (*ref) text += fmt::format(", {} = {}", what, describeColumn(**ref, header));
        fmt::print(stderr, "crmw: {}\n", text);
    }
    return options;
}

std::string describeLineError(const tx::LineError& e) {
    std::string where = fmt::format("line {}", e.line);
    if (e.columnNumber != 0)
        where += e.column.empty() ? fmt::format(", column {}", e.columnNumber)
                                  : fmt::format(", column {} \"{}\"", e.columnNumber, e.column);
    std::string text;
    if (!e.text.empty() && e.message.find(e.text) == std::string::npos)
        text = fmt::format(" (text: \"{}\")", e.text);
    return fmt::format("{}: {}{}", where, e.message, text);
}

}  // namespace

ReadOutcome readCsv(const std::string& dataPath, const MappingArgs& args, bool keepOrders) {
    std::optional<platform::MappedFile> file;
    if (!store::fileExists(dataPath)) fail(kFileRefused, fmt::format("{}: no such file", dataPath));
    try {
        file.emplace(dataPath);
    } catch (const std::system_error& e) {
        fail(kFileRefused, fmt::format("{}: cannot be read ({})", dataPath, e.code().message()));
    }
    const std::string_view buffer = file->view();
    ReadOutcome out;
    out.options = setUpImport(buffer, dataPath, args);
    if (!keepOrders) out.options.mapping.order.reset();
    {
        ProgressLine progress("reading " + std::filesystem::path(dataPath).filename().string(),
                              buffer.size());
        out.result = tx::parseTransactions(
            buffer, out.options, [&](std::size_t done, std::size_t total, std::size_t rows) {
                return progress.update(done, total, rows, "lines");
            });
    }
    file.reset();  // the lines are in the table now: give the memory back before the analysis

    const tx::ImportResult& r = out.result;
    if (r.status == tx::ImportStatus::InvalidSetup)
        fail(kInvalidInput,
             fmt::format("{}: the mapping does not fit the file: {}", dataPath, r.message));
    for (const tx::LineError& e : r.errors)
        fmt::print(stderr, "crmw: {}: {}\n", dataPath, describeLineError(e));
    if (r.status == tx::ImportStatus::StoppedOnError)
        fail(kInvalidInput, fmt::format("{}: stopped at the first bad line; nothing was imported "
                                        "(--on-error skip leaves bad lines out)",
                                        dataPath));
    if (r.status == tx::ImportStatus::Cancelled)
        fail(kFailed, fmt::format("{}: cancelled; nothing was imported", dataPath));
    if (r.stats.skippedBad > 0)
        fmt::print(stderr, "crmw: {}: {} skipped{}\n", dataPath,
                   plural(r.stats.skippedBad, "bad line", "bad lines"),
                   r.errors.size() < r.stats.skippedBad
                       ? fmt::format(" (the first {} listed)", r.errors.size())
                       : "");
    if (r.stats.skippedNoCustomer > 0) {
        std::string lines;
        for (std::size_t i = 0; i < r.noCustomerLines.size() && i < kListedNoCustomerLines; ++i)
            lines += (i ? ", " : "") + std::to_string(r.noCustomerLines[i]);
        if (r.stats.skippedNoCustomer > kListedNoCustomerLines) lines += ", ...";
        fmt::print(stderr, "crmw: {}: {} without a customer id not imported (line{} {})\n",
                   dataPath, plural(r.stats.skippedNoCustomer, "line", "lines"),
                   r.stats.skippedNoCustomer == 1 ? "" : "s", lines);
    }
    if (r.table.size() == 0)
        fail(kInvalidInput, fmt::format("{}: no transaction lines to read", dataPath));
    return out;
}

}  // namespace crm::cli::customer_data
