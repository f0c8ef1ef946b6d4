#pragma once
// Default minutes for the ten steps of a workshop of a chosen length. Each step gets its share
// of the length by its weight, rounded to 5 minutes; what rounding gains or loses goes to the
// step with the largest share, so the minutes add up to the length exactly.
#include <array>
#include <cstdint>

namespace crm::workshop {

inline constexpr int kAgendaStepCount = 10;

// The relative time each step takes in a typical workshop, out of 100: the steps that gather
// many voices (pain points, what matters to customers, segments, capabilities) take longest.
const std::array<int, kAgendaStepCount>& agendaStepWeights();

// Minutes for steps 1..10 (index 0 is step 1). `totalMinutes` below 60 is planned as 60.
std::array<std::int64_t, kAgendaStepCount> planAgendaMinutes(std::int64_t totalMinutes);

}  // namespace crm::workshop
