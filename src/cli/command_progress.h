#pragma once
// Progress on stderr for large inputs (Ctrl-C as a clean cancel: platform::InterruptHandler),
// and CRMW_TIMINGS phase times, for the customer-data commands.
#include <chrono>
#include <cstddef>
#include <string>

namespace crm::cli::customer_data {

// One updating line on stderr, shown only for large inputs when stderr is a terminal.
class ProgressLine {
  public:
    ProgressLine(std::string label, std::size_t inputBytes);
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // done/total in any unit; rows for the rate. Returns false once Ctrl-C was pressed.
    bool update(std::size_t done, std::size_t total, std::size_t rows, const char* unit);
    void finish();

  private:
    using Clock = std::chrono::steady_clock;
    std::string label_;
    bool enabled_;
    bool shown_ = false;
    Clock::time_point start_, last_;
};

// CRMW_TIMINGS=1 in the environment: the time of each phase on stderr (for bench/import).
class PhaseTimer {
  public:
    PhaseTimer();
    ~PhaseTimer();
    PhaseTimer(const PhaseTimer&) = delete;
    PhaseTimer& operator=(const PhaseTimer&) = delete;
    void lap(const char* phase);

  private:
    using Clock = std::chrono::steady_clock;
    bool enabled_;
    Clock::time_point last_;
    std::string text_;
};

}  // namespace crm::cli::customer_data
