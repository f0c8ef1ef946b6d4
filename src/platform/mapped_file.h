#pragma once
// A whole file as read-only memory, so the CSV scanner can hand out views without copying a
// 50 MB export. POSIX: mmap; Windows: a file mapping.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace crm::platform {

class MappedFile {
  public:
    // Throws std::system_error whose message names the file when it cannot be opened, is not
    // a regular file or cannot be mapped. An empty file gives an empty view.
    explicit MappedFile(const std::string& path);
    ~MappedFile() { release(); }
    MappedFile(MappedFile&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}
    MappedFile& operator=(MappedFile&& other) noexcept {
        if (this != &other) {
            release();
            data_ = std::exchange(other.data_, nullptr);
            size_ = std::exchange(other.size_, 0);
        }
        return *this;
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view view() const { return {data_, size_}; }

  private:
    void release() noexcept;

    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace crm::platform
