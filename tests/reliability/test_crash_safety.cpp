// Crash safety: a child process makes 1,000 scripted edits through the real edit path and is
// killed with SIGKILL at random points (fixed seed). After every kill the document must open,
// pass PRAGMA integrity_check, and hold exactly the state after the last acknowledged edit or
// the one after it (the edit in flight may or may not have landed; nothing else may be lost).
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "edit_script.h"
#include "store/document.h"
#include "store/json_io.h"
#include "test_support.h"

extern char** environ;

using namespace crm;
using namespace crm::store;

namespace {

constexpr std::uint32_t kSeed = 20260311;

struct ChildRun {
    pid_t pid = -1;
    int output = -1;  // read end of the child's stdout
};

ChildRun startChild(const std::string& path, int from, int to) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    const std::string seed = std::to_string(kSeed), first = std::to_string(from),
                      last = std::to_string(to);
    std::vector<char*> argv = {const_cast<char*>(CRASH_CHILD),  const_cast<char*>(path.c_str()),
                               const_cast<char*>(seed.c_str()), const_cast<char*>(first.c_str()),
                               const_cast<char*>(last.c_str()), nullptr};
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, CRASH_CHILD, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    REQUIRE(rc == 0);
    return {pid, fds[0]};
}

// Reads "done N" lines; returns false at end of file. Fails the test if the child stalls.
class AckReader {
  public:
    explicit AckReader(int fd) : fd_(fd) {}
    bool readMore(int& lastAck) {
        pollfd p{fd_, POLLIN, 0};
        const int ready = ::poll(&p, 1, 60000);
        REQUIRE(ready == 1);  // 60 s without a word: the child hangs
        char chunk[4096];
        const ssize_t got = ::read(fd_, chunk, sizeof chunk);
        if (got <= 0) return false;
        buffer_.append(chunk, static_cast<std::size_t>(got));
        for (std::size_t eol; (eol = buffer_.find('\n')) != std::string::npos;
             buffer_.erase(0, eol + 1)) {
            const std::string line = buffer_.substr(0, eol);
            REQUIRE(line.rfind("done ", 0) == 0);
            const int n = std::stoi(line.substr(5));
            REQUIRE(n == lastAck + 1);  // acknowledged in order, none skipped
            lastAck = n;
        }
        return true;
    }

  private:
    int fd_;
    std::string buffer_;
};

std::string integrityCheck(Document& doc) {
    Statement st = doc.database().prepare("PRAGMA integrity_check");
    return st.step() ? st.text(0) : std::string("no answer");
}

}  // namespace

TEST_CASE("a document killed mid-edit keeps every acknowledged edit", "[reliability][slow]") {
    const auto started = std::chrono::steady_clock::now();
    const int total = reliability::kScriptEdits;
    auto dir = crm::testing::freshDir("crash-safety");

    // The expected content after each edit: the same script, run here on a file of its own.
    std::vector<std::string> expected(static_cast<std::size_t>(total) + 1);
    {
        Document reference =
            Document::create((dir / "reference.crmw").string(), reliability::scriptStart());
        reference.database().execute(
            "PRAGMA synchronous = OFF");  // only an oracle: no fsync needed
        expected[0] = exportAssessmentJson(reference.assessment());
        for (int n = 1; n <= total; ++n) {
            reliability::applyScriptedEdit(reference, kSeed, n);
            expected[static_cast<std::size_t>(n)] = exportAssessmentJson(reference.assessment());
        }
    }

    const std::string path = (dir / "killed.crmw").string();
    { Document::create(path, reliability::scriptStart()); }
    std::mt19937 random(kSeed);
    int verified = 0;  // the edit the file is known to hold
    int kills = 0, hotJournals = 0, inFlightLanded = 0, runs = 0, editsAcknowledged = 0;
    // How long one edit takes here (fsync included), measured between acknowledgements.
    double pacedSeconds = 0;
    int pacedEdits = 0;
    while (verified < total) {
        // Let the child commit 1..50 edits past the last verified one, then kill it after a
        // random pause of up to two edits' time, which lands anywhere: inside a transaction, in
        // the commit, or between two edits -- on a slow disk as on a fast one.
        const int killAfter = verified + 1 + static_cast<int>(random() % 50);
        const double editSeconds = pacedEdits > 0 ? pacedSeconds / pacedEdits : 0.005;
        const auto pauseLimit =
            std::max<std::uint32_t>(1, static_cast<std::uint32_t>(2e6 * editSeconds));
        const auto pause = std::chrono::microseconds(random() % pauseLimit);
        ChildRun child = startChild(path, verified, total);
        ++runs;
        AckReader reader(child.output);
        int lastAck = verified;
        bool open = true;
        open = reader.readMore(lastAck);  // the first acknowledgement: the child is editing
        const auto firstAckAt = std::chrono::steady_clock::now();
        const int firstAck = lastAck;
        while (open && lastAck < killAfter) open = reader.readMore(lastAck);
        if (lastAck > firstAck) {
            pacedSeconds +=
                std::chrono::duration<double>(std::chrono::steady_clock::now() - firstAckAt)
                    .count();
            pacedEdits += lastAck - firstAck;
        }
        bool killSent = false;
        if (open && lastAck < total) {
            std::this_thread::sleep_for(pause);
            REQUIRE(::kill(child.pid, SIGKILL) == 0);
            killSent = true;
        }
        while (open) open = reader.readMore(lastAck);  // what was acknowledged before it died
        ::close(child.output);
        int status = 0;
        REQUIRE(::waitpid(child.pid, &status, 0) == child.pid);
        const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
        if (!killed) {
            INFO("the child ended by itself (kill sent: " << killSent << ")");
            REQUIRE(WIFEXITED(status));
            REQUIRE(WEXITSTATUS(status) == 0);
            REQUIRE(lastAck == total);
        }
        kills += killed ? 1 : 0;
        // A rollback journal left behind: the kill hit a write transaction half-way.
        hotJournals += killed && std::filesystem::exists(path + "-journal") ? 1 : 0;
        editsAcknowledged += lastAck - verified;

        Document doc = Document::open(path);
        INFO("run " << runs << ": last acknowledged edit " << lastAck);
        REQUIRE(integrityCheck(doc) == "ok");
        const std::string content = exportAssessmentJson(doc.assessment());
        const auto at = static_cast<std::size_t>(lastAck);
        if (content == expected[at]) {
            verified = lastAck;
        } else if (lastAck < total && content == expected[at + 1]) {
            verified = lastAck + 1;  // the edit in flight was committed just before the kill
            ++inFlightLanded;
        } else {
            int matches = -1;
            for (std::size_t k = 0; k < expected.size(); ++k)
                if (expected[k] == content) matches = static_cast<int>(k);
            FAIL("the file holds neither edit " << lastAck << " nor " << lastAck + 1
                                                << " (it matches edit " << matches << ")");
        }
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "crash safety: " << total << " scripted edits ("
              << 1000 * pacedSeconds / std::max(1, pacedEdits) << " ms each), " << kills
              << " SIGKILLs survived in " << runs << " child runs (" << hotJournals
              << " mid-transaction, leaving a journal to roll back), " << runs
              << " reopened states verified (integrity_check ok, "
              << "content = last acknowledged edit), " << inFlightLanded
              << " times the edit in flight had landed, " << editsAcknowledged
              << " edits acknowledged; " << seconds << " s" << std::endl;
    CHECK(kills >= 20);
    CHECK(verified == total);
}
