#pragma once
// Compares text with a golden file in tests/golden, or rewrites it when UPDATE_GOLDEN=1.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace crm::report::testing {

inline void compareWithGolden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(GOLDEN_DIR) + "/" + name;
    if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path);
        return;
    }
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);  // missing golden: run once with UPDATE_GOLDEN=1
    std::stringstream expected;
    expected << in.rdbuf();
    if (expected.str() == actual) return;
    // Point at the first differing line, which is what a reviewer needs.
    std::istringstream a(actual), e(expected.str());
    std::string la, le;
    int line = 1;
    while (std::getline(a, la) && std::getline(e, le) && la == le) ++line;
    FAIL(name << " differs from the golden file at line " << line << "\n  golden: " << le
              << "\n  actual: " << la
              << "\n(if intended: UPDATE_GOLDEN=1 ctest --test-dir build/h-report -R golden)");
}

}  // namespace crm::report::testing
