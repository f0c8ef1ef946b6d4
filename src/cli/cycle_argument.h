#pragma once
// The cycle a --cycle/--from/--to option names (id or name), or the current one when empty.
#include <string>

#include "engine/model/assessment.h"

namespace crm::cli {

// Throws CommandError(kUsage) with unknownCycleMessage: the same exit code and words on every
// command.
const Cycle& cycleArgument(const Assessment& a, const std::string& idOrName,
                           const std::string& option);

// "--cycle: no cycle '1999'; this document has: 2025, 2026"
std::string unknownCycleMessage(const Assessment& a, const std::string& idOrName,
                                const std::string& option);

}  // namespace crm::cli
