#include "cli/cycle_argument.h"

#include <fmt/format.h>

#include "engine/reset/cycle_comparison.h"
#include "store/store_error.h"

namespace crm::cli {

const Cycle& cycleArgument(const Assessment& a, const std::string& idOrName,
                           const std::string& option) {
    const Cycle* c = idOrName.empty() ? a.currentCycle() : reset::findCycleByIdOrName(a, idOrName);
    if (!c) {
        std::string known;
        for (const auto& each : a.cycles)
            known += fmt::format("{}{} ({})", known.empty() ? "" : ", ", each.name, each.id);
        throw store::StoreError(
            store::StoreErrorKind::InvalidInput,
            fmt::format("{} '{}': no such cycle; the document has {}", option, idOrName, known));
    }
    return *c;
}

}  // namespace crm::cli
