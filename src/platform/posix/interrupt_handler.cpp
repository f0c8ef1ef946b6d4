#include "platform/interrupt_handler.h"

#include <signal.h>

#include <atomic>

namespace crm::platform {

namespace {

// A lock-free atomic is safe to write from a signal handler.
std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int) { interrupted.store(true, std::memory_order_relaxed); }

}  // namespace

struct InterruptHandler::PreviousHandling {
    struct sigaction action {};
};

InterruptHandler::InterruptHandler() : previous_(std::make_unique<PreviousHandling>()) {
    interrupted.store(false);
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;  // a read in progress goes on; the work polls the flag
    ::sigaction(SIGINT, &action, &previous_->action);
}

InterruptHandler::~InterruptHandler() { ::sigaction(SIGINT, &previous_->action, nullptr); }

bool interruptRequested() noexcept { return interrupted.load(std::memory_order_relaxed); }

}  // namespace crm::platform
