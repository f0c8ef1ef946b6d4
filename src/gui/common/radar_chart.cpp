#include "gui/common/radar_chart.h"

#include "engine/workshop/rating_spread.h"
#include "gui/app/document_session.h"
#include "report/builder/maturity_radars.h"

namespace crm::gui {

namespace {

std::optional<std::int64_t> level(const report::RadarSeries& series, std::size_t axis) {
    if (axis >= series.values.size() || !series.values[axis]) return std::nullopt;
    return static_cast<std::int64_t>(*series.values[axis]);
}

}  // namespace

RadarChart::RadarChart(DocumentSession& session, QWidget* parent)
    : RadarView(parent), session_(session) {
    setObjectName(QStringLiteral("radarChart"));
    setPlaceholder(tr("Rate at least three capabilities to see the maturity radar."));
    connect(&session_, &DocumentSession::edited, this, &RadarChart::reload);
    connect(&session_, &DocumentSession::documentReset, this, &RadarChart::reload);
    reload();
}

void RadarChart::reload() {
    const Cycle* cycle = session_.cycle();
    setChart(cycle ? report::maturityTodayAndTargeted(
                         workshop::effectiveCycle(*cycle, session_.assessment().profile))
                   : report::RadarChart{});
}

QVector<RadarChart::Axis> RadarChart::axes() const {
    QVector<Axis> out;
    const report::RadarChart& spec = chart();  // series 0 is the current level, 1 the target
    for (std::size_t i = 0; i < spec.axes.size(); ++i)
        out.push_back({QString::fromStdString(spec.axes[i]), level(spec.series[0], i),
                       level(spec.series[1], i)});
    return out;
}

std::vector<std::pair<int, int>> RadarChart::plottedValues() const {
    std::vector<std::pair<int, int>> out;
    for (const Axis& a : axes())
        out.emplace_back(static_cast<int>(a.current.value_or(0)),
                         static_cast<int>(a.target.value_or(0)));
    return out;
}

}  // namespace crm::gui
