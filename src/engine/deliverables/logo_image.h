#pragma once
// The cover page's logo travels inside the document as a data URI, so a file opened a year later
// on another laptop still has it. Only PNG and JPEG are accepted: every report format can show
// them.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crm::deliverables {

inline constexpr std::size_t kMaxLogoBytes = 2 * 1024 * 1024;

struct LogoImage {
    std::string mimeType;  // "image/png" or "image/jpeg"
    std::vector<unsigned char> bytes;
    int width = 0;  // pixels, read from the image header
    int height = 0;
};

// Checks the bytes (signature, size, header) and returns the data URI to store.
std::optional<std::string> encodeLogo(std::span<const unsigned char> bytes, std::string* error);

// Reads a stored data URI back. An empty text is "no logo" (nullopt, no error).
std::optional<LogoImage> decodeLogo(std::string_view dataUri, std::string* error);

std::string base64Encode(std::span<const unsigned char> bytes);
std::optional<std::vector<unsigned char>> base64Decode(std::string_view text);

}  // namespace crm::deliverables
