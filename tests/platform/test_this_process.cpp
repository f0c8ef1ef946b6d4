#include <unistd.h>
#include <catch2/catch.hpp>

#include "platform/this_process.h"

using namespace crm::platform;

TEST_CASE("the process id is this process's", "[this_process]") {
    CHECK(currentProcessId() == static_cast<std::uint64_t>(::getpid()));
}

TEST_CASE("standard error counts as a terminal exactly when isatty says so", "[this_process]") {
    CHECK(standardErrorIsTerminal() == (::isatty(STDERR_FILENO) == 1));
}
