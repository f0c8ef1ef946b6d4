#include "engine/customers/customer_summary.h"

#include <date/date.h>

#include <algorithm>
#include <limits>
#include <span>
#include <stdexcept>

namespace crm::customers {

namespace {

using transactions::TransactionTable;

std::int32_t floorDiv(std::int32_t a, std::int32_t b) {
    std::int32_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

void checkColumns(const TransactionTable& table) {
    const std::size_t n = table.customer.size();
    if (table.day.size() != n || table.amount.size() != n || table.quantitySign.size() != n ||
        (table.hasCost && table.cost.size() != n) ||
        (table.hasSegment && table.segment.size() != n)) {
        throw std::invalid_argument("transaction table columns differ in length");
    }
    const std::size_t customers = table.customerIds.size();
    for (std::uint32_t c : table.customer) {
        if (c >= customers) throw std::invalid_argument("customer index out of range");
    }
    if (table.hasSegment) {
        const std::size_t segments = table.segmentNames.size();
        for (std::uint32_t s : table.segment) {
            if (s >= segments) throw std::invalid_argument("segment index out of range");
        }
    }
}

// One line of one customer, gathered so it can be sorted by day.
struct LineView {
    std::int32_t day;
    std::int32_t quantitySign;
    std::uint32_t segment;
    std::int64_t amount;
    std::int64_t cost;
};

// Per-customer scratch for the segment figures, reset through the touched list only.
struct SegmentScratch {
    std::vector<std::int64_t> value;
    std::vector<std::uint8_t> seen;
    std::vector<std::uint8_t> purchased;
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> rank;  // of each segment's name in byte order

    explicit SegmentScratch(const std::vector<std::string>& names)
        : value(names.size(), 0),
          seen(names.size(), 0),
          purchased(names.size(), 0),
          rank(names.size(), 0) {
        std::vector<std::uint32_t> order(names.size());
        for (std::uint32_t s = 0; s < order.size(); ++s) order[s] = s;
        std::sort(order.begin(), order.end(),
                  [&names](std::uint32_t a, std::uint32_t b) { return names[a] < names[b]; });
        for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    }

    void add(const LineView& line) {
        if (!seen[line.segment]) {
            seen[line.segment] = 1;
            touched.push_back(line.segment);
        }
        value[line.segment] += line.amount;
        if (line.quantitySign > 0) purchased[line.segment] = 1;
    }

    void finish(CustomerSummary& out) {
        // Ties go to the name first in byte order, which a database can tell too (the order
        // in which a file first names the segments it cannot).
        std::sort(touched.begin(), touched.end(),
                  [this](std::uint32_t a, std::uint32_t b) { return rank[a] < rank[b]; });
        std::int64_t best = std::numeric_limits<std::int64_t>::min();
        for (std::uint32_t s : touched) {
            if (value[s] > best) {
                best = value[s];
                out.primarySegment = s;
            }
            out.purchaseSegments += purchased[s];
            value[s] = 0;
            seen[s] = 0;
            purchased[s] = 0;
        }
        touched.clear();
    }
};

CustomerSummary summarizeOne(std::uint32_t customer, std::span<LineView> lines,
                             std::int32_t endPeriod, PeriodConvention period, bool hasCost,
                             SegmentScratch* segments) {
    const auto byDay = [](const LineView& a, const LineView& b) { return a.day < b.day; };
    if (!std::is_sorted(lines.begin(), lines.end(), byDay)) {  // exports are often by date already
        std::sort(lines.begin(), lines.end(), byDay);
    }
    CustomerSummary out;
    out.customer = customer;
    out.lines = static_cast<std::uint32_t>(lines.size());

    std::int64_t net = 0;
    std::int64_t margin = 0;
    std::int64_t returned = 0;
    std::int64_t repeatValue = 0;  // purchase amounts in the periods after the first
    std::uint32_t purchasePeriods = 0;
    std::int32_t firstPeriod = 0;
    std::int32_t currentPeriod = 0;
    for (const LineView& line : lines) {
        net += line.amount;
        margin += line.amount - line.cost;
        if (segments) segments->add(line);
        if (line.quantitySign < 0) {
            ++out.returnLines;
            returned += line.amount;
        }
        if (line.quantitySign <= 0) continue;
        if (out.purchaseDays == 0) out.firstPurchaseDay = line.day;
        if (out.purchaseDays == 0 || line.day != out.lastPurchaseDay) ++out.purchaseDays;
        out.lastPurchaseDay = line.day;
        const std::int32_t p = periodOfDay(line.day, period);
        if (purchasePeriods == 0) {
            firstPeriod = p;
        }
        if (purchasePeriods == 0 || p != currentPeriod) {
            ++purchasePeriods;
            currentPeriod = p;
        }
        if (p != firstPeriod) repeatValue += line.amount;
    }
    out.netValue = Money{net};
    out.returnValue = Money{returned};
    out.margin = Money{hasCost ? margin : 0};
    if (segments) segments->finish(out);
    if (purchasePeriods > 0) {
        const double scale = modelUnitsPerPeriod(period);
        out.frequency = static_cast<double>(purchasePeriods - 1);
        out.recency = static_cast<double>(currentPeriod - firstPeriod) * scale;
        out.T = static_cast<double>(endPeriod - firstPeriod) * scale;
        if (purchasePeriods > 1) {
            // One division of an exact integer sum: the mean of the repeat periods' sums.
            out.monetaryValue = static_cast<double>(repeatValue) / 1000.0 /
                                static_cast<double>(purchasePeriods - 1);
        }
    }
    return out;
}

}  // namespace

std::int32_t periodOfDay(std::int32_t day, PeriodConvention period) {
    switch (period) {
        case PeriodConvention::CalendarWeeks:
            // Day 0 (1970-01-01) is a Thursday, so the Monday that starts its week is day -3.
            return floorDiv(day + 3, 7);
        case PeriodConvention::CalendarMonths: {
            const date::year_month_day ymd{date::sys_days{date::days{day}}};
            return (static_cast<int>(ymd.year()) - 1970) * 12 +
                   static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
        }
        case PeriodConvention::Days:
        case PeriodConvention::DaysInWeeks:
            break;
    }
    return day;
}

std::int32_t firstDayOfPeriod(std::int32_t periodNumber, PeriodConvention period) {
    switch (period) {
        case PeriodConvention::CalendarWeeks:
            return periodNumber * 7 - 3;
        case PeriodConvention::CalendarMonths: {
            const std::int32_t year = 1970 + floorDiv(periodNumber, 12);
            const auto month =
                static_cast<unsigned>(periodNumber - floorDiv(periodNumber, 12) * 12);
            const date::sys_days first{date::year{year} / date::month{month + 1} / 1};
            return static_cast<std::int32_t>(first.time_since_epoch().count());
        }
        case PeriodConvention::Days:
        case PeriodConvention::DaysInWeeks:
            break;
    }
    return periodNumber;
}

double modelUnitsPerPeriod(PeriodConvention period) {
    return period == PeriodConvention::DaysInWeeks ? 1.0 / 7.0 : 1.0;
}

CustomerSummaries summarizeCustomers(const TransactionTable& table, const SummaryOptions& options) {
    checkColumns(table);
    CustomerSummaries result;
    result.period = options.period;
    result.hasCost = table.hasCost;
    result.hasSegment = table.hasSegment;
    const std::size_t lineCount = table.size();
    if (options.observationEnd) {
        result.observationEnd = *options.observationEnd;
    } else if (lineCount > 0) {
        result.observationEnd = *std::max_element(table.day.begin(), table.day.end());
    }
    const std::int32_t end = result.observationEnd;

    // Counting sort by customer: count, prefix sums, scatter; no comparisons.
    const std::size_t customerCount = table.customerIds.size();
    std::vector<std::uint32_t> start(customerCount + 1, 0);
    std::vector<std::uint8_t> seenAfterEnd(customerCount, 0);
    for (std::size_t i = 0; i < lineCount; ++i) {
        if (table.day[i] <= end) {
            ++start[table.customer[i] + 1];
        } else {
            ++result.linesAfterObservationEnd;
            seenAfterEnd[table.customer[i]] = 1;
        }
    }
    for (std::size_t c = 0; c < customerCount; ++c) start[c + 1] += start[c];
    // Scatter the lines, already as compact records, into one block per customer.
    std::vector<LineView> byCustomer(start[customerCount]);
    {
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < lineCount; ++i) {
            if (table.day[i] > end) continue;
            byCustomer[next[table.customer[i]]++] = LineView{
                table.day[i], table.quantitySign[i], table.hasSegment ? table.segment[i] : 0u,
                table.amount[i], table.hasCost ? table.cost[i] : 0};
        }
    }

    std::optional<SegmentScratch> segments;
    if (table.hasSegment) segments.emplace(table.segmentNames);
    const std::int32_t endPeriod = periodOfDay(end, options.period);
    for (std::uint32_t c = 0; c < customerCount; ++c) {
        if (start[c] == start[c + 1]) {
            result.customersAfterObservationEnd += seenAfterEnd[c];
            continue;
        }
        const std::span<LineView> lines(byCustomer.data() + start[c], start[c + 1] - start[c]);
        result.customers.push_back(summarizeOne(c, lines, endPeriod, options.period, table.hasCost,
                                                segments ? &*segments : nullptr));
        const CustomerSummary& added = result.customers.back();
        if (!added.hasPurchase()) ++result.customersWithoutPurchase;
        result.returnLines += added.returnLines;
        result.returnValue = result.returnValue + added.returnValue;
    }
    return result;
}

}  // namespace crm::customers
