#include "cli/command_progress.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "cli/customer_output_helpers.h"
#include "platform/interrupt_handler.h"
#include "platform/this_process.h"

namespace crm::cli::customer_data {

namespace {

// Inputs above this size get a progress line (when stderr is a terminal).
constexpr std::size_t kLargeInputBytes = 8u << 20;

}  // namespace

ProgressLine::ProgressLine(std::string label, std::size_t inputBytes)
    : label_(std::move(label)),
      enabled_(inputBytes >= kLargeInputBytes && platform::standardErrorIsTerminal()),
      start_(Clock::now()),
      last_(start_) {}

bool ProgressLine::update(std::size_t done, std::size_t total, std::size_t rows, const char* unit) {
    if (enabled_) {
        const auto now = Clock::now();
        if (now - last_ >= std::chrono::milliseconds(200) || done == total) {
            last_ = now;
            const double seconds = std::chrono::duration<double>(now - start_).count();
            const double rate = seconds > 0 ? static_cast<double>(rows) / seconds : 0.0;
            fmt::print(
                stderr, "\r{}: {:3.0f}%  {} {}  {:.2f} M {}/s\033[K", label_,
                total ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0,
                grouped(rows), unit, rate / 1e6, unit);
            std::fflush(stderr);
            shown_ = true;
        }
    }
    return !platform::interruptRequested();
}

void ProgressLine::finish() {
    if (shown_) fmt::print(stderr, "\r\033[K");
    shown_ = false;
}

PhaseTimer::PhaseTimer() : enabled_(std::getenv("CRMW_TIMINGS") != nullptr), last_(Clock::now()) {}

PhaseTimer::~PhaseTimer() {
    if (enabled_ && !text_.empty()) fmt::print(stderr, "crmw: timings:{}\n", text_);
}

void PhaseTimer::lap(const char* phase) {
    const auto now = Clock::now();
    text_ += fmt::format(" {} {:.3f} s", phase, std::chrono::duration<double>(now - last_).count());
    last_ = now;
}

}  // namespace crm::cli::customer_data
