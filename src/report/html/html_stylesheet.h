#pragma once
#include <string_view>

namespace crm::report {

// The report's CSS, for screen and print. Kept apart from the renderer so designers can read it.
std::string_view htmlStylesheet();

}  // namespace crm::report
