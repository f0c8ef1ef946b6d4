#include "cli/cycle_argument.h"

#include <fmt/format.h>

#include "cli/exit_codes.h"
#include "engine/reset/cycle_comparison.h"

namespace crm::cli {

namespace {
std::string cycleNames(const Assessment& a) {
    std::string names;
    for (const auto& each : a.cycles)
        names += fmt::format("{}{}", names.empty() ? "" : ", ", each.name);
    return names;
}
}  // namespace

std::string unknownCycleMessage(const Assessment& a, const std::string& idOrName,
                                const std::string& option) {
    return fmt::format("{}: no cycle '{}'; this document has: {}", option, idOrName, cycleNames(a));
}

const Cycle& cycleArgument(const Assessment& a, const std::string& idOrName,
                           const std::string& option) {
    const Cycle* c = idOrName.empty() ? a.currentCycle() : reset::findCycleByIdOrName(a, idOrName);
    if (!c && idOrName.empty())
        throw CommandError(
            kUsage, fmt::format("{}: this document names no current cycle; say which: {}", option,
                                cycleNames(a)));
    if (!c) throw CommandError(kUsage, unknownCycleMessage(a, idOrName, option));
    return *c;
}

}  // namespace crm::cli
