#include "database/summary_sql.h"

#include <fmt/format.h>

#include <stdexcept>

namespace crm::database {

namespace {

// Money as exact thousandths, rounded half away from zero like the CSV reader's.
std::string thousandths(const std::string& column) {
    return fmt::format("round(CAST({} AS numeric) * 1000)::bigint", column);
}

// Quantities and unit prices keep six decimals, as the CSV reader's do.
std::string sixDecimals(const std::string& column) {
    return fmt::format("round(CAST({} AS numeric), 6)", column);
}

}  // namespace

std::string customerSummarySql(const SummarySource& source, const SummaryColumns& columns,
                               customers::PeriodConvention period,
                               const QuoteIdentifier& quoteIdentifier, bool holdout) {
    if (source.table.empty() == source.query.empty())
        throw std::invalid_argument("give either a table or a query");
    if (columns.customer.empty() || columns.date.empty())
        throw std::invalid_argument("the customer and date columns are needed");
    const bool byUnitPrice = !columns.unitPrice.empty();
    if (byUnitPrice ? !columns.amount.empty() || columns.quantity.empty() : columns.amount.empty())
        throw std::invalid_argument("give an amount column, or quantity and unit price columns");
    if (!columns.cost.empty() && !columns.margin.empty())
        throw std::invalid_argument("give either a cost or a margin column, not both");

    const auto q = [&](const std::string& name) { return "source_rows." + quoteIdentifier(name); };
    const std::string amount =
        columns.amount.empty()
            ? fmt::format("round({} * {} * 1000)::bigint", sixDecimals(q(columns.quantity)),
                          sixDecimals(q(columns.unitPrice)))
            : thousandths(q(columns.amount));
    std::string cost = "0::bigint";
    if (!columns.cost.empty()) cost = thousandths(q(columns.cost));
    if (!columns.margin.empty())
        cost = fmt::format("{} - {}", amount, thousandths(q(columns.margin)));
    // A purchase is a line with a positive quantity (or amount, without a quantity column).
    const std::string sign = fmt::format(
        "sign({})::integer", columns.quantity.empty() ? amount : sixDecimals(q(columns.quantity)));
    const std::string from = source.table.empty()
                                 ? fmt::format("({}) AS source_rows", source.query)
                                 : fmt::format("{} AS source_rows", quoteIdentifier(source.table));
    // Calendar weeks start on Monday; day 0 (1970-01-01) is a Thursday. Months count from
    // January 1970, as customers::periodOfDay does.
    const std::string periodOfDay =
        period == customers::PeriodConvention::CalendarWeeks ? "floor((day + 3) / 7.0)::integer"
        : period == customers::PeriodConvention::CalendarMonths
            ? "((extract(year FROM DATE '1970-01-01' + day) - 1970) * 12"
              " + extract(month FROM DATE '1970-01-01' + day) - 1)::integer"
            : "day";
    const bool bySegment = !columns.segment.empty();
    const std::string inWindow = "day IS NOT NULL AND ($1::integer IS NULL OR day <= $1::integer)";

    return fmt::format(
        R"(WITH line AS (
  SELECT customer, day, amount, cost, sign,{segmentOfLine}
         day IS NOT NULL AND amount IS NOT NULL AND cost IS NOT NULL AND sign IS NOT NULL AS ok
  FROM (SELECT btrim(CAST({customer} AS text), E' \t') AS customer,
               CAST({date} AS date) - DATE '1970-01-01' AS day,
               {amount} AS amount, {cost} AS cost, {sign} AS sign{segmentOfSource}
        FROM {from}) AS typed
),
day_total AS (
  SELECT customer, day,
         count(*) FILTER (WHERE ok) AS lines,
         count(*) FILTER (WHERE NOT ok) AS bad_lines,
         sum(amount) FILTER (WHERE ok) AS net,
         {dayMargin} AS margin,
         sum(amount) FILTER (WHERE ok AND sign > 0) AS purchase_value,
         bool_or(ok AND sign > 0) AS purchase
  FROM line
  GROUP BY customer, day
),
period_total AS (
  SELECT customer, {periodOfDay} AS period,
         sum(lines) AS lines,
         sum(bad_lines) AS bad_lines,
         sum(lines) FILTER (WHERE {inWindow}) AS window_lines,
         sum(net) FILTER (WHERE {inWindow}) AS net,
         sum(margin) FILTER (WHERE {inWindow}) AS margin,
         sum(purchase_value) FILTER (WHERE {inWindow} AND purchase) AS purchase_value,
         count(*) FILTER (WHERE {inWindow} AND purchase) AS purchase_days,
         min(day) FILTER (WHERE {inWindow} AND purchase) AS first_purchase_day,
         max(day) FILTER (WHERE {inWindow} AND purchase) AS last_purchase_day,
         min(day) FILTER (WHERE lines > 0) AS first_day,
         max(day) FILTER (WHERE lines > 0) AS last_day{holdoutPeriodColumns}
  FROM day_total
  GROUP BY customer, period
){segmentTables}
SELECT customer,
       sum(lines), sum(bad_lines), coalesce(sum(window_lines), 0),
       coalesce(sum(net), 0), coalesce(sum(margin), 0), sum(purchase_days),
       min(first_purchase_day), max(last_purchase_day),
       count(*) FILTER (WHERE purchase_days > 0),
       min(period) FILTER (WHERE purchase_days > 0),
       max(period) FILTER (WHERE purchase_days > 0),
       coalesce(sum(purchase_value) FILTER (WHERE purchase_days > 0)
                - (min(ARRAY[period, purchase_value]) FILTER (WHERE purchase_days > 0))[2], 0),
       min(first_day), max(last_day),
       count(*) OVER (), max(max(last_day)) OVER (){holdoutColumns}{segmentColumns}
FROM period_total{segmentJoin}
GROUP BY customer
ORDER BY customer COLLATE "C")",
        fmt::arg("customer", q(columns.customer)), fmt::arg("date", q(columns.date)),
        fmt::arg("amount", amount), fmt::arg("cost", cost), fmt::arg("sign", sign),
        fmt::arg("from", from), fmt::arg("periodOfDay", periodOfDay),
        fmt::arg("inWindow", inWindow),
        // The split: the calibration up to $2, the holdout after it within the window.
        fmt::arg("holdoutPeriodColumns", holdout ? fmt::format(R"(,
         count(*) FILTER (WHERE {0} AND purchase AND day <= $2::integer) AS calibration_days,
         count(*) FILTER (WHERE {0} AND purchase AND day > $2::integer) AS holdout_days)",
                                                               inWindow)
                                                 : std::string()),
        fmt::arg("holdoutColumns", holdout ? std::string(R"(,
       count(*) FILTER (WHERE calibration_days > 0),
       min(period) FILTER (WHERE calibration_days > 0),
       max(period) FILTER (WHERE calibration_days > 0),
       count(*) FILTER (WHERE holdout_days > 0))")
                                           : std::string()),
        // Per customer and segment: the net value and whether it holds a purchase, in the
        // window; the primary segment is the largest value's, ties to the first name.
        fmt::arg("segmentOfLine", bySegment ? " segment," : ""),
        fmt::arg("segmentOfSource",
                 bySegment ? fmt::format(",\n               coalesce(btrim(CAST({} AS text), "
                                         "E' \\t'), '') AS segment",
                                         q(columns.segment))
                           : std::string()),
        fmt::arg("segmentTables", bySegment ? fmt::format(R"(,
segment_total AS (
  SELECT customer, segment,
         sum(amount) FILTER (WHERE {0}) AS net,
         bool_or(sign > 0 AND {0}) AS purchase
  FROM line
  WHERE ok
  GROUP BY customer, segment
),
segment_choice AS (
  SELECT customer,
         (array_agg(segment ORDER BY net DESC, segment COLLATE "C")
            FILTER (WHERE net IS NOT NULL))[1] AS primary_segment,
         count(*) FILTER (WHERE purchase) AS purchase_segments
  FROM segment_total
  GROUP BY customer
))",
                                                          inWindow)
                                            : std::string()),
        fmt::arg("segmentColumns", bySegment ? R"(,
       min(primary_segment), min(purchase_segments))"
                                             : ""),
        fmt::arg("segmentJoin", bySegment ? " LEFT JOIN segment_choice USING (customer)" : ""),
        // Without a cost there is no margin to add up (one sum fewer on the largest grouping).
        fmt::arg("dayMargin", columns.cost.empty() && columns.margin.empty()
                                  ? std::string("0::bigint")
                                  : std::string("sum(amount - cost) FILTER (WHERE ok)")));
}

namespace {

// The summary's common table expressions, without its last step.
std::string commonTables(const SummarySource& source, const SummaryColumns& columns,
                         customers::PeriodConvention period,
                         const QuoteIdentifier& quoteIdentifier) {
    const std::string summary = customerSummarySql(source, columns, period, quoteIdentifier);
    const std::size_t select = summary.rfind("\nSELECT customer,\n");
    if (select == std::string::npos) throw std::logic_error("the summary query has no last step");
    return summary.substr(0, select);
}

}  // namespace

std::string segmentNamesSql(const SummarySource& source, const SummaryColumns& columns,
                            customers::PeriodConvention period,
                            const QuoteIdentifier& quoteIdentifier) {
    if (columns.segment.empty()) throw std::invalid_argument("no segment column");
    return commonTables(source, columns, period, quoteIdentifier) + R"(
SELECT segment
FROM segment_total
WHERE customer <> ''
GROUP BY segment
ORDER BY segment COLLATE "C")";
}

std::string repeatPurchasesByPeriodSql(const SummarySource& source, const SummaryColumns& columns,
                                       customers::PeriodConvention period,
                                       const QuoteIdentifier& quoteIdentifier) {
    // A calendar week's first day is its Monday; day 0 (1970-01-01) is a Thursday.
    const std::string firstDayOfFirstPeriod = period == customers::PeriodConvention::CalendarWeeks
                                                  ? "first_period * 7 - 3"
                                                  : "first_period";
    return commonTables(source, columns, period, quoteIdentifier) +
           fmt::format(R"(
SELECT period,
       count(*) FILTER (WHERE period = first_period),
       count(*) FILTER (WHERE period > first_period)
FROM (SELECT period, min(period) OVER (PARTITION BY customer) AS first_period
      FROM period_total
      WHERE purchase_days > 0 AND customer <> '') AS purchase_period
WHERE {} <= $2::integer
GROUP BY period
ORDER BY period)",
                       firstDayOfFirstPeriod);
}

}  // namespace crm::database
