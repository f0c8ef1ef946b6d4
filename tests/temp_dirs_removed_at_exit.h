#pragma once
// Test folders are removed when the test program ends: thousands of runs left gigabytes in the
// temporary folder before.
#include <filesystem>
#include <system_error>
#include <vector>

namespace crm::testing {

class TempDirsRemovedAtExit {
  public:
    void add(const std::filesystem::path& dir) {
        for (const auto& known : dirs_)
            if (known == dir) return;
        dirs_.push_back(dir);
    }
    ~TempDirsRemovedAtExit() {
        std::error_code ignored;  // a folder already gone is fine
        for (const auto& dir : dirs_) std::filesystem::remove_all(dir, ignored);
    }

  private:
    std::vector<std::filesystem::path> dirs_;
};

inline TempDirsRemovedAtExit& tempDirsRemovedAtExit() {
    static TempDirsRemovedAtExit dirs;
    return dirs;
}

}  // namespace crm::testing
