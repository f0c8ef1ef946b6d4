#include "platform/windows/wide_path.h"

#include <windows.h>

#include <climits>
#include <system_error>

namespace crm::platform::windows {

std::wstring widePath(const std::string& utf8) {
    if (utf8.empty()) return {};
    const auto fail = [&utf8] {
        throw std::system_error(ERROR_NO_UNICODE_TRANSLATION, std::system_category(),
                                "not a UTF-8 path: " + utf8);
    };
    if (utf8.size() > INT_MAX) fail();
    const int length = static_cast<int>(utf8.size());
    const int wideLength =
        ::MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8.data(), length, nullptr, 0);
    if (wideLength <= 0) fail();
    std::wstring wide(static_cast<std::size_t>(wideLength), L'\0');
    ::MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8.data(), length, wide.data(),
                          wideLength);
    return wide;
}

}  // namespace crm::platform::windows
