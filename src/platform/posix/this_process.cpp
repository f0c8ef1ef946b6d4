#include "platform/this_process.h"

#include <unistd.h>

namespace crm::platform {

std::uint64_t currentProcessId() noexcept { return static_cast<std::uint64_t>(::getpid()); }

bool standardErrorIsTerminal() noexcept { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace crm::platform
