// libFuzzer entry point for the JSON assessment importer (importAssessmentJson).
// Built by tests/fuzz/CMakeLists.txt (CRMW_FUZZ=ON, clang); run with scripts/fuzz.
#include <cstddef>
#include <cstdint>

#include "json_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    crm::fuzz::checkJsonImport(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
