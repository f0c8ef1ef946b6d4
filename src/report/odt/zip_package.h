#pragma once
// A zip archive in memory, for the OpenDocument and other zip-based files (libzip).
#include <optional>
#include <string>
#include <vector>

namespace crm::report {

struct ZipEntry {
    std::string name{};
    std::string bytes{};
    bool compress = true;  // false: stored, as ODF requires for `mimetype`
};

// The archive's bytes with the entries in the given order, or nullopt with *error set.
std::optional<std::string> zipArchive(const std::vector<ZipEntry>& entries, std::string* error);

}  // namespace crm::report
