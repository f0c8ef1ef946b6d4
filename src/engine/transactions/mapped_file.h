#pragma once
// A whole file as read-only memory (POSIX mmap), so the scanner can hand out views
// without copying a 50 MB export.
#include <cstddef>
#include <string>
#include <string_view>

namespace crm::transactions {

class MappedFile {
  public:
    // Throws std::system_error (with the path in the message) when the file cannot be read.
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view view() const { return {data_, size_}; }

  private:
    void release() noexcept;

    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace crm::transactions
