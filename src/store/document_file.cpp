#include "store/document_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "platform/file_system.h"
#include "store/migrations.h"
#include "store/store_error.h"

namespace crm::store {

namespace {
std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           p[3];
}
}  // namespace

HeaderFacts checkDocumentHeader(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw StoreError(StoreErrorKind::NotFound, fmt::format("{}: no such file", path));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StoreError(StoreErrorKind::Io,
                         fmt::format("{}: cannot be read ({})", path, std::strerror(errno)));
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    const auto got = in.gcount();
    static const char kMagic[] = "SQLite format 3";
    if (got < 100 || std::memcmp(header, kMagic, sizeof kMagic) != 0)
        throw StoreError(
            StoreErrorKind::NotOurs,
            fmt::format("{}: not a CRM Workbench document (it is not a database file)", path));
    const std::int64_t appId = static_cast<std::int32_t>(bigEndian32(header + 68));
    const std::int64_t userVersion = static_cast<std::int32_t>(bigEndian32(header + 60));
    if (appId != kApplicationId)
        throw StoreError(
            StoreErrorKind::NotOurs,
            fmt::format("{}: not a CRM Workbench document (a database of another program)", path));
    if (userVersion > currentSchemaVersion())
        throw StoreError(
            StoreErrorKind::NewerVersion,
            fmt::format("{}: written by a newer version of CRM Workbench (document version {}, "
                        "this program reads up to {}); please update the program",
                        path, userVersion, currentSchemaVersion()));
    return {userVersion};
}

FileLock::FileLock(const std::string& path) {
    std::optional<platform::ExclusiveFileLock> lock;
    try {
        lock = platform::ExclusiveFileLock::tryAcquire(path);
    } catch (const std::system_error& e) {
        throw StoreError(StoreErrorKind::Io,
                         fmt::format("{}: cannot be opened ({})", path, e.code().message()));
    }
    if (!lock)
        throw StoreError(
            StoreErrorKind::Locked,
            fmt::format("{}: already open in another window or program; close it there first",
                        path));
    lock_ = std::move(*lock);
}

bool isWritable(const std::string& path) {
    auto folder = std::filesystem::absolute(path).parent_path();
    return platform::isWritable(path) && platform::isWritable(folder.string());
}

bool fileExists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

void copyFile(const std::string& from, const std::string& to) {
    std::error_code ec;
    std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec)
        throw StoreError(StoreErrorKind::Io,
                         fmt::format("{}: cannot copy to {}: {}", from, to, ec.message()));
}

}  // namespace crm::store
