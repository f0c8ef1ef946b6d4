#include "platform/interrupt_handler.h"

#include <windows.h>

#include <atomic>

namespace crm::platform {

namespace {

// The console calls the handler on a thread of its own: the flag must be atomic.
std::atomic<bool> interrupted{false};

BOOL WINAPI onConsoleControl(DWORD event) {
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE;  // closing the window, log-off, shut-down: the default ends the program
    interrupted.store(true);
    return TRUE;
}

}  // namespace

// Console handlers form a stack: removing ours gives Ctrl+C back to the ones below it.
struct InterruptHandler::PreviousHandling {};

InterruptHandler::InterruptHandler() : previous_(std::make_unique<PreviousHandling>()) {
    interrupted.store(false);
    ::SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

InterruptHandler::~InterruptHandler() { ::SetConsoleCtrlHandler(onConsoleControl, FALSE); }

bool interruptRequested() noexcept { return interrupted.load(); }

}  // namespace crm::platform
