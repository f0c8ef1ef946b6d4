#pragma once
// What a fuzz target checks beyond "no crash": a broken promise throws this, which libFuzzer
// reports as a crash (uncaught exception) and the Catch2 regression test reports as a failure.
#include <stdexcept>
#include <string>

namespace crm::fuzz {

struct BrokenPromise : std::logic_error {
    using std::logic_error::logic_error;
};

inline void promise(bool kept, const std::string& what) {
    if (!kept) throw BrokenPromise(what);
}

}  // namespace crm::fuzz
