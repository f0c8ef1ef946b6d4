#include "platform/exclusive_file_lock.h"

#include <windows.h>

#include <system_error>

#include "platform/windows/wide_path.h"

namespace crm::platform {

namespace {

// Windows locks are mandatory: a locked byte cannot be read or written through another
// handle. So the lock covers one byte at 2^63 - 2^32, far beyond the end of any document and
// beyond the bytes SQLite locks (they start at 1 GiB); SQLite's reads and writes never meet it.
constexpr DWORD kLockOffsetLow = 0;
constexpr DWORD kLockOffsetHigh = 0x7FFFFFFF;

OVERLAPPED lockPosition() {
    OVERLAPPED at{};
    at.Offset = kLockOffsetLow;
    at.OffsetHigh = kLockOffsetHigh;
    return at;
}

}  // namespace

std::optional<ExclusiveFileLock> ExclusiveFileLock::tryAcquire(const std::string& path) {
    // Shared open: SQLite opens the same file beside us; the lock, not the share mode, excludes.
    const HANDLE file = ::CreateFileW(windows::widePath(path).c_str(), GENERIC_READ,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                      nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        throw std::system_error(static_cast<int>(::GetLastError()), std::system_category(),
                                "cannot open " + path);
    OVERLAPPED at = lockPosition();
    if (!::LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
        const DWORD error = ::GetLastError();
        ::CloseHandle(file);
        if (error == ERROR_LOCK_VIOLATION) return std::nullopt;
        throw std::system_error(static_cast<int>(error), std::system_category(),
                                "cannot lock " + path);
    }
    return ExclusiveFileLock(reinterpret_cast<std::intptr_t>(file));
}

void ExclusiveFileLock::release() noexcept {
    if (handle_ == kNoHandle) return;
    const auto file = reinterpret_cast<HANDLE>(handle_);
    // Closing alone also unlocks, but "when resources allow"; unlocking first is immediate.
    OVERLAPPED at = lockPosition();
    ::UnlockFileEx(file, 0, 1, 0, &at);
    ::CloseHandle(file);
    handle_ = kNoHandle;
}

}  // namespace crm::platform
