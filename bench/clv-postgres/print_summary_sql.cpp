// Prints the summary query crmw analyze --postgres sends for a table and its columns:
//   print_summary_sql TABLE CUSTOMER DATE AMOUNT [QUANTITY]
// Names are quoted as PostgreSQL quotes identifiers (doubled quotes inside double quotes),
// which is what PQescapeIdentifier returns for them.
#include <cstdio>
#include <string>

#include "database/summary_sql.h"

int main(int argc, char** argv) {
    if (argc != 5 && argc != 6) {
        std::fputs("usage: print_summary_sql TABLE CUSTOMER DATE AMOUNT [QUANTITY]\n", stderr);
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
    const std::string sql = crm::database::customerSummarySql(
        {argv[1], ""}, columns, crm::customers::PeriodConvention::Days, quote);
    std::puts(sql.c_str());
    return 0;
}
