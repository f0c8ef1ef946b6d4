// The child of the crash-safety test: opens a document and makes the scripted edits FROM+1..TO,
// writing "done N" to stdout (a pipe) after each edit has been committed. The parent kills it
// with SIGKILL at random points; nothing here tries to be killed gracefully.
//
//   crash_child FILE SEED FROM TO
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "edit_script.h"
#include "store/document.h"

namespace {

void acknowledge(int n) {
    char line[32];
    const int length = std::snprintf(line, sizeof line, "done %d\n", n);
    for (int written = 0; written < length;) {
        const ssize_t w =
            ::write(STDOUT_FILENO, line + written, static_cast<std::size_t>(length - written));
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) std::exit(3);  // the parent is gone
        written += static_cast<int>(w);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: crash_child FILE SEED FROM TO\n");
        return 2;
    }
    try {
        const auto seed = static_cast<std::uint32_t>(std::stoul(argv[2]));
        const int from = std::stoi(argv[3]);
        const int to = std::stoi(argv[4]);
        crm::store::Document doc = crm::store::Document::open(argv[1]);
        for (int n = from + 1; n <= to; ++n) {
            crm::reliability::applyScriptedEdit(doc, seed, n);
            acknowledge(n);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_child: %s\n", e.what());
        return 1;
    }
    return 0;
}
