#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <system_error>

#include "platform/exclusive_file_lock.h"
#include "scratch_folder.h"

using crm::platform::ExclusiveFileLock;
using namespace crm::platform::test;

namespace {

std::string lockedFile(const std::string& name) {
    const auto path = freshFolder(name) / "doc.crmw";
    writeBytes(path, "content");
    return path.string();
}

}  // namespace

TEST_CASE("a second lock on the same file is refused while the first is held",
          "[exclusive_file_lock]") {
    const std::string path = lockedFile("lock-twice");
    auto first = ExclusiveFileLock::tryAcquire(path);
    REQUIRE(first);
    CHECK(first->held());

    // A second open of the file, as a second window would make: flock locks belong to the open
    // file description, so this is refused although it is the same process.
    CHECK_FALSE(ExclusiveFileLock::tryAcquire(path));

    first->release();
    CHECK_FALSE(first->held());
    const auto second = ExclusiveFileLock::tryAcquire(path);
    CHECK(second);
}

TEST_CASE("the lock goes with a move and is released when its holder is destroyed",
          "[exclusive_file_lock]") {
    const std::string path = lockedFile("lock-move");
    {
        ExclusiveFileLock holder;
        CHECK_FALSE(holder.held());
        holder = std::move(*ExclusiveFileLock::tryAcquire(path));
        CHECK(holder.held());
        CHECK_FALSE(ExclusiveFileLock::tryAcquire(path));
    }
    CHECK(ExclusiveFileLock::tryAcquire(path));
}

TEST_CASE("a lock held by a process that is killed is dropped by the system",
          "[exclusive_file_lock]") {
    const std::string path = lockedFile("lock-killed");
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {  // the holder: lock, say so, wait to be killed
        ::close(ready[0]);
        auto lock = ExclusiveFileLock::tryAcquire(path);
        const char answer = lock ? 'y' : 'n';
        (void)!::write(ready[1], &answer, 1);
        for (;;) ::pause();
    }
    ::close(ready[1]);
    char answer = 0;
    REQUIRE(::read(ready[0], &answer, 1) == 1);
    ::close(ready[0]);
    CHECK(answer == 'y');

    CHECK_FALSE(ExclusiveFileLock::tryAcquire(path));  // held by the other process

    REQUIRE(::kill(child, SIGKILL) == 0);  // a crash: no destructor runs in the holder
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(ExclusiveFileLock::tryAcquire(path));  // no stale lock left behind
}

TEST_CASE("locking a missing file is an error that names the file", "[exclusive_file_lock]") {
    const std::string path = (freshFolder("lock-missing") / "gone.crmw").string();
    try {
        (void)ExclusiveFileLock::tryAcquire(path);
        FAIL("a missing file was locked");
    } catch (const std::system_error& e) {
        CHECK(e.code() == std::errc::no_such_file_or_directory);
        CHECK_THAT(e.what(), Catch::Contains(path));
    }
}
