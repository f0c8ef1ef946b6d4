#include "cli/analysis_customers_csv.h"

#include <fmt/format.h>

#include "cli/customer_output_helpers.h"
#include "engine/model/field_value.h"

namespace crm::cli::customer_data {

namespace tx = crm::transactions;
namespace cu = crm::customers;

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
    if (s.returnsCounted) out += ",return_lines,return_value";
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
        if (s.returnsCounted)
            out += fmt::format(",{},{}", c.returnLines, formatMoney(c.returnValue));
        out += '\n';
    }
    return out;
}

}  // namespace crm::cli::customer_data
