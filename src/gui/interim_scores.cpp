#include "gui/interim_scores.h"

#include "engine/model/descriptor.h"
#include "gui/document_session.h"

namespace crm::gui {

namespace {

double kindFillRatio(const Cycle& cycle, const EntityDescriptor& kind, QStringList& missing) {
    const std::size_t items = kind.count(cycle);
    if (items == 0) {
        missing << QObject::tr("no %1 yet").arg(toQString(kind.label).toLower());
        return 0.0;
    }
    std::size_t filled = 0, total = 0;
    for (std::size_t i = 0; i < items; ++i)
        for (const auto& field : kind.fields) {
            ++total;
            if (!isEmpty(field.get(kind.at(cycle, i)))) ++filled;
        }
    if (filled < total)
        missing
            << QObject::tr("%1: %2 empty fields").arg(toQString(kind.label)).arg(total - filled);
    return total == 0 ? 0.0 : static_cast<double>(filled) / static_cast<double>(total);
}

}  // namespace

std::array<StepProgress, 10> StepFillRatio::compute(const Cycle& cycle) {
    std::array<StepProgress, 10> out{};
    std::array<double, 10> sum{};
    std::array<int, 10> kinds{};
    for (const auto* kind : entityDescriptors()) {
        const auto step = static_cast<std::size_t>(kind->step - 1);
        if (step >= out.size() || kind->kind == "alignment") continue;
        sum[step] += kindFillRatio(cycle, *kind, out[step].missing);
        ++kinds[step];
    }
    const AlignmentGaps gaps = findAlignmentGaps(cycle);
    const std::size_t linkable = cycle.objectives.size() + cycle.kpis.size();
    const std::size_t unlinked =
        gaps.objectivesWithoutKpi.size() + gaps.kpisWithoutObjective.size();
    sum[8] = linkable == 0
                 ? 0.0
                 : static_cast<double>(linkable - unlinked) / static_cast<double>(linkable);
    kinds[8] = 1;
    if (linkable == 0) out[8].missing << QObject::tr("no objectives or KPIs to align yet");
    if (unlinked > 0)
        out[8].missing << QObject::tr("%1 objectives or KPIs without a link").arg(unlinked);
    for (std::size_t s = 0; s < out.size(); ++s)
        out[s].percent = kinds[s] == 0 ? 0 : static_cast<int>(100.0 * sum[s] / kinds[s] + 0.5);
    return out;
}

std::optional<double> netPromoterScore(const RelationshipState& state) {
    const std::int64_t p = state.promoters.value_or(0), pa = state.passives.value_or(0),
                       d = state.detractors.value_or(0);
    if (!state.promoters && !state.passives && !state.detractors) return std::nullopt;
    const std::int64_t all = p + pa + d;
    if (all <= 0) return std::nullopt;
    return 100.0 * static_cast<double>(p - d) / static_cast<double>(all);
}

AlignmentGaps findAlignmentGaps(const Cycle& cycle) {
    AlignmentGaps gaps;
    for (const auto& o : cycle.objectives) gaps.objectivesWithoutKpi.insert(o.id);
    for (const auto& k : cycle.kpis) gaps.kpisWithoutObjective.insert(k.id);
    for (const auto& link : cycle.alignment) {
        const bool kpiExists = gaps.kpisWithoutObjective.count(link.kpiId) ||
                               std::any_of(cycle.kpis.begin(), cycle.kpis.end(),
                                           [&](const Kpi& k) { return k.id == link.kpiId; });
        const bool objectiveExists =
            std::any_of(cycle.objectives.begin(), cycle.objectives.end(),
                        [&](const CorporateObjective& o) { return o.id == link.objectiveId; });
        if (!kpiExists || !objectiveExists) continue;
        gaps.objectivesWithoutKpi.erase(link.objectiveId);
        gaps.kpisWithoutObjective.erase(link.kpiId);
    }
    return gaps;
}

}  // namespace crm::gui
