#pragma once
// The 12-customer fixture of the RFM, concentration, level and roll-up tests. Expected
// numbers come from expected_small_fixture.py, which holds the same lines: keep them equal.
//   C05: 0.1 + 0.2 bought, 0.3 returned: net exactly 0 (in double it is 5.55e-17).
//   C07: only a return: no purchase, net -45.5.   C09: returned more than bought: net -20.
//   C06 and C07: margin -8 each (a tie for the worst-margin list).
//   C08: bought in two segments.
#include "table_builder.h"

namespace crm::customers::testing {

inline constexpr const char* kSmallFixtureEnd = "2024-06-30";

inline TableBuilder smallFixture() {
    TableBuilder builder;
    builder.withCost()
        .withSegment()
        .add("C01", "2024-01-10", "100.00", "60", "Retail")
        .add("C01", "2024-03-15", "150.00", "90", "Retail")
        .add("C01", "2024-06-20", "200.00", "120", "Retail")
        .add("C01", "2024-06-28", "50.00", "30", "Retail")
        .add("C02", "2024-02-01", "80.00", "50", "Retail")
        .add("C02", "2024-05-30", "120.00", "70", "Retail")
        .add("C02", "2024-06-25", "60", "40", "Retail")
        .add("C03", "2024-06-29", "40.00", "25", "Retail")
        .add("C04", "2024-01-05", "300.00", "200", "Wholesale")
        .add("C04", "2024-01-20", "250.00", "150", "Wholesale")
        .add("C04", "2024-02-10", "400", "300", "Wholesale")
        .add("C04", "2024-02-25", "350", "250", "Wholesale")
        .add("C05", "2024-04-01", "0.1", "0.05", "Retail")
        .add("C05", "2024-04-01", "0.2", "0.1", "Retail")
        .add("C05", "2024-04-02", "-0.3", "-0.15", "Retail")
        .add("C06", "2024-03-01", "20", "25", "Retail")
        .add("C06", "2024-03-01", "15", "18", "Retail")
        .add("C07", "2024-05-05", "-45.5", "-37.5", "Retail")
        .add("C08", "2024-01-15", "60", "40", "Retail")
        .add("C08", "2024-06-10", "75", "50", "Wholesale")
        .add("C09", "2024-02-20", "500", "480", "Wholesale")
        .add("C09", "2024-02-20", "-520", "-500", "Wholesale")
        .add("C10", "2024-05-15", "90", "60", "Retail")
        .add("C10", "2024-06-01", "30", "20", "Retail")
        .add("C10", "2024-06-15", "45", "30", "Retail")
        .add("C11", "2024-01-02", "25", "15", "Retail")
        .add("C12", "2024-04-10", "70", "50", "Wholesale")
        .add("C12", "2024-04-17", "80", "55", "Wholesale");
    return builder;
}

}  // namespace crm::customers::testing
