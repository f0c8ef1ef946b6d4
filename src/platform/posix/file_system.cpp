#include "platform/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string_view>

namespace crm::platform {

namespace {

std::error_code lastError() { return {errno, std::generic_category()}; }

bool writeAll(int fd, const char* data, ssize_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<std::size_t>(size));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= n;
    }
    return true;
}

// A device, a pipe or a link (/dev/null, /dev/stdout, a FIFO): written through, never replaced.
bool isWrittenThrough(const std::string& path) {
    struct stat link {
    }, target{};
    if (::lstat(path.c_str(), &link) != 0) return false;
    if (S_ISLNK(link.st_mode)) return true;
    return ::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode) &&
           !S_ISDIR(target.st_mode);
}

std::error_code writeThrough(const std::string& path, const char* data, std::size_t size) {
    const int out = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (out < 0) return lastError();
    std::error_code error;
    if (!writeAll(out, data, static_cast<ssize_t>(size))) error = lastError();
    if (::close(out) != 0 && !error) error = lastError();
    return error;
}

// Copies `from` into `to` (see isWrittenThrough), then removes `from`.
std::error_code writeInto(const std::string& from, const std::string& to) {
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return lastError();
    const int out = ::open(to.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (out < 0) {
        const std::error_code error = lastError();
        ::close(in);
        return error;
    }
    std::error_code error;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 || (n > 0 && !writeAll(out, buffer, n))) error = lastError();
        if (n <= 0 || error) break;
    }
    ::close(in);
    if (::close(out) != 0 && !error) error = lastError();
    if (!error) ::unlink(from.c_str());
    return error;
}

}  // namespace

std::error_code replaceFile(const std::string& from, const std::string& to) noexcept {
    // Renaming over a device, pipe or link would leave an ordinary file in its place (for
    // root, even in place of /dev/null or /dev/stdout).
    if (isWrittenThrough(to)) return writeInto(from, to);
    if (std::rename(from.c_str(), to.c_str()) != 0) return lastError();
    return {};
}

std::error_code writeWholeFile(const std::string& path, std::string_view bytes) noexcept {
    if (isWrittenThrough(path)) return writeThrough(path, bytes.data(), bytes.size());
    const std::string temporary = path + ".part";
    const int out = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (out < 0) return lastError();
    std::error_code error;
    if (!writeAll(out, bytes.data(), static_cast<ssize_t>(bytes.size()))) error = lastError();
    if (::close(out) != 0 && !error) error = lastError();
    if (!error) error = replaceFile(temporary, path);
    if (error) ::unlink(temporary.c_str());
    return error;
}

bool isWritable(const std::string& path) noexcept {
    return ::access(path.c_str(), W_OK) == 0;  // the effective rights, root and ACLs included
}

}  // namespace crm::platform
