#pragma once
// Facts about the running program: its id (to name temporary files no other process will
// pick) and whether standard error is a terminal (to show a progress line only to a person).
#include <cstdint>

namespace crm::platform {

std::uint64_t currentProcessId() noexcept;
bool standardErrorIsTerminal() noexcept;

}  // namespace crm::platform
