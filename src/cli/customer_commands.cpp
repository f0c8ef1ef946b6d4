// crmw import-transactions | analyze
//
//   crmw import-transactions FILE.crmw DATA.csv [mapping options] [--replace]
//   crmw analyze DATA.csv|FILE.crmw [mapping options] [--period day|week|calendar-week]
//                [--observation-end DATE] [--calibration-end DATE] [--months N]
//                [--discount-rate R] [--json OUT] [--customers-csv OUT]
//
// Mapping options (both commands): --customer COL --date COL --date-format FMT
//   --amount COL | --quantity COL --unit-price COL, --order COL --cost COL | --margin COL
//   --segment COL --delimiter ','|';'|tab|space --no-header --decimal-comma
//   --on-error stop|skip --max-errors N. COL is a header name or a 1-based column number;
//   what is not given is detected from the first 200 lines.
#include "cli/customer_commands.h"

#include <fmt/format.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <system_error>

#include "cli/exit_codes.h"
#include "engine/customers/customer_analysis.h"
#include "engine/model/field_value.h"
#include "engine/profile/methodology_profile.h"
#include "engine/transactions/format_detection.h"
#include "engine/transactions/mapped_file.h"
#include "engine/transactions/text_util.h"
#include "engine/transactions/transaction_parser.h"
#include "store/document.h"
#include "store/transactions_store.h"

namespace crm::cli {

namespace {

namespace tx = crm::transactions;
namespace cu = crm::customers;
using Json = nlohmann::ordered_json;

// Inputs above this size get a progress line (when stderr is a terminal).
constexpr std::size_t kLargeInputBytes = 8u << 20;
constexpr std::size_t kDetectRows = 200;
constexpr std::size_t kListedNoCustomerLines = 10;

// ---------------------------------------------------------------------------------------------
// Options

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
            if (!s->empty() && tx::ColumnRef::fromText(*s).number == 0) return true;
        return false;
    }
    bool anyMappingOption() const {
        return anyColumn() || !dateFormat.empty() || !delimiter.empty() || noHeader || decimalComma;
    }
};

struct AnalyzeArgs {
    std::string period = "day";
    std::string observationEnd, calibrationEnd;
    int months = 12;
    double discountRate = 0.01;
    std::string jsonOut, customersCsv;
};

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

// ---------------------------------------------------------------------------------------------
// Small formatting helpers

std::string dayText(std::int32_t day) { return formatDate(Date{date::days{day}}); }

std::optional<std::int32_t> dayFromText(const std::string& text) {
    return tx::parseDate(text, tx::DateFormat::IsoDate);
}

std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string moneyText(Money m) {  // 1,234,567.5
    const std::string plain = formatMoney(m);
    const bool negative = plain.front() == '-';
    const std::string body = negative ? plain.substr(1) : plain;
    const std::size_t dot = body.find('.');
    const std::string whole = body.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "." : body.substr(dot);
    while (fraction.size() < 3) fraction += '0';  // cents at least: 12.50
    return (negative ? "-" : "") + grouped(std::stoull(whole)) + fraction;
}

std::string percent(const std::optional<double>& share) {
    return share ? fmt::format("{:.1f}%", *share * 100.0) : std::string("n/a");
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", grouped(n), n == 1 ? one : many);
}

Json number(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }
Json number(const std::optional<double>& v) { return v ? number(*v) : Json(nullptr); }

std::string periodName(cu::PeriodConvention p) {
    switch (p) {
        case cu::PeriodConvention::Days:
            return "day";
        case cu::PeriodConvention::DaysInWeeks:
            return "week";
        case cu::PeriodConvention::CalendarWeeks:
            return "calendar-week";
    }
    return "day";
}

// RFC 4180 field for the customers CSV.
std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string csvNumber(double v) { return std::isfinite(v) ? fmt::format("{}", v) : std::string{}; }

void writeFileAtomically(const std::string& path, const std::string& text) {
    if (path == "-") {
        std::cout << text << std::flush;
        return;
    }
    const std::string temp = path + ".part";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) {
            std::remove(temp.c_str());
            throw store::StoreError(store::StoreErrorKind::Io,
                                    fmt::format("{}: cannot be written", path));
        }
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        std::remove(temp.c_str());
        throw store::StoreError(store::StoreErrorKind::Io,
                                fmt::format("{}: cannot be written", path));
    }
}

// ---------------------------------------------------------------------------------------------
// Progress on stderr, and Ctrl-C as a clean cancel

volatile std::sig_atomic_t interrupted = 0;
extern "C" void onInterrupt(int) { interrupted = 1; }

// While alive, Ctrl-C asks the running import to stop instead of killing the program, so the
// document's transaction is rolled back and nothing is left half-done.
class InterruptGuard {
  public:
    InterruptGuard() {
        interrupted = 0;
        previous_ = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, previous_); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

  private:
    void (*previous_)(int) = SIG_DFL;
};

class ProgressLine {
  public:
    ProgressLine(std::string label, std::size_t inputBytes)
        : label_(std::move(label)),
          enabled_(inputBytes >= kLargeInputBytes && ::isatty(STDERR_FILENO) == 1),
          start_(Clock::now()),
          last_(start_) {}
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // done/total in any unit; rows for the rate. Returns false once Ctrl-C was pressed.
    bool update(std::size_t done, std::size_t total, std::size_t rows, const char* unit) {
        if (enabled_) {
            const auto now = Clock::now();
            if (now - last_ >= std::chrono::milliseconds(200) || done == total) {
                last_ = now;
                const double seconds = std::chrono::duration<double>(now - start_).count();
                const double rate = seconds > 0 ? static_cast<double>(rows) / seconds : 0.0;
                fmt::print(
                    stderr, "\r{}: {:3.0f}%  {} {}  {:.2f} M {}/s\033[K", label_,
                    total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0,
                    grouped(rows), unit, rate / 1e6, unit);
                std::fflush(stderr);
                shown_ = true;
            }
        }
        return interrupted == 0;
    }
    void finish() {
        if (shown_) fmt::print(stderr, "\r\033[K");
        shown_ = false;
    }

  private:
    using Clock = std::chrono::steady_clock;
    std::string label_;
    bool enabled_;
    bool shown_ = false;
    Clock::time_point start_, last_;
};

// CRMW_TIMINGS=1 in the environment: the time of each phase on stderr (for bench/import).
class PhaseTimer {
  public:
    PhaseTimer() : enabled_(std::getenv("CRMW_TIMINGS") != nullptr), last_(Clock::now()) {}
    ~PhaseTimer() {
        if (enabled_ && !text_.empty()) fmt::print(stderr, "crmw: timings:{}\n", text_);
    }
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;
    void lap(const char* phase) {
        const auto now = Clock::now();
        text_ +=
            fmt::format(" {} {:.3f} s", phase, std::chrono::duration<double>(now - last_).count());
        last_ = now;
    }

  private:
    using Clock = std::chrono::steady_clock;
    bool enabled_;
    Clock::time_point last_;
    std::string text_;
};

// ---------------------------------------------------------------------------------------------
// Reading a CSV: the mapping (given or detected), the parse, the report of bad lines

struct Failure {
    int code;
};

[[noreturn]] void fail(int code, const std::string& message) {
    fmt::print(stderr, "crmw: {}\n", message);
    throw Failure{code};
}

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

struct ReadOutcome {
    tx::ImportResult result;
    tx::ImportOptions options;
};

// Parses DATA.csv; prints the bad lines; throws Failure with the exit code when nothing can be
// used (stopped on a bad line, mapping does not fit, no lines at all, cancelled).
// keepOrders false: the order column is not read (no figure of the analysis uses it, and a
// million order ids cost a third of the parse time and ~40 MB).
ReadOutcome readCsv(const std::string& dataPath, const MappingArgs& args, bool keepOrders) {
    std::optional<tx::MappedFile> file;
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

// ---------------------------------------------------------------------------------------------
// import-transactions

int importTransactions(const std::string& documentPath, const std::string& dataPath,
                       const MappingArgs& args, bool replace) {
    store::Document doc =
        store::Document::open(documentPath);  // refuse a bad document before reading
    if (doc.readOnly())
        throw store::StoreError(store::StoreErrorKind::ReadOnly,
                                fmt::format("{}: is read-only", documentPath));
    InterruptGuard interrupt;
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

// ---------------------------------------------------------------------------------------------
// analyze: JSON

Json diagnosticsJson(const clv::FitDiagnostics& d) {
    Json j;
    j["status"] = std::string(clv::toString(d.status));
    j["converged"] = d.converged;
    j["log_likelihood"] = number(d.logLikelihood);
    j["objective"] = number(d.objective);
    j["gradient_norm"] = number(d.gradientNorm);
    j["function_evaluations"] = d.functionEvaluations;
    j["starts_run"] = d.startsRun;
    j["method"] = d.method;
    j["customers"] = number(d.customers);
    j["rows"] = d.rows;
    Json se = Json::array();
    for (double s : d.standardErrors) se.push_back(number(s));
    j["standard_errors"] = std::move(se);
    j["warnings"] = d.warnings;
    j["message"] = d.message;
    return j;
}

Json bgnbdJson(const clv::BgNbdFit& fit) {
    Json j;
    j["r"] = number(fit.params.r);
    j["alpha"] = number(fit.params.alpha);
    j["a"] = number(fit.params.a);
    j["b"] = number(fit.params.b);
    j["log_likelihood"] = number(fit.diagnostics.logLikelihood);
    j["diagnostics"] = diagnosticsJson(fit.diagnostics);
    return j;
}

struct AnalysisInput {
    std::string source;
    Json mapping;  // how the CSV was read; null for a document
    Json imports;  // the document's imports; null for a CSV
    tx::ImportStats stats;
    tx::TransactionTable table;
    double churnThreshold = 0.5;
};

Json concentrationJson(const cu::ValueConcentration& c, const tx::TransactionTable& table,
                       const cu::CustomerSummaries& s, bool margin) {
    Json j;
    j["total"] = formatMoney(c.total);
    j["negative_total"] = formatMoney(c.negativeTotal);
    j["top20_customers"] = c.topCustomers;
    j["top20_value"] = formatMoney(c.topValue);
    j["top20_share"] = number(c.topShare);
    j["customers_for_80pct"] = c.customersFor80;
    j["share_of_customers_for_80pct"] = number(c.customerShareFor80);
    j["gini"] = number(c.gini);
    j[margin ? "negative_margin_customers" : "negative_value_customers"] = c.negativeCustomers;
    j[margin ? "zero_margin_customers" : "zero_value_customers"] = c.zeroCustomers;
    Json lorenz = Json::array();
    for (const cu::LorenzPoint& p : c.lorenz)
        lorenz.push_back(Json::array({p.customerShare, p.valueShare}));
    j["lorenz"] = std::move(lorenz);
    Json worst = Json::array();
    for (std::uint32_t at : c.worst) {
        const cu::CustomerSummary& cs = s.customers[at];
        worst.push_back(
            {{"id", table.customerIds[cs.customer]},
             {margin ? "margin" : "net_value", formatMoney(margin ? cs.margin : cs.netValue)}});
    }
    j["worst_customers"] = std::move(worst);
    return j;
}

Json analysisJson(const AnalysisInput& in, const cu::CustomerAnalysis& a,
                  const cu::AnalysisOptions& options) {
    const tx::TransactionTable& table = in.table;
    const cu::CustomerSummaries& s = a.summaries;
    const cu::ValueConcentration& value = a.concentration.netValue;
    Json j;
    j["format"] = "crm-workbench-customer-analysis";
    j["version"] = 1;
    j["source"] = in.source;
    j["mapping"] = in.mapping;
    if (!in.imports.is_null()) j["imports"] = in.imports;
    j["period"] = periodName(s.period);
    j["first_date"] = a.firstDay ? Json(dayText(*a.firstDay)) : Json(nullptr);
    j["last_date"] = a.lastDay ? Json(dayText(*a.lastDay)) : Json(nullptr);
    j["observation_end"] = dayText(s.observationEnd);
    j["calibration_end"] =
        options.calibrationEnd ? Json(dayText(*options.calibrationEnd)) : Json(nullptr);
    j["rows"] = {{"read", in.stats.rowsRead},
                 {"imported", in.stats.imported},
                 {"skipped_bad", in.stats.skippedBad},
                 {"skipped_no_customer", in.stats.skippedNoCustomer},
                 {"after_observation_end", s.linesAfterObservationEnd}};
    j["customers"] = s.customers.size();
    j["customers_without_purchase"] = s.customersWithoutPurchase;
    j["customers_after_observation_end"] = s.customersAfterObservationEnd;
    j["net_value_total"] = formatMoney(value.total);
    j["negative_value_total"] = formatMoney(value.negativeTotal);
    j["top20_customers"] = value.topCustomers;
    j["top20_share"] = number(value.topShare);
    j["customers_for_80pct"] = value.customersFor80;
    j["share_of_customers_for_80pct"] = number(value.customerShareFor80);
    j["gini"] = number(value.gini);
    j["negative_value_customers"] = value.negativeCustomers;
    j["zero_value_customers"] = value.zeroCustomers;
    j["one_time_customers"] = a.levels.oneTime;
    j["repeat_customers"] = a.levels.repeat;
    j["advanced_customers"] = a.levels.advanced;
    j["no_purchase_customers"] = a.levels.noPurchase;
    j["concentration"] = concentrationJson(value, table, s, false);
    j["margin"] = a.concentration.margin
                      ? concentrationJson(*a.concentration.margin, table, s, true)
                      : Json(nullptr);

    Json groups;
    for (std::size_t g = 0; g < cu::kRfmGroupCount; ++g)
        groups[std::string(cu::rfmGroupKey(static_cast<cu::RfmGroup>(g)))] = a.rfm.groupCounts[g];
    j["rfm"] = {{"scored_customers", a.rfm.scoredCustomers}, {"groups", std::move(groups)}};

    Json rows = Json::array();
    for (const cu::SegmentRollup& r : a.segments.rows)
        rows.push_back({{"name", r.name},
                        {"customers", r.customers},
                        {"net_value", formatMoney(r.netValue)},
                        {"margin", s.hasCost ? Json(formatMoney(r.margin)) : Json(nullptr)},
                        {"mean_clv", number(r.meanClv)},
                        {"churn_risk_customers", r.churnRiskCustomers},
                        {"churn_risk_share", number(r.churnRiskShare)}});
    j["segments"] = {
        {"basis", a.segments.basis == cu::RollupBasis::Segment ? "segment" : "rfm_group"},
        {"rows", std::move(rows)}};

    const cu::CustomerModel& m = a.model;
    double clvTotal = 0.0, atRisk = 0.0;
    std::size_t scored = 0;
    for (std::size_t i = 0; i < m.lifetimeValue.size(); ++i) {
        if (std::isfinite(m.lifetimeValue[i])) {
            clvTotal += m.lifetimeValue[i];
            ++scored;
        }
        if (std::isfinite(m.probabilityAlive[i]) && m.probabilityAlive[i] < in.churnThreshold)
            atRisk += 1.0;
    }
    Json model;
    model["period"] = periodName(s.period);
    model["customers"] = m.customers;
    model["repeat_customers"] = m.repeatCustomers;
    model["bgnbd"] = bgnbdJson(m.bgnbd);
    model["gamma_gamma"] = {{"p", number(m.gammaGamma.params.p)},
                            {"q", number(m.gammaGamma.params.q)},
                            {"v", number(m.gammaGamma.params.v)},
                            {"log_likelihood", number(m.gammaGamma.diagnostics.logLikelihood)},
                            {"diagnostics", diagnosticsJson(m.gammaGamma.diagnostics)}};
    model["clv"] = {
        {"months", options.months},
        {"monthly_discount_rate", options.monthlyDiscountRate},
        {"periods_per_month", m.periodsPerMonth},
        {"horizon_periods", m.horizonPeriods},
        {"customers_scored", scored},
        {"total", scored ? Json(clvTotal) : Json(nullptr)},
        {"mean", scored ? Json(clvTotal / static_cast<double>(scored)) : Json(nullptr)}};
    model["churn_threshold"] = in.churnThreshold;
    model["churn_risk_customers"] = static_cast<std::size_t>(atRisk);
    j["model"] = std::move(model);

    if (a.holdout) {
        const cu::HoldoutCheck& h = *a.holdout;
        Json bins = Json::array();
        for (const clv::HoldoutBin& b : h.comparison.byCalibrationFrequency)
            bins.push_back({{"frequency", b.calibrationFrequency},
                            {"and_higher", b.includesHigher},
                            {"customers", b.customers},
                            {"actual_mean", number(b.actualMean)},
                            {"predicted_mean", number(b.predictedMean)}});
        j["holdout"] = {{"calibration_end", dayText(h.calibrationEnd)},
                        {"observation_end", dayText(h.observationEnd)},
                        {"duration_periods", h.durationPeriods},
                        {"customers", h.customers},
                        {"bgnbd", bgnbdJson(h.bgnbd)},
                        {"actual_total", number(h.comparison.actualTotal)},
                        {"predicted_total", number(h.comparison.predictedTotal)},
                        {"by_calibration_frequency", std::move(bins)}};
    } else {
        j["holdout"] = nullptr;
    }

    Json top = Json::array();
    for (std::uint32_t at : a.topLifetimeValue) {
        const cu::CustomerSummary& c = s.customers[at];
        top.push_back({{"id", table.customerIds[c.customer]},
                       {"clv", number(m.lifetimeValue[at])},
                       {"p_alive", number(m.probabilityAlive[at])},
                       {"expected_purchases", number(m.expectedPurchases[at])},
                       {"expected_average_value", number(m.expectedAverageValue[at])},
                       {"net_value", formatMoney(c.netValue)},
                       {"frequency", c.frequency},
                       {"recency", c.recency},
                       {"T", c.T}});
    }
    j["top_clv"] = std::move(top);
    return j;
}

// ---------------------------------------------------------------------------------------------
// analyze: customers CSV

std::string customersCsv(const tx::TransactionTable& table, const cu::CustomerAnalysis& a) {
    const cu::CustomerSummaries& s = a.summaries;
    const cu::CustomerModel& m = a.model;
    std::string out = "customer_id,first_purchase,last_purchase,purchase_days,lines,net_value";
    if (s.hasCost) out += ",margin";
    if (s.hasSegment) out += ",segment,purchase_segments";
    out +=
        ",frequency,recency,T,monetary_value,rfm_r,rfm_f,rfm_m,rfm_cell,rfm_group,level,p_alive,"
        "expected_purchases,expected_average_value,clv";
    if (a.holdout) out += ",holdout_purchases,holdout_predicted";
    out += '\n';
    static constexpr const char* kLevels[] = {"no_purchase", "one_time", "repeat", "advanced"};
    out.reserve(s.customers.size() * 160);
    for (std::size_t i = 0; i < s.customers.size(); ++i) {
        const cu::CustomerSummary& c = s.customers[i];
        const cu::RfmScore& r = a.rfm.scores[i];
        out += csvField(table.customerIds[c.customer]);
        out += ',';
        if (c.hasPurchase()) out += dayText(c.firstPurchaseDay);
        out += ',';
        if (c.hasPurchase()) out += dayText(c.lastPurchaseDay);
        out += fmt::format(",{},{},{}", c.purchaseDays, c.lines, formatMoney(c.netValue));
        if (s.hasCost) out += "," + formatMoney(c.margin);
        if (s.hasSegment)
            out += "," + csvField(table.segmentNames[c.primarySegment]) +
                   fmt::format(",{}", c.purchaseSegments);
        if (c.hasPurchase())
            out += fmt::format(",{},{},{},{}", c.frequency, c.recency, c.T, c.monetaryValue);
        else
            out += ",,,,";
        if (r.recency != 0)
            out += fmt::format(",{},{},{},{}", r.recency, r.frequency, r.monetary, r.cell());
        else
            out += ",,,,";
        out += fmt::format(",{},{}", cu::rfmGroupKey(r.group),
                           kLevels[static_cast<int>(a.levels.levels[i])]);
        out += "," + csvNumber(m.probabilityAlive[i]) + "," + csvNumber(m.expectedPurchases[i]) +
               "," + csvNumber(m.expectedAverageValue[i]) + "," + csvNumber(m.lifetimeValue[i]);
        if (a.holdout)
            out += "," + csvNumber(a.holdout->actualPurchases[i]) + "," +
                   csvNumber(a.holdout->predictedPurchases[i]);
        out += '\n';
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// analyze: the readable summary

void printFit(const char* name, const std::string& params, const clv::FitDiagnostics& d) {
    fmt::print("  {:<12}{}  log-likelihood {:.2f}  {}\n", name, params, d.logLikelihood,
               clv::toString(d.status));
    if (!d.converged && !d.message.empty()) fmt::print("  {:<12}{}\n", "", d.message);
    for (const std::string& w : d.warnings) fmt::print("  {:<12}note: {}\n", "", w);
}

void printSummary(const AnalysisInput& in, const cu::CustomerAnalysis& a,
                  const cu::AnalysisOptions& options) {
    const tx::TransactionTable& table = in.table;
    const cu::CustomerSummaries& s = a.summaries;
    const cu::ValueConcentration& v = a.concentration.netValue;
    fmt::print("{}: {} read, {} imported, {} bad, {} without a customer id\n", in.source,
               plural(in.stats.rowsRead, "line", "lines"), grouped(in.stats.imported),
               grouped(in.stats.skippedBad), grouped(in.stats.skippedNoCustomer));
    fmt::print("dates {} .. {}, observation end {}{}, periods: {}\n\n",
               a.firstDay ? dayText(*a.firstDay) : "-", a.lastDay ? dayText(*a.lastDay) : "-",
               dayText(s.observationEnd),
               s.linesAfterObservationEnd
                   ? fmt::format(" ({} later lines left out)", grouped(s.linesAfterObservationEnd))
                   : "",
               s.period == cu::PeriodConvention::Days          ? "days"
               : s.period == cu::PeriodConvention::DaysInWeeks ? "weeks (days / 7)"
                                                               : "calendar weeks");
    const auto row = [](const std::string& label, const std::string& value) {
        fmt::print("{:<34}{}\n", label, value);
    };
    row("customers", fmt::format("{} ({} without a purchase in the window)",
                                 grouped(s.customers.size()), grouped(s.customersWithoutPurchase)));
    row("net value", moneyText(v.total));
    row("top 20% of customers",
        fmt::format("{} of value ({} customers)", percent(v.topShare), grouped(v.topCustomers)));
    row("80% of value comes from",
        fmt::format("{} of customers ({})", percent(v.customerShareFor80),
                    grouped(v.customersFor80)));
    row("Gini coefficient", v.gini ? fmt::format("{:.3f}", *v.gini) : "n/a");
    row("customers with negative value",
        fmt::format("{} (together {})", grouped(v.negativeCustomers), moneyText(v.negativeTotal)));
    row("customers with zero value", grouped(v.zeroCustomers));
    if (a.concentration.margin) {
        const cu::ValueConcentration& mg = *a.concentration.margin;
        row("margin",
            fmt::format("{}; top 20% make {}", moneyText(mg.total), percent(mg.topShare)));
        row("customers losing money", fmt::format("{} (together {})", grouped(mg.negativeCustomers),
                                                  moneyText(mg.negativeTotal)));
    }
    row("one-time / repeat / advanced",
        fmt::format("{} / {} / {}", grouped(a.levels.oneTime), grouped(a.levels.repeat),
                    grouped(a.levels.advanced)));

    fmt::print("\nRFM groups ({} scored customers)\n", grouped(a.rfm.scoredCustomers));
    for (std::size_t g = 0; g < cu::kRfmGroupCount; ++g)
        if (a.rfm.groupCounts[g] > 0)
            fmt::print("  {:<22}{:>10}\n", cu::rfmGroupKey(static_cast<cu::RfmGroup>(g)),
                       grouped(a.rfm.groupCounts[g]));

    const cu::CustomerModel& m = a.model;
    fmt::print("\nLifetime value: BG/NBD + Gamma-Gamma on {} ({} repeat), time unit: {}\n",
               plural(m.customers, "customer", "customers"), grouped(m.repeatCustomers),
               periodName(s.period));
    const auto& p = m.bgnbd.params;
    printFit("BG/NBD",
             fmt::format("r {:.4g}  alpha {:.4g}  a {:.4g}  b {:.4g}", p.r, p.alpha, p.a, p.b),
             m.bgnbd.diagnostics);
    const auto& g = m.gammaGamma.params;
    printFit("Gamma-Gamma", fmt::format("p {:.4g}  q {:.4g}  v {:.4g}", g.p, g.q, g.v),
             m.gammaGamma.diagnostics);
    if (!a.topLifetimeValue.empty()) {
        double total = 0.0;
        std::size_t scored = 0;
        for (double x : m.lifetimeValue)
            if (std::isfinite(x)) {
                total += x;
                ++scored;
            }
        fmt::print(
            "  CLV over {} months at {:g}% a month: total {:.2f}, mean {:.2f} per customer\n",
            options.months, options.monthlyDiscountRate * 100.0, total,
            total / static_cast<double>(scored));
        fmt::print("\n  {:<16}{:>14}{:>10}{:>22}\n", "top customers", "CLV", "P(alive)",
                   fmt::format("purchases, {} mo", options.months));
        for (std::uint32_t at : a.topLifetimeValue)
            fmt::print("  {:<16}{:>14.2f}{:>10.3f}{:>22.2f}\n",
                       table.customerIds[s.customers[at].customer], m.lifetimeValue[at],
                       m.probabilityAlive[at], m.expectedPurchases[at]);
    }
    if (a.holdout) {
        const cu::HoldoutCheck& h = *a.holdout;
        fmt::print("\nHoldout check: fitted up to {}, predicted {} .. {} ({:.2f} periods), {}\n",
                   dayText(h.calibrationEnd), dayText(h.calibrationEnd + 1),
                   dayText(h.observationEnd), h.durationPeriods,
                   plural(h.customers, "customer", "customers"));
        const auto& hp = h.bgnbd.params;
        printFit(
            "BG/NBD",
            fmt::format("r {:.4g}  alpha {:.4g}  a {:.4g}  b {:.4g}", hp.r, hp.alpha, hp.a, hp.b),
            h.bgnbd.diagnostics);
        fmt::print("  repeat purchases in the holdout: actual {:.0f}, predicted {:.1f}\n",
                   h.comparison.actualTotal, h.comparison.predictedTotal);
        fmt::print("  {:<28}{:>10}{:>10}{:>11}\n", "purchases in calibration", "customers",
                   "actual", "predicted");
        for (const clv::HoldoutBin& b : h.comparison.byCalibrationFrequency)
            fmt::print("  {:<28}{:>10}{:>10.3f}{:>11.3f}\n",
                       fmt::format("{}{}", b.calibrationFrequency, b.includesHigher ? "+" : ""),
                       grouped(static_cast<std::uint64_t>(b.customers)), b.actualMean,
                       b.predictedMean);
    }
    fmt::print("\n{} ({}: P(alive) < {:g})\n",
               a.segments.basis == cu::RollupBasis::Segment ? "Segments" : "By RFM group",
               "churn risk", in.churnThreshold);
    for (const cu::SegmentRollup& r : a.segments.rows) {
        if (r.customers == 0) continue;
        fmt::print("  {:<22}{:>10} customers{:>18}  mean CLV {:>10}  churn risk {}\n", r.name,
                   grouped(r.customers), moneyText(r.netValue),
                   r.meanClv ? fmt::format("{:.2f}", *r.meanClv) : "n/a",
                   percent(r.churnRiskShare));
    }
}

// ---------------------------------------------------------------------------------------------
// analyze

bool isDocumentFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    return in.gcount() == 16 && std::memcmp(magic, "SQLite format 3", 16) == 0;
}

int analyze(const std::string& dataPath, const MappingArgs& mapping, const AnalyzeArgs& args) {
    cu::AnalysisOptions options;
    options.period = args.period == "week"  ? cu::PeriodConvention::DaysInWeeks
                     : args.period == "day" ? cu::PeriodConvention::Days
                                            : cu::PeriodConvention::CalendarWeeks;
    if (!args.observationEnd.empty()) options.observationEnd = dayFromText(args.observationEnd);
    if (!args.calibrationEnd.empty()) options.calibrationEnd = dayFromText(args.calibrationEnd);
    options.months = args.months;
    options.monthlyDiscountRate = args.discountRate;

    PhaseTimer timer;
    AnalysisInput in;
    in.source = dataPath;
    in.churnThreshold = MethodologyProfile().value("customers.churn_risk_p_alive");
    if (isDocumentFile(dataPath)) {
        // The lines a document holds (crmw import-transactions), with the document's profile.
        if (mapping.anyMappingOption())
            fmt::print(stderr, "crmw: {}: a document: the mapping options are not used\n",
                       dataPath);
        store::Document doc = store::Document::open(dataPath);
        in.churnThreshold = doc.assessment().profile.value("customers.churn_risk_p_alive");
        Json imports = Json::array();
        for (const store::TransactionImportRecord& r : store::listTransactionImports(doc)) {
            in.stats.rowsRead += r.stats.rowsRead;
            in.stats.skippedBad += r.stats.skippedBad;
            in.stats.skippedNoCustomer += r.stats.skippedNoCustomer;
            imports.push_back({{"id", r.id},
                               {"source", r.sourceName},
                               {"imported_at", r.importedAt},
                               {"lines", r.stats.imported},
                               {"mapping", Json::parse(r.mappingJson)}});
        }
        in.table = store::loadTransactions(doc);
        in.stats.imported = in.table.size();
        in.imports = std::move(imports);
        if (in.table.size() == 0)
            fail(kInvalidInput,
                 fmt::format("{}: the document holds no transaction lines", dataPath));
    } else {
        ReadOutcome read = readCsv(dataPath, mapping, false);
        in.stats = read.result.stats;
        in.mapping = Json::parse(store::transactionMappingJson(read.options));
        in.table = std::move(read.result.table);
    }

    timer.lap("read");
    cu::CustomerAnalysis analysis;
    try {
        analysis = cu::analyzeCustomers(in.table, options);
        timer.lap("analysis");
    } catch (const std::invalid_argument& e) {
        fail(kUsage, e.what());
    }
    if (!args.jsonOut.empty())
        writeFileAtomically(args.jsonOut, analysisJson(in, analysis, options).dump(2) + "\n");
    if (!args.customersCsv.empty())
        writeFileAtomically(args.customersCsv, customersCsv(in.table, analysis));
    if (args.jsonOut.empty()) printSummary(in, analysis, options);
    timer.lap("output");
    return in.stats.skippedBad > 0 ? kProblemsFound : kOk;
}

std::string checkDate(const std::string& v) {
    return dayFromText(v) ? std::string{} : "'" + v + "' is not a date YYYY-MM-DD";
}

int runCatching(const std::function<int()>& work) {
    try {
        return work();
    } catch (const Failure& f) {
        return f.code;
    }
}

}  // namespace

void addCustomerCommands(CLI::App& app, CommandAction& action) {
    static MappingArgs importMapping, analyzeMapping;

    auto* import = app.add_subcommand("import-transactions",
                                      "Import transaction lines from a CSV export into a document "
                                      "(all or nothing; Ctrl-C cancels cleanly)");
    static std::string importDocument, importData;
    static bool replace = false;
    import->add_option("FILE", importDocument, "The .crmw document")->required();
    import->add_option("DATA", importData, "The CSV file (UTF-8, with or without BOM)")->required();
    addMappingOptions(import, importMapping);
    import->add_flag("--replace", replace, "Replace the transaction lines imported before");
    import->footer(
        "Exit codes: 0 imported, 1 imported with bad lines skipped (--on-error skip), 3 document "
        "or\n"
        "CSV refused, 4 a bad line with --on-error stop, or the mapping does not fit (nothing "
        "imported),\n"
        "5 cancelled or cannot write (the document is unchanged).");
    import->callback([&action] {
        action = [] {
            return runCatching([] { return importTransactions(importDocument, importData, importMapping, replace);
});
};  // namespace crm::cli
});

auto* analyzeCmd = app.add_subcommand(
    "analyze",
    "Customer analysis of a CSV export (or of the lines a document holds): RFM, Pareto, CLV");
static std::string analyzeData;
static AnalyzeArgs analyzeArgs;
analyzeCmd->add_option("DATA", analyzeData, "The CSV file, or a .crmw document with imported lines")
    ->required();
addMappingOptions(analyzeCmd, analyzeMapping);
analyzeCmd
    ->add_option(
        "--period", analyzeArgs.period,
        "Model time unit: day, week (days / 7, as the published CDNOW fit) or calendar-week "
        "(Monday-Sunday, lifetimes freq='W')")
    ->check(CLI::IsMember({"day", "week", "calendar-week"}))
    ->capture_default_str();
analyzeCmd
    ->add_option("--observation-end", analyzeArgs.observationEnd,
                 "Last day counted (default: the last date)")
    ->type_name("DATE")
    ->check(checkDate);
analyzeCmd
    ->add_option("--calibration-end", analyzeArgs.calibrationEnd,
                 "Also fit on the lines up to DATE and compare its predictions with the rest")
    ->type_name("DATE")
    ->check(checkDate);
analyzeCmd->add_option("--months", analyzeArgs.months, "CLV horizon in months")
    ->check(CLI::Range(1, 1200))
    ->capture_default_str();
analyzeCmd
    ->add_option("--discount-rate", analyzeArgs.discountRate, "Monthly discount rate of the CLV")
    ->check(CLI::Range(0.0, 1.0))
    ->capture_default_str();
analyzeCmd
    ->add_option("--json", analyzeArgs.jsonOut, "Write the analysis as JSON (- = standard output)")
    ->type_name("OUT");
analyzeCmd->add_option("--customers-csv", analyzeArgs.customersCsv, "Write one row per customer")
    ->type_name("OUT");
analyzeCmd->footer(
    "Exit codes: 0 ok, 1 ok but bad lines were skipped (--on-error skip), 2 wrong arguments,\n"
    "3 file refused, 4 a bad line with --on-error stop or a mapping that does not fit, 5 cannot "
    "write.");
analyzeCmd->callback([&action] {
    action = [] {
        return runCatching([] { return analyze(analyzeData, analyzeMapping, analyzeArgs); });
    };
});
}

}  // namespace crm::cli
