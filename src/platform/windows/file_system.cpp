#include "platform/file_system.h"

#include <windows.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "platform/windows/wide_path.h"

namespace crm::platform {

std::error_code replaceFile(const std::string& from, const std::string& to) noexcept {
    try {
        // std::rename refuses an existing target here; MoveFileExW replaces it in one step.
        if (::MoveFileExW(windows::widePath(from).c_str(), windows::widePath(to).c_str(),
                          MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
            return {};
        return {static_cast<int>(::GetLastError()), std::system_category()};
    } catch (const std::system_error& e) {
        return e.code();
    } catch (...) {
        return std::make_error_code(std::errc::not_enough_memory);
    }
}

std::error_code writeWholeFile(const std::string& path, std::string_view bytes) noexcept {
    try {
        const std::string temporary = path + ".part";
        {
            std::ofstream out(std::filesystem::path(windows::widePath(temporary)),
                              std::ios::binary | std::ios::trunc);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            if (!out.flush()) {
                std::error_code ec;
                std::filesystem::remove(windows::widePath(temporary), ec);
                return std::make_error_code(std::errc::io_error);
            }
        }
        const std::error_code error = replaceFile(temporary, path);
        if (error) {
            std::error_code ec;
            std::filesystem::remove(windows::widePath(temporary), ec);
        }
        return error;
    } catch (...) {
        return std::make_error_code(std::errc::not_enough_memory);
    }
}

bool isWritable(const std::string& path) noexcept {
    try {
        const std::wstring wide = windows::widePath(path);
        const DWORD attributes = ::GetFileAttributesW(wide.c_str());
        if (attributes == INVALID_FILE_ATTRIBUTES) return false;
        const bool folder = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
        // Asking for the right checks the access list and a file's read-only attribute; a
        // folder opens only with FILE_FLAG_BACKUP_SEMANTICS.
        const HANDLE handle = ::CreateFileW(
            wide.c_str(), folder ? FILE_ADD_FILE : FILE_WRITE_DATA,
            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
            folder ? FILE_FLAG_BACKUP_SEMANTICS : FILE_ATTRIBUTE_NORMAL, nullptr);
        if (handle == INVALID_HANDLE_VALUE)
            return ::GetLastError() == ERROR_SHARING_VIOLATION;  // the right is there, only busy
        ::CloseHandle(handle);
        return true;
    } catch (...) {
        return false;
    }
}

}  // namespace crm::platform
