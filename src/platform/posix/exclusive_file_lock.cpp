#include "platform/exclusive_file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace crm::platform {

std::optional<ExclusiveFileLock> ExclusiveFileLock::tryAcquire(const std::string& path) {
    // Read-only is enough for flock, and works on a document the user may not write.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::system_error(errno, std::generic_category(), "cannot open " + path);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) return std::nullopt;
        throw std::system_error(error, std::generic_category(), "cannot lock " + path);
    }
    return ExclusiveFileLock(fd);
}

void ExclusiveFileLock::release() noexcept {
    if (handle_ != kNoHandle) ::close(static_cast<int>(handle_));  // closing drops the flock
    handle_ = kNoHandle;
}

}  // namespace crm::platform
