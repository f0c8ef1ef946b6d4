#pragma once
// crmw's exit codes (documented in README.md and `crmw --help`).
#include "store/store_error.h"

namespace crm::cli {

enum ExitCode : int {
    kOk = 0,
    kProblemsFound =
        1,              // validate found problems; an import skipped bad lines with --on-error skip
    kUsage = 2,         // wrong arguments
    kFileRefused = 3,   // not found, not ours, damaged, newer version, locked, read-only
    kInvalidInput = 4,  // malformed JSON or CSV, a value that does not fit
    kFailed = 5,        // anything else (disk full, cannot write the output)
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
