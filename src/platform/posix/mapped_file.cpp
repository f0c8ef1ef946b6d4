#include "platform/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace crm::platform {

namespace {

[[noreturn]] void fail(int error, const std::string& what, const std::string& path) {
    throw std::system_error(error, std::generic_category(), what + " " + path);
}

// Closes the descriptor when the constructor leaves, by return or by throw.
struct Descriptor {
    int fd;
    ~Descriptor() { ::close(fd); }
};

}  // namespace

MappedFile::MappedFile(const std::string& path) {
    const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) fail(errno, "cannot open", path);
    struct stat info {};
    if (::fstat(file.fd, &info) != 0) fail(errno, "cannot stat", path);
    if (!S_ISREG(info.st_mode)) fail(EINVAL, "not a regular file:", path);
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size == 0) return;  // mmap of length 0 is an error; an empty file is an empty view
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, file.fd, 0);
    if (p == MAP_FAILED) fail(errno, "cannot map", path);
    ::madvise(p, size, MADV_SEQUENTIAL);
    data_ = static_cast<const char*>(p);
    size_ = size;
    // The descriptor closes here; the mapping keeps the file alive.
}

void MappedFile::release() noexcept {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
    data_ = nullptr;
    size_ = 0;
}

}  // namespace crm::platform
