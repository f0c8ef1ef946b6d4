#pragma once
// A fresh folder per test under the system's temporary folder, and small file writes.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../temp_dirs_removed_at_exit.h"

namespace crm::platform::test {

inline std::filesystem::path freshFolder(const std::string& name) {
    auto folder = std::filesystem::temp_directory_path() /
                  ("crmw-platform-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    crm::testing::tempDirsRemovedAtExit().add(folder);
    return folder;
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

}  // namespace crm::platform::test
