// libFuzzer entry point for recoverCopy (the salvage of damaged documents, which reads SQLite
// pages itself): on any bytes it must make a copy that opens, or refuse with a StoreError.
// Its own target because a salvage costs ~50 opens; it shares the seeds of fuzz_crmw.
#include <cstddef>
#include <cstdint>

#include "crmw_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    crm::fuzz::checkCrmwFile(std::string_view(reinterpret_cast<const char*>(data), size),
                             crm::fuzz::fuzzFolder("crmw-fuzz-recover"),
                             crm::fuzz::CrmwCheck::Recover);
    return 0;
}
