#include "report/builder/maturity_radars.h"
#include "report/report_text.h"

namespace crm::report {

namespace {

std::string scaleLabel() { return reportText("Scale: 1 = ad hoc, 5 = fully embedded"); }

std::optional<double> asDouble(const std::optional<std::int64_t>& v) {
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

}  // namespace

RadarChart maturityTodayAndTargeted(const Cycle& cycle) {
    RadarChart radar{reportText("Maturity today and targeted"),
                     {},
                     {{reportText("Current"), {}, false}, {reportText("Target"), {}, true}},
                     0.0,
                     5.0,
                     scaleLabel()};
    for (const auto& cap : cycle.capabilities) {
        if (!cap.current && !cap.target) continue;
        radar.axes.push_back(cap.name);
        radar.series[0].values.push_back(asDouble(cap.current));
        radar.series[1].values.push_back(asDouble(cap.target));
    }
    return radar;
}

RadarChart maturityInBothCycles(const reset::CycleComparison& c) {
    RadarChart radar{reportText("Current maturity in both cycles"),
                     {},
                     {{c.toName, {}, false}, {c.fromName, {}, true}},
                     0.0,
                     5.0,
                     scaleLabel()};
    for (const auto& m : c.maturity) {
        if (!m.fromCurrent && !m.toCurrent) continue;
        radar.axes.push_back(m.name);
        radar.series[0].values.push_back(asDouble(m.toCurrent));
        radar.series[1].values.push_back(asDouble(m.fromCurrent));
    }
    return radar;
}

}  // namespace crm::report
