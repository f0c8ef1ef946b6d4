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

// The calibration part of a history, as summarizeCustomers computes it up to the split.
void addHoldoutCustomer(cu::HoldoutInputs& holdout, const ResultRow& row, std::uint32_t position,
                        std::int32_t calibrationEndPeriod, cu::PeriodConvention period) {
    const std::int64_t count = integerField(row, kCalibrationPeriodsField);
    if (count == 0) return;
    const std::int32_t first = dayField(row, kCalibrationFirstPeriodField);
    const std::int32_t last = dayField(row, kCalibrationLastPeriodField);
    const double scale = period == cu::PeriodConvention::DaysInWeeks ? 1.0 / 7.0 : 1.0;
    clv::CustomerSummary c;  // the purchase models need no monetary value
    c.frequency = static_cast<int>(count - 1);
    c.recency = static_cast<double>(last - first) * scale;
    c.age = static_cast<double>(calibrationEndPeriod - first) * scale;
    holdout.calibration.push_back(c);
    holdout.position.push_back(position);
    holdout.holdoutPurchases.push_back(static_cast<double>(countField(row, kHoldoutPeriodsField)));
}

// The tracking's cohorts and repeat periods, from the second query.
cu::RepeatPurchaseHistory fetchRepeatPurchaseHistory(
    PostgresConnection& connection, const SummaryRequest& request,
    const std::vector<std::optional<std::string>>& params, QueryCanceller* canceller) {
    const std::string sql = repeatPurchasesByPeriodSql(
        request.source, request.columns, request.period,
        [&connection](const std::string& name) { return connection.quoteIdentifier(name); });
    cu::RepeatPurchaseHistory history;
    connection.streamRows(
        sql, params,
        [&](const ResultRow& row) {
            if (row.size() != 3)
                throw DatabaseError(DatabaseErrorKind::Query,
                                    "the tracking query returned an unexpected number of columns");
            const std::int32_t period = dayField(row, 0);
            if (const std::uint32_t first = countField(row, 1); first > 0)
                history.cohorts[period] = static_cast<double>(first);
            history.repeatDays.insert(history.repeatDays.end(), countField(row, 2),
                                      cu::firstDayOfPeriod(period, request.period));
        },
        canceller);
    return history;  // ascending: the rows come by period
}

// The segment names, in byte order: the dictionary the rows' primary segments index.
std::vector<std::string> fetchSegmentNames(PostgresConnection& connection,
                                           const SummaryRequest& request,
                                           const std::vector<std::optional<std::string>>& params,
                                           QueryCanceller* canceller) {
    const std::string sql = segmentNamesSql(
        request.source, request.columns, request.period,
        [&connection](const std::string& name) { return connection.quoteIdentifier(name); });
    std::vector<std::string> names;
    connection.streamRows(
        sql, params,
        [&](const ResultRow& row) {
            if (row.size() != 1 || !row[0])
                throw DatabaseError(DatabaseErrorKind::Query,
                                    "the segment query returned an unexpected row");
            names.emplace_back(*row[0]);
        },
        canceller);
    return names;
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
        {&c.margin, "margin"},        {&c.segment, "segment"}};
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
    const bool holdout = request.calibrationEnd.has_value();
    const std::string sql = customerSummarySql(
        request.source, request.columns, request.period,
        [&connection](const std::string& name) { return connection.quoteIdentifier(name); },
        holdout);
    const bool bySegment = !request.columns.segment.empty();
    const std::size_t segmentFields = holdout ? kHoldoutSummaryFieldCount : kSummaryFieldCount;
    const std::size_t fieldCount = segmentFields + (bySegment ? kSegmentFieldCount : 0);
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

    std::vector<std::optional<std::string>> params(1);
    if (request.observationEnd) params[0] = std::to_string(*request.observationEnd);
    std::int32_t calibrationEndPeriod = 0;
    if (holdout) {
        params.emplace_back(std::to_string(*request.calibrationEnd));
        calibrationEndPeriod = cu::periodOfDay(*request.calibrationEnd, request.period);
        out.holdout.emplace();
    }
    std::vector<std::string>& segmentNames = out.dictionaries.segmentNames;
    if (bySegment) {
        // The observation end only: the names' query has no split.
        segmentNames = fetchSegmentNames(connection, request, {params[0]}, control.canceller);
        s.hasSegment = out.dictionaries.hasSegment = true;
    }
    std::int32_t endPeriod = 0;
    bool first = true;
    std::size_t received = 0, total = 0;
    connection.streamRows(
        sql, params,
        [&](const ResultRow& row) {
            if (row.size() != fieldCount)
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
            if (bySegment) {
                const auto& name = row[segmentFields + kPrimarySegmentOffset];
                const std::string_view key = name.value_or(std::string_view());
                const auto at = std::lower_bound(segmentNames.begin(), segmentNames.end(), key);
                if (!name || at == segmentNames.end() || *at != key)
                    throw DatabaseError(DatabaseErrorKind::Query,
                                        "the summary query returned an unknown segment");
                c.primarySegment = static_cast<std::uint32_t>(at - segmentNames.begin());
                c.purchaseSegments =
                    countField(row, static_cast<int>(segmentFields) + kPurchaseSegmentsOffset);
            }
            if (c.purchaseDays > 0) {
                c.firstPurchaseDay = dayField(row, kFirstPurchaseDayField);
                c.lastPurchaseDay = dayField(row, kLastPurchaseDayField);
                fillModelColumns(c, row, endPeriod, request.period);
                if (holdout)
                    addHoldoutCustomer(*out.holdout, row,
                                       static_cast<std::uint32_t>(s.customers.size()),
                                       calibrationEndPeriod, request.period);
            } else {
                ++s.customersWithoutPurchase;
            }
            s.customers.push_back(c);
        },
        control.canceller);
    if (holdout)
        out.holdout->history =
            fetchRepeatPurchaseHistory(connection, request, params, control.canceller);
    return out;
}

}  // namespace crm::database
