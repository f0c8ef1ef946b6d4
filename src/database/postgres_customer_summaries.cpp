#include "database/postgres_customer_summaries.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "database/postgres_connection.h"

namespace crm::database {

namespace {

namespace cu = crm::customers;

std::int64_t integerField(const ResultRow& row, int field, std::int64_t ifNull = 0) {
    const auto& text = row[static_cast<std::size_t>(field)];
    if (!text) return ifNull;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size())
        throw DatabaseError(DatabaseErrorKind::Query,
                            fmt::format("the summary query returned \"{}\" where a whole number "
                                        "was expected",
                                        *text));
    return value;
}

std::int32_t dayField(const ResultRow& row, int field) {
    const std::int64_t value = integerField(row, field);
    if (value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max())
        throw DatabaseError(DatabaseErrorKind::Query, "a date is out of range");
    return static_cast<std::int32_t>(value);
}

std::uint32_t countField(const ResultRow& row, int field) {
    const std::int64_t value = integerField(row, field);
    if (value < 0 || value > std::numeric_limits<std::uint32_t>::max())
        throw DatabaseError(DatabaseErrorKind::Query, "a count is out of range");
    return static_cast<std::uint32_t>(value);
}

// What the server leaves to the client: the periods become lifetimes' columns exactly as
// summarizeCustomers computes them (same operations in the same order, so the same doubles).
void fillModelColumns(cu::CustomerSummary& out, const ResultRow& row, std::int32_t endPeriod,
                      cu::PeriodConvention period) {
    const std::int64_t count = integerField(row, kPurchasePeriodsField);
    if (count == 0) return;
    const std::int32_t first = dayField(row, kFirstPeriodField);
    const std::int32_t last = dayField(row, kLastPeriodField);
    const double scale = cu::modelUnitsPerPeriod(period);
    out.frequency = static_cast<double>(count - 1);
    out.recency = static_cast<double>(last - first) * scale;
    out.T = static_cast<double>(endPeriod - first) * scale;
    if (count > 1)
        out.monetaryValue = static_cast<double>(integerField(row, kRepeatValueField)) / 1000.0 /
                            static_cast<double>(count - 1);
}

// Every mapped column must be one of the source's (names are exact: they are quoted).
void checkColumns(PostgresConnection& connection, const SummaryRequest& request,
                  const std::string& description) {
    const bool isTable = request.source.query.empty();
    const std::string from = isTable ? fmt::format("\"{}\"", request.source.table) : "the query";
    std::vector<std::string> names;
    try {
        names = connection.columnNames(
            isTable ? "SELECT * FROM " + connection.quoteIdentifier(request.source.table)
                    : request.source.query);
    } catch (const DatabaseError& e) {
        if (isTable && e.sqlState() == "42P01")  // undefined table
            throw DatabaseError(DatabaseErrorKind::Query,
                                fmt::format("there is no table {} in {}", from, description), true,
                                e.sqlState());
        throw;
    }
    const SummaryColumns& c = request.columns;
    const std::pair<const std::string*, const char*> mapped[] = {
        {&c.customer, "customer id"}, {&c.date, "date"},
        {&c.amount, "amount"},        {&c.quantity, "quantity"},
        {&c.unitPrice, "unit price"}, {&c.cost, "cost"},
        {&c.margin, "margin"}};
    for (const auto& [name, role] : mapped) {
        if (name->empty() || std::find(names.begin(), names.end(), *name) != names.end()) continue;
        std::string known;
        for (std::size_t i = 0; i < names.size() && i < 12; ++i)
            known += fmt::format("{}\"{}\"", i ? ", " : "", names[i]);
        if (names.size() > 12) known += ", ...";
        throw DatabaseError(DatabaseErrorKind::Query,
                            fmt::format("{} has no column \"{}\" (for the {}); its columns: {}",
                                        isTable ? "table " + from : from, *name, role, known),
                            true, "42703");
    }
}

}  // namespace

DatabaseSummaries fetchCustomerSummaries(const SummaryRequest& request,
                                         const FetchControl& control) {
    PostgresConnection connection(request.conninfo);
    const std::string sql = customerSummarySql(
        request.source, request.columns, request.period,
        [&connection](const std::string& name) { return connection.quoteIdentifier(name); });
    DatabaseSummaries out;
    out.description = connection.describe();
    if (control.onRows) control.onRows(0, 0);
    checkColumns(connection, request, out.description);
    cu::CustomerSummaries& s = out.summaries;
    s.period = request.period;
    s.hasCost = !request.columns.cost.empty() || !request.columns.margin.empty();
    s.returnsCounted = false;  // the summary query does not count return lines
    out.dictionaries.hasCost = s.hasCost;
    out.dictionaries.hasQuantity = !request.columns.quantity.empty();

    std::optional<std::string> endParam;
    if (request.observationEnd) endParam = std::to_string(*request.observationEnd);
    std::int32_t endPeriod = 0;
    bool first = true;
    std::size_t received = 0, total = 0;
    connection.streamRows(
        sql, {endParam},
        [&](const ResultRow& row) {
            if (row.size() != kSummaryFieldCount)
                throw DatabaseError(DatabaseErrorKind::Query,
                                    "the summary query returned an unexpected number of columns");
            if (first) {  // sized once: a growing table would leave its old copies behind
                first = false;
                const auto rows = static_cast<std::size_t>(integerField(row, kRowCountField));
                total = rows;
                s.customers.reserve(rows);
                out.dictionaries.customerIds.reserve(rows);
                s.observationEnd =
                    request.observationEnd
                        ? *request.observationEnd
                        : static_cast<std::int32_t>(integerField(row, kDataLastDayField, 0));
                endPeriod = cu::periodOfDay(s.observationEnd, request.period);
            }
            if (control.onRows && (++received % 4096 == 0 || received == total))
                control.onRows(received, total);
            const std::int64_t lines = integerField(row, kLinesField);
            const std::int64_t bad = integerField(row, kBadLinesField);
            out.rowsRead += static_cast<std::size_t>(lines + bad);
            const auto& id = row[kCustomerField];
            if (!id || id->empty()) {
                out.noCustomerLines += static_cast<std::size_t>(lines + bad);
                return;
            }
            out.badLines += static_cast<std::size_t>(bad);
            out.goodLines += static_cast<std::size_t>(lines);
            if (lines == 0) return;  // only bad lines: no customer, as in the CSV reader
            const std::int32_t firstDay = dayField(row, kFirstDayField);
            const std::int32_t lastDay = dayField(row, kLastDayField);
            out.firstDay = out.firstDay ? std::min(*out.firstDay, firstDay) : firstDay;
            out.lastDay = out.lastDay ? std::max(*out.lastDay, lastDay) : lastDay;
            const std::uint32_t windowLines = countField(row, kWindowLinesField);
            s.linesAfterObservationEnd += static_cast<std::size_t>(lines) - windowLines;
            if (windowLines == 0) {
                ++s.customersAfterObservationEnd;
                return;
            }
            cu::CustomerSummary c;
            c.customer = static_cast<std::uint32_t>(out.dictionaries.customerIds.size());
            out.dictionaries.customerIds.emplace_back(*id);
            c.lines = windowLines;
            c.netValue = Money{integerField(row, kNetValueField)};
            c.margin = Money{s.hasCost ? integerField(row, kMarginField) : 0};
            c.purchaseDays = countField(row, kPurchaseDaysField);
            if (c.purchaseDays > 0) {
                c.firstPurchaseDay = dayField(row, kFirstPurchaseDayField);
                c.lastPurchaseDay = dayField(row, kLastPurchaseDayField);
                fillModelColumns(c, row, endPeriod, request.period);
            } else {
                ++s.customersWithoutPurchase;
            }
            s.customers.push_back(c);
        },
        control.canceller);
    return out;
}

}  // namespace crm::database
