#include "platform/mapped_file.h"

#include <windows.h>

#include <cstdint>
#include <system_error>

#include "platform/windows/wide_path.h"

namespace crm::platform {

namespace {

[[noreturn]] void fail(DWORD error, const std::string& what, const std::string& path) {
    throw std::system_error(static_cast<int>(error), std::system_category(), what + " " + path);
}

// Closes the handle when the constructor leaves, by return or by throw.
struct OwnedHandle {
    HANDLE handle;
    ~OwnedHandle() {
        if (handle != nullptr && handle != INVALID_HANDLE_VALUE) ::CloseHandle(handle);
    }
};

}  // namespace

MappedFile::MappedFile(const std::string& path) {
    // Sharing everything matches POSIX: another program may keep the file open, even for
    // writing, while we read it.
    const OwnedHandle file{::CreateFileW(windows::widePath(path).c_str(), GENERIC_READ,
                                         FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                         nullptr, OPEN_EXISTING, FILE_FLAG_SEQUENTIAL_SCAN,
                                         nullptr)};
    if (file.handle == INVALID_HANDLE_VALUE) fail(::GetLastError(), "cannot open", path);
    if (::GetFileType(file.handle) != FILE_TYPE_DISK)
        fail(ERROR_INVALID_PARAMETER, "not a regular file:", path);
    LARGE_INTEGER size{};
    if (!::GetFileSizeEx(file.handle, &size)) fail(::GetLastError(), "cannot stat", path);
    if (size.QuadPart == 0) return;  // a mapping of an empty file is an error; an empty view
    if (static_cast<std::uint64_t>(size.QuadPart) > SIZE_MAX)
        fail(ERROR_FILE_TOO_LARGE, "cannot map", path);
    const OwnedHandle mapping{
        ::CreateFileMappingW(file.handle, nullptr, PAGE_READONLY, 0, 0, nullptr)};
    if (mapping.handle == nullptr) fail(::GetLastError(), "cannot map", path);
    const void* view = ::MapViewOfFile(mapping.handle, FILE_MAP_READ, 0, 0, 0);
    if (view == nullptr) fail(::GetLastError(), "cannot map", path);
    data_ = static_cast<const char*>(view);
    size_ = static_cast<std::size_t>(size.QuadPart);
    // Both handles close here; the view keeps the file alive.
}

void MappedFile::release() noexcept {
    if (data_ != nullptr) ::UnmapViewOfFile(data_);
    data_ = nullptr;
    size_ = 0;
}

}  // namespace crm::platform
