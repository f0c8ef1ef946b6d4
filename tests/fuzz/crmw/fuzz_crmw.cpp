// libFuzzer entry point for the .crmw opener: the input bytes are written to a file, which
// Document::open must open or refuse with a StoreError. Built by tests/fuzz/CMakeLists.txt
// (CRMW_FUZZ=ON, clang); run with scripts/fuzz, which points TMPDIR at /dev/shm.
#include <cstddef>
#include <cstdint>

#include "crmw_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    crm::fuzz::checkCrmwFile(std::string_view(reinterpret_cast<const char*>(data), size),
                             crm::fuzz::fuzzFolder("crmw-fuzz-open"), crm::fuzz::CrmwCheck::Open);
    return 0;
}
