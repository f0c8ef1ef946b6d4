#include "platform/this_process.h"

#include <windows.h>

// Older MinGW headers lack the name; the value is fixed by the Windows API.
#ifndef ENABLE_VIRTUAL_TERMINAL_PROCESSING
#define ENABLE_VIRTUAL_TERMINAL_PROCESSING 0x0004
#endif

namespace crm::platform {

std::uint64_t currentProcessId() noexcept { return ::GetCurrentProcessId(); }

bool standardErrorIsTerminal() noexcept {
    const HANDLE error = ::GetStdHandle(STD_ERROR_HANDLE);
    DWORD mode = 0;
    if (error == nullptr || error == INVALID_HANDLE_VALUE || !::GetConsoleMode(error, &mode))
        return false;  // a pipe or a file
    // The progress line redraws itself with escape sequences: a console that cannot show them
    // (before Windows 10) counts as no terminal.
    return (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0 ||
           ::SetConsoleMode(error, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
}

}  // namespace crm::platform
