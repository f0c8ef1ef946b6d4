#pragma once
// Shared helpers for store tests: temp folders, byte reads, a small complete assessment.
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "../temp_dirs_removed_at_exit.h"
#include "engine/model/assessment.h"

namespace crm::testing {

inline std::filesystem::path freshDir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() /
               ("crmw-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    tempDirsRemovedAtExit().add(dir);
    return dir;
}

inline std::string readBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Two cycles with at least one item of every kind, references that resolve, and values of
// every field type (money with thousandths, dates, choices, id lists, text with quotes).
Assessment smallAssessment();

}  // namespace crm::testing
