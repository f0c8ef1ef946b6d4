#pragma once
// Ctrl+C as a request to stop: while an InterruptHandler is alive, Ctrl+C (SIGINT on POSIX;
// Ctrl+C and Ctrl+Break on a Windows console) only sets a flag that long work polls, so a
// command can roll back its transaction instead of dying half-way.
#include <memory>

namespace crm::platform {

class InterruptHandler {
  public:
    InterruptHandler();   // clears the flag, then installs the handler
    ~InterruptHandler();  // puts back what handled Ctrl+C before
    InterruptHandler(const InterruptHandler&) = delete;
    InterruptHandler& operator=(const InterruptHandler&) = delete;

  private:
    struct PreviousHandling;  // what the operating system did before; restored on destruction
    std::unique_ptr<PreviousHandling> previous_;
};

// True once Ctrl+C was pressed since the last InterruptHandler was installed. Safe to call from
// any thread.
bool interruptRequested() noexcept;

}  // namespace crm::platform
