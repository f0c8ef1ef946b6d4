#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/file_system.h"
#include "scratch_folder.h"

using namespace crm::platform;
using namespace crm::platform::test;

namespace {

std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("replacing a file puts the new bytes in place and removes the source", "[file_system]") {
    const auto folder = freshFolder("replace");
    writeBytes(folder / "report.json", "old");
    writeBytes(folder / "report.json.part", "new");

    const std::error_code error =
        replaceFile((folder / "report.json.part").string(), (folder / "report.json").string());

    CHECK_FALSE(error);
    CHECK(readBytes(folder / "report.json") == "new");
    CHECK_FALSE(std::filesystem::exists(folder / "report.json.part"));
}

TEST_CASE("replacing from a missing file reports the error and leaves the target",
          "[file_system]") {
    const auto folder = freshFolder("replace-missing");
    writeBytes(folder / "report.json", "old");

    const std::error_code error =
        replaceFile((folder / "gone.part").string(), (folder / "report.json").string());

    CHECK(error == std::errc::no_such_file_or_directory);
    CHECK(readBytes(folder / "report.json") == "old");
}

TEST_CASE("a file or folder is writable unless its rights say no", "[file_system]") {
    const auto folder = freshFolder("writable");
    writeBytes(folder / "doc.crmw", "x");
    CHECK(isWritable(folder.string()));
    CHECK(isWritable((folder / "doc.crmw").string()));
    CHECK_FALSE(isWritable((folder / "missing.crmw").string()));

    std::filesystem::permissions(folder / "doc.crmw", std::filesystem::perms::owner_read);
    // Root may write whatever the bits say; the check reports the real right, as SQLite meets it.
    CHECK(isWritable((folder / "doc.crmw").string()) == (::geteuid() == 0));
}
