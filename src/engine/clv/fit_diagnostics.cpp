#include "engine/clv/fit_diagnostics.h"

namespace crm::clv {

std::string_view toString(FitStatus status) {
    switch (status) {
        case FitStatus::Converged:
            return "converged";
        case FitStatus::Unidentified:
            return "unidentified";
        case FitStatus::NotConverged:
            return "not converged";
        case FitStatus::InsufficientData:
            return "insufficient data";
        case FitStatus::InvalidInput:
            return "invalid input";
    }
    return "unknown";
}

}  // namespace crm::clv
