#include "gui/customer_data/customer_figures.h"

#include <cmath>

namespace crm::gui {

RelationshipLevelFigures relationshipLevelFigures(const customers::RelationshipLevels& levels) {
    RelationshipLevelFigures f;
    f.oneTime = levels.oneTime;
    f.repeat = levels.repeat;
    f.advanced = levels.advanced;
    f.purchasingCustomers = levels.oneTime + levels.repeat;
    f.oneTimeSharePct = levels.oneTimeShare * 100.0;
    f.repeatSharePct = levels.repeatShare * 100.0;
    f.advancedSharePct = levels.advancedShare * 100.0;
    return f;
}

QList<SegmentFigures> segmentFigures(const customers::SegmentRollups& rollups, bool hasCost) {
    QList<SegmentFigures> out;
    for (const customers::SegmentRollup& r : rollups.rows) {
        SegmentFigures s;
        s.name = r.name;
        s.customers = static_cast<std::int64_t>(r.customers);
        s.revenue = r.netValue;
        if (hasCost && r.netValue.thousandths > 0)
            s.marginPct = static_cast<double>(r.margin.thousandths) * 100.0 /
                          static_cast<double>(r.netValue.thousandths);
        if (r.meanClv && std::isfinite(*r.meanClv))
            s.customerValue = Money{static_cast<std::int64_t>(std::llround(*r.meanClv * 1000.0))};
        if (r.churnRiskShare) s.churnRiskSharePct = *r.churnRiskShare * 100.0;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace crm::gui
