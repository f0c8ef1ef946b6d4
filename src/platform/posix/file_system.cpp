#include "platform/file_system.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace crm::platform {

std::error_code replaceFile(const std::string& from, const std::string& to) noexcept {
    if (std::rename(from.c_str(), to.c_str()) != 0) return {errno, std::generic_category()};
    return {};
}

bool isWritable(const std::string& path) noexcept {
    return ::access(path.c_str(), W_OK) == 0;  // the effective rights, root and ACLs included
}

}  // namespace crm::platform
