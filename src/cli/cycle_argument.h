#pragma once
// The cycle a --cycle/--from/--to option names (id or name), or the current one when empty.
#include <string>

#include "engine/model/assessment.h"

namespace crm::cli {

// Throws StoreError (invalid input, exit 4) naming the option and the cycles the file has.
const Cycle& cycleArgument(const Assessment& a, const std::string& idOrName,
                           const std::string& option);

}  // namespace crm::cli
