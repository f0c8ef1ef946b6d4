#include <signal.h>
#include <catch2/catch.hpp>

#include "platform/interrupt_handler.h"

using crm::platform::InterruptHandler;
using crm::platform::interruptRequested;

namespace {

// What SIGINT does now, as a handler address (SIG_DFL, SIG_IGN or a function).
void (*currentSigintHandler())(int) {
    struct sigaction now {};
    ::sigaction(SIGINT, nullptr, &now);
    return now.sa_handler;
}

}  // namespace

TEST_CASE("Ctrl+C (SIGINT) sets the flag instead of ending the program", "[interrupt_handler]") {
    InterruptHandler handler;
    CHECK_FALSE(interruptRequested());

    REQUIRE(::raise(SIGINT) == 0);  // delivered before raise returns, to this thread

    CHECK(interruptRequested());
}

TEST_CASE("a new handler starts with the flag cleared", "[interrupt_handler]") {
    {
        InterruptHandler first;
        ::raise(SIGINT);
        REQUIRE(interruptRequested());
    }
    InterruptHandler second;
    CHECK_FALSE(interruptRequested());
}

TEST_CASE("the handling before the handler comes back when it ends", "[interrupt_handler]") {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    struct sigaction original {};
    REQUIRE(::sigaction(SIGINT, &ignore, &original) == 0);
    {
        InterruptHandler handler;
        CHECK(currentSigintHandler() != SIG_IGN);
    }
    CHECK(currentSigintHandler() == SIG_IGN);
    ::sigaction(SIGINT, &original, nullptr);
}
