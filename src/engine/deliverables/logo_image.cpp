#include "engine/deliverables/logo_image.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace crm::deliverables {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64Value(char c) {
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::uint32_t bigEndian(std::span<const unsigned char> b, std::size_t at, std::size_t width) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < width; ++i) v = (v << 8) | b[at + i];
    return v;
}

struct Header {
    std::string mime;
    int width = 0;
    int height = 0;
};

bool hasPngSignature(std::span<const unsigned char> b) {
    static constexpr std::array<unsigned char, 8> kSignature{0x89, 'P',  'N',  'G',
                                                             '\r', '\n', 0x1a, '\n'};
    return b.size() >= kSignature.size() &&
           std::equal(kSignature.begin(), kSignature.end(), b.begin());
}

// IHDR first, then every chunk whole up to IEND: a file cut short would show as a broken image.
std::optional<Header> pngHeader(std::span<const unsigned char> b) {
    constexpr std::uint32_t kIhdr = 0x49484452u, kIend = 0x49454E44u;
    if (b.size() < 33 || bigEndian(b, 8, 4) != 13 || bigEndian(b, 12, 4) != kIhdr)
        return std::nullopt;
    for (std::size_t at = 8; at + 12 <= b.size();) {
        const std::size_t length = bigEndian(b, at, 4);
        if (length > b.size() - at - 12) return std::nullopt;
        if (bigEndian(b, at + 4, 4) == kIend)
            return Header{"image/png", static_cast<int>(bigEndian(b, 16, 4)),
                          static_cast<int>(bigEndian(b, 20, 4))};
        at += 12 + length;
    }
    return std::nullopt;
}

bool hasJpegSignature(std::span<const unsigned char> b) {
    return b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
}

// Walks the JPEG markers to the first start-of-frame, which holds the size; the end-of-image
// marker must follow (inside the compressed data a 0xFF byte is always followed by 0x00).
std::optional<Header> jpegHeader(std::span<const unsigned char> b) {
    std::size_t at = 2;
    while (at + 4 <= b.size()) {
        if (b[at] != 0xFF) return std::nullopt;
        const unsigned char marker = b[at + 1];
        if (marker == 0xFF) {  // fill byte before a marker
            ++at;
            continue;
        }
        const std::size_t length = bigEndian(b, at + 2, 2);
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame && at + 9 <= b.size()) {
            for (std::size_t end = at + 2 + length; end + 1 < b.size(); ++end)
                if (b[end] == 0xFF && b[end + 1] == 0xD9)
                    return Header{"image/jpeg", static_cast<int>(bigEndian(b, at + 7, 2)),
                                  static_cast<int>(bigEndian(b, at + 5, 2))};
            return std::nullopt;
        }
        if (length < 2) return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

std::optional<Header> imageHeader(std::span<const unsigned char> bytes, std::string* error) {
    std::optional<Header> header;
    if (hasPngSignature(bytes)) {
        header = pngHeader(bytes);
        if (!header && error) *error = "the logo's PNG data is cut short or damaged";
    } else if (hasJpegSignature(bytes)) {
        header = jpegHeader(bytes);
        if (!header && error) *error = "the logo's JPEG data is cut short or damaged";
    } else if (error) {
        *error = "the logo is not a PNG or JPEG image";
    }
    if (!header) return std::nullopt;
    if (header->width <= 0 || header->height <= 0 || header->width > 10000 ||
        header->height > 10000) {
        if (error) *error = "the logo's size in its header is not usable";
        return std::nullopt;
    }
    return header;
}

}  // namespace

std::string base64Encode(std::span<const unsigned char> bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t v = static_cast<std::uint32_t>(bytes[i]) << 16;
        if (n > 1) v |= static_cast<std::uint32_t>(bytes[i + 1]) << 8;
        if (n > 2) v |= bytes[i + 2];
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= n ? kAlphabet[(v >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

std::optional<std::vector<unsigned char>> base64Decode(std::string_view text) {
    std::vector<unsigned char> out;
    out.reserve(text.size() / 4 * 3);
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t padding = 0;
    for (char c : text) {
        if (c == '=') {
            ++padding;
            continue;
        }
        if (padding > 0) return std::nullopt;  // data after the padding
        const int v = base64Value(c);
        if (v < 0) return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<unsigned char>((buffer >> bits) & 0xFF));
        }
    }
    if (padding > 2 || (text.size() % 4) != 0) return std::nullopt;
    return out;
}

std::optional<std::string> encodeLogo(std::span<const unsigned char> bytes, std::string* error) {
    if (bytes.size() > kMaxLogoBytes) {
        if (error) *error = "the logo is larger than 2 MB";
        return std::nullopt;
    }
    auto header = imageHeader(bytes, error);
    if (!header) return std::nullopt;
    return "data:" + header->mime + ";base64," + base64Encode(bytes);
}

std::optional<LogoImage> decodeLogo(std::string_view dataUri, std::string* error) {
    if (error) error->clear();
    if (dataUri.empty()) return std::nullopt;
    const auto comma = dataUri.find(',');
    const std::string_view prefix = dataUri.substr(0, comma == std::string_view::npos ? 0 : comma);
    if (comma == std::string_view::npos || !prefix.starts_with("data:image/") ||
        !prefix.ends_with(";base64")) {
        if (error) *error = "the logo is not stored as a base64 data URI";
        return std::nullopt;
    }
    auto bytes = base64Decode(dataUri.substr(comma + 1));
    if (!bytes) {
        if (error) *error = "the logo's base64 text is damaged";
        return std::nullopt;
    }
    if (bytes->size() > kMaxLogoBytes) {
        if (error) *error = "the logo is larger than 2 MB";
        return std::nullopt;
    }
    auto header = imageHeader(*bytes, error);
    if (!header) return std::nullopt;
    return LogoImage{header->mime, std::move(*bytes), header->width, header->height};
}

}  // namespace crm::deliverables
