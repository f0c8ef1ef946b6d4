#include "engine/workshop/agenda_plan.h"

#include <algorithm>
#include <numeric>

namespace crm::workshop {

const std::array<int, kAgendaStepCount>& agendaStepWeights() {
    static const std::array<int, kAgendaStepCount> weights = {8, 6, 12, 8, 12, 12, 10, 10, 8, 14};
    return weights;
}

std::array<std::int64_t, kAgendaStepCount> planAgendaMinutes(std::int64_t totalMinutes) {
    const std::int64_t total = std::max<std::int64_t>(60, totalMinutes);
    const auto& weights = agendaStepWeights();
    const std::int64_t weightSum = std::accumulate(weights.begin(), weights.end(), 0);
    std::array<std::int64_t, kAgendaStepCount> minutes{};
    for (int i = 0; i < kAgendaStepCount; ++i) {
        // Nearest multiple of 5, halves up, in integers: share = total * w / sum.
        const std::int64_t share5 = (total * weights[i] * 2 + weightSum * 5) / (weightSum * 10);
        minutes[i] = std::max<std::int64_t>(5, share5 * 5);
    }
    const auto longest = static_cast<std::size_t>(std::max_element(weights.begin(), weights.end()) -
                                                  weights.begin());
    const std::int64_t sum = std::accumulate(minutes.begin(), minutes.end(), std::int64_t{0});
    minutes[longest] += total - sum;
    return minutes;
}

}  // namespace crm::workshop
