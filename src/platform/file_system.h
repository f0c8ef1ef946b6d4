#pragma once
// The few file operations whose portable spelling in the standard library does the wrong thing
// on some system: std::rename does not replace an existing file on Windows, and
// std::filesystem reports permission bits, not whether this process may write.
#include <string>
#include <system_error>

namespace crm::platform {

// Renames `from` to `to` in one step, replacing `to` if it exists: a reader sees the old file or
// the new one, never a mix. Both must be on the same volume. Returns the error, if any.
std::error_code replaceFile(const std::string& from, const std::string& to) noexcept;

// Whether this process may write the file or create files in the folder at `path` (false when
// it does not exist).
bool isWritable(const std::string& path) noexcept;

}  // namespace crm::platform
