#include "gui/reset/cycle_comparison_radar.h"

#include "engine/reset/cycle_comparison.h"
#include "report/builder/maturity_radars.h"

namespace crm::gui {

CycleComparisonRadar::CycleComparisonRadar(QWidget* parent) : RadarView(parent) {
    setObjectName(QStringLiteral("comparisonRadar"));
    setTextScale(1.5);  // it shares the page's width with the milestones
    setPlaceholder(
        tr("Both cycles need at least three rated capabilities (step 10) for the maturity radar."));
}

void CycleComparisonRadar::setComparison(const reset::CycleComparison& comparison) {
    setChart(report::maturityInBothCycles(comparison));
}

QVector<CycleComparisonRadar::Axis> CycleComparisonRadar::axes() const {
    QVector<Axis> out;
    const report::RadarChart& spec = chart();  // series 0 is the later cycle, 1 the earlier
    for (std::size_t i = 0; i < spec.axes.size(); ++i)
        out.push_back({QString::fromStdString(spec.axes[i]), spec.series[1].values[i],
                       spec.series[0].values[i]});
    return out;
}

}  // namespace crm::gui
