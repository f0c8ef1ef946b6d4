// Prints the summary query crmw analyze --postgres sends for a table and its columns:
//   print_summary_sql [--holdout | --tracking] TABLE CUSTOMER DATE AMOUNT [QUANTITY]
// --holdout: the query with the calibration split ($2); --tracking: the holdout's second query.
// Names are quoted as PostgreSQL quotes identifiers (doubled quotes inside double quotes),
// which is what PQescapeIdentifier returns for them.
#include <cstdio>
#include <string>

#include "database/summary_sql.h"

int main(int argc, char** argv) {
    const std::string mode = argc > 1 && argv[1][0] == '-' ? argv[1] : "";
    if (!mode.empty()) {
        --argc;
        ++argv;
    }
    if ((argc != 5 && argc != 6) || (mode != "" && mode != "--holdout" && mode != "--tracking")) {
        std::fputs(
            "usage: print_summary_sql [--holdout | --tracking] TABLE CUSTOMER DATE AMOUNT "
            "[QUANTITY]\n",
            stderr);
        return 2;
    }
    const auto quote = [](const std::string& name) {
        std::string out = "\"";
        for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    };
    crm::database::SummaryColumns columns;
    columns.customer = argv[2];
    columns.date = argv[3];
    columns.amount = argv[4];
    if (argc == 6) columns.quantity = argv[5];
    const auto period = crm::customers::PeriodConvention::Days;
    const std::string sql =
        mode == "--tracking"
            ? crm::database::repeatPurchasesByPeriodSql({argv[1], ""}, columns, period, quote)
            : crm::database::customerSummarySql({argv[1], ""}, columns, period, quote,
                                                mode == "--holdout");
    std::puts(sql.c_str());
    return 0;
}
