#include <catch2/catch.hpp>

#include <string>
#include <system_error>

#include "platform/mapped_file.h"
#include "scratch_folder.h"

using crm::platform::MappedFile;
using namespace crm::platform::test;

TEST_CASE("a mapped file shows exactly the file's bytes", "[mapped_file]") {
    const auto folder = freshFolder("map-bytes");
    // A NUL, a CR LF and a byte above 127: the view is bytes, not text.
    const std::string bytes = std::string("id;amount\r\nc1;12,50\n", 21) + '\0' + "\xE9tag\n";
    writeBytes(folder / "data.csv", bytes);

    const MappedFile file((folder / "data.csv").string());

    CHECK(file.view().size() == bytes.size());
    CHECK(file.view() == bytes);
}

TEST_CASE("an empty file maps to an empty view", "[mapped_file]") {
    const auto folder = freshFolder("map-empty");
    writeBytes(folder / "empty.csv", "");

    const MappedFile file((folder / "empty.csv").string());

    CHECK(file.view().empty());
}

TEST_CASE("a missing file is refused with an error that names it", "[mapped_file]") {
    const auto folder = freshFolder("map-missing");
    const std::string path = (folder / "no-such-export.csv").string();
    try {
        MappedFile file(path);
        FAIL("a missing file was mapped");
    } catch (const std::system_error& e) {
        CHECK(e.code() == std::errc::no_such_file_or_directory);
        CHECK_THAT(e.what(), Catch::Contains(path));
    }
}

TEST_CASE("a folder is not mapped", "[mapped_file]") {
    const auto folder = freshFolder("map-folder");
    try {
        MappedFile file(folder.string());
        FAIL("a folder was mapped");
    } catch (const std::system_error& e) {
        CHECK_THAT(e.what(),
                   Catch::Contains("not a regular file") && Catch::Contains(folder.string()));
    }
}

TEST_CASE("moving a mapped file moves the view and empties the source", "[mapped_file]") {
    const auto folder = freshFolder("map-move");
    writeBytes(folder / "data.csv", "abc");
    MappedFile first((folder / "data.csv").string());

    MappedFile second(std::move(first));

    CHECK(second.view() == "abc");
    CHECK(first.view().empty());  // the moved-from file holds nothing
}
