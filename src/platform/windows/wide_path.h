#pragma once
// Paths travel through the program as UTF-8; the Windows "W" functions take UTF-16.
#include <string>

namespace crm::platform::windows {

// Throws std::system_error naming the path when it is not valid UTF-8.
std::wstring widePath(const std::string& utf8);

}  // namespace crm::platform::windows
