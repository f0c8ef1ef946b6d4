#pragma once
// crmw's exit codes (documented in README.md and `crmw --help`): one code per kind of failure,
// the same on every command.
#include <stdexcept>
#include <string>

#include "store/store_error.h"

namespace crm::cli {

enum ExitCode : int {
    kOk = 0,
    kProblemsFound =
        1,              // validate found problems; an import skipped bad lines with --on-error skip
    kUsage = 2,         // wrong arguments: an unknown command or option, a missing or malformed
                        // value, a cycle the document does not have
    kFileRefused = 3,   // not found, not ours, damaged, newer version, open in the window
                        // (commands that change it), read-only, exists already (new)
    kInvalidInput = 4,  // malformed JSON or CSV, a value in them that does not fit
    kFailed = 5,        // anything else (disk full, cannot write the output)
};

// A command's failure with its exit code: main prints "crmw: MESSAGE" and exits with the code.
class CommandError : public std::runtime_error {
  public:
    CommandError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
    int code() const { return code_; }

  private:
    int code_;
};

inline int exitCodeFor(const store::StoreError& e) {
    switch (e.kind()) {
        case store::StoreErrorKind::InvalidInput:
            return kInvalidInput;
        case store::StoreErrorKind::Io:
            return kFailed;
        default:
            return kFileRefused;
    }
}

}  // namespace crm::cli
