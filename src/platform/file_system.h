#pragma once
// The few file operations whose portable spelling in the standard library does the wrong thing
// on some system: std::rename does not replace an existing file on Windows, and
// std::filesystem reports permission bits, not whether this process may write.
#include <string>
#include <string_view>
#include <system_error>

namespace crm::platform {

// Renames `from` to `to` in one step, replacing `to` if it exists: a reader sees the old file or
// the new one, never a mix. Both must be on the same volume. A device, pipe or link at `to`
// (/dev/null, /dev/stdout, a FIFO) is written through instead, and `from` removed. Returns the
// error, if any.
std::error_code replaceFile(const std::string& from, const std::string& to) noexcept;

// Writes `bytes` as the whole content of `path`: through a temporary file beside it and
// replaceFile, so a reader never sees half of it; a device, pipe or link is written through.
std::error_code writeWholeFile(const std::string& path, std::string_view bytes) noexcept;

// Whether this process may write the file or create files in the folder at `path` (false when
// it does not exist).
bool isWritable(const std::string& path) noexcept;

}  // namespace crm::platform
