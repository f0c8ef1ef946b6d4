// The cover logo: base64 against the RFC's vectors, image sizes read from files Qt wrote, and
// the refusals a facilitator sees when the file is not a usable image.
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <catch2/catch.hpp>

#include "engine/deliverables/logo_image.h"

using namespace crm::deliverables;

namespace {

std::vector<unsigned char> bytesOf(std::string_view text) { return {text.begin(), text.end()}; }

// An image of `width` x `height` saved by Qt in `format` ("PNG" or "JPEG").
std::vector<unsigned char> imageFile(int width, int height, const char* format) {
    static int argc = 1;
    static char name[] = "test_logo_image";
    static char* argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(argc, argv);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(20, 90, 160));
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return {data.begin(), data.end()};
}

std::string refusal(std::string_view dataUri) {
    std::string error;
    CHECK_FALSE(decodeLogo(dataUri, &error));
    return error;
}

std::string refusalToEncode(const std::vector<unsigned char>& bytes) {
    std::string error;
    CHECK_FALSE(encodeLogo(bytes, &error));
    return error;
}

}  // namespace

TEST_CASE("base64 matches the test vectors of RFC 4648 section 10", "[deliverables][logo]") {
    const std::vector<std::pair<std::string, std::string>> vectors = {{"", ""},
                                                                      {"f", "Zg=="},
                                                                      {"fo", "Zm8="},
                                                                      {"foo", "Zm9v"},
                                                                      {"foob", "Zm9vYg=="},
                                                                      {"fooba", "Zm9vYmE="},
                                                                      {"foobar", "Zm9vYmFy"}};
    for (const auto& [plain, encoded] : vectors) {
        INFO(plain);
        CHECK(base64Encode(bytesOf(plain)) == encoded);
        CHECK(base64Decode(encoded) == std::optional(bytesOf(plain)));
    }
}

TEST_CASE("base64 of all byte values round-trips; damaged text is refused",
          "[deliverables][logo]") {
    std::vector<unsigned char> all;
    for (int i = 0; i < 256; ++i) all.push_back(static_cast<unsigned char>(i));
    const std::string text = base64Encode(all);
    CHECK(text.size() == 344);  // 256 bytes = 85 groups of 3 + 1 byte: 86 * 4 characters
    CHECK(base64Decode(text) == std::optional(all));
    CHECK_FALSE(base64Decode("Zm9"));       // not a multiple of 4
    CHECK_FALSE(base64Decode("Zm9v!A=="));  // a character outside the alphabet
    CHECK_FALSE(base64Decode("Zg==Zg=="));  // data after the padding
    CHECK_FALSE(base64Decode("Z==="));      // three padding characters
}

TEST_CASE("a PNG written by Qt is accepted and its size read from the header",
          "[deliverables][logo]") {
    const auto png = imageFile(37, 11, "PNG");
    std::string error = "left over";
    const auto uri = encodeLogo(png, &error);
    REQUIRE(uri);
    CHECK(uri->starts_with("data:image/png;base64,iVBORw0KGgo"));  // base64 of the signature
    const auto logo = decodeLogo(*uri, &error);
    REQUIRE(logo);
    CHECK(error.empty());
    CHECK(logo->mimeType == "image/png");
    CHECK(logo->width == 37);
    CHECK(logo->height == 11);
    CHECK(logo->bytes == png);
}

TEST_CASE("a JPEG written by Qt is accepted and its size read from the frame header",
          "[deliverables][logo]") {
    const auto jpeg = imageFile(64, 23, "JPEG");
    std::string error;
    const auto uri = encodeLogo(jpeg, &error);
    REQUIRE(uri);
    CHECK(uri->starts_with("data:image/jpeg;base64,/9j/"));  // base64 of FF D8 FF
    const auto logo = decodeLogo(*uri, &error);
    REQUIRE(logo);
    CHECK(logo->mimeType == "image/jpeg");
    CHECK(logo->width == 64);
    CHECK(logo->height == 23);
}

TEST_CASE("no logo is not an error", "[deliverables][logo]") {
    std::string error = "left over";
    CHECK_FALSE(decodeLogo("", &error));
    CHECK(error.empty());
}

TEST_CASE("files that are not a whole PNG or JPEG are refused with a reason",
          "[deliverables][logo]") {
    CHECK(refusalToEncode(bytesOf("Our logo is a blue fox.\n")) ==
          "the logo is not a PNG or JPEG image");
    auto png = imageFile(37, 11, "PNG");
    png.resize(png.size() - 5);  // cut inside the closing IEND chunk
    CHECK(refusalToEncode(png) == "the logo's PNG data is cut short or damaged");
    png.resize(20);  // not even the whole header
    CHECK(refusalToEncode(png) == "the logo's PNG data is cut short or damaged");
    auto jpeg = imageFile(64, 23, "JPEG");
    jpeg.resize(jpeg.size() / 2);
    CHECK(refusalToEncode(jpeg) == "the logo's JPEG data is cut short or damaged");
}

TEST_CASE("a logo larger than 2 MB is refused; exactly 2 MB is accepted", "[deliverables][logo]") {
    auto png = imageFile(37, 11, "PNG");
    png.resize(kMaxLogoBytes, 0);  // bytes after IEND do not matter to a viewer
    std::string error;
    const auto uri = encodeLogo(png, &error);
    CHECK(uri);
    png.push_back(0);
    CHECK(refusalToEncode(png) == "the logo is larger than 2 MB");
    // The same limit holds for a logo that arrives through a JSON file.
    const std::string big = "data:image/png;base64," + base64Encode(png);
    CHECK(refusal(big) == "the logo is larger than 2 MB");
}

TEST_CASE("a damaged data URI is refused with a reason", "[deliverables][logo]") {
    const auto png = imageFile(37, 11, "PNG");
    const std::string good = *encodeLogo(png, nullptr);
    const std::string payload = good.substr(good.find(',') + 1);
    CHECK(refusal("iVBORw0KGgo=") == "the logo is not stored as a base64 data URI");
    CHECK(refusal("data:image/png," + payload) == "the logo is not stored as a base64 data URI");
    CHECK(refusal("data:text/plain;base64," + payload) ==
          "the logo is not stored as a base64 data URI");
    CHECK(refusal("data:image/png;base64," + payload.substr(0, payload.size() - 1)) ==
          "the logo's base64 text is damaged");
    std::string flipped = good;
    flipped[good.find(',') + 10] = '#';
    CHECK(refusal(flipped) == "the logo's base64 text is damaged");
    CHECK(refusal("data:image/png;base64," + base64Encode(bytesOf("plain text"))) ==
          "the logo is not a PNG or JPEG image");
}
