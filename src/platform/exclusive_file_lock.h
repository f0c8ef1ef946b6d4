#pragma once
// An exclusive lock on a file, held while the object lives. The operating system drops it when
// the process ends in any way, so a crash never leaves a stale lock behind. POSIX: flock on
// an open file description (so a second open in the same process is refused too); Windows:
// LockFileEx on one byte far beyond any byte SQLite reads, writes or locks, since Windows
// locks are mandatory for the bytes they cover.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace crm::platform {

class ExclusiveFileLock {
  public:
    ExclusiveFileLock() = default;  // holds nothing
    // One try, no waiting. Returns nothing when another open of the file (in this process or
    // another) holds the lock. Throws std::system_error naming the file when it cannot be
    // opened.
    static std::optional<ExclusiveFileLock> tryAcquire(const std::string& path);

    ~ExclusiveFileLock() { release(); }
    ExclusiveFileLock(ExclusiveFileLock&& other) noexcept
        : handle_(std::exchange(other.handle_, kNoHandle)) {}
    ExclusiveFileLock& operator=(ExclusiveFileLock&& other) noexcept {
        if (this != &other) {
            release();
            handle_ = std::exchange(other.handle_, kNoHandle);
        }
        return *this;
    }
    ExclusiveFileLock(const ExclusiveFileLock&) = delete;
    ExclusiveFileLock& operator=(const ExclusiveFileLock&) = delete;

    bool held() const noexcept { return handle_ != kNoHandle; }
    void release() noexcept;  // closes the file, which drops the lock

  private:
    // A descriptor on POSIX, a HANDLE on Windows; -1 is "none" on both.
    static constexpr std::intptr_t kNoHandle = -1;
    explicit ExclusiveFileLock(std::intptr_t handle) : handle_(handle) {}

    std::intptr_t handle_ = kNoHandle;
};

}  // namespace crm::platform
