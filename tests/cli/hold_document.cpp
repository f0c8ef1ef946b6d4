// Stands in for the window in the command-line tests: opens a document for writing with
// store::Document::open, which takes the file's lock exactly as the window does, and keeps it
// open until its standard input closes.
//
//   hold_document FILE                     prints "open" once it holds the file, then waits
//   hold_document FILE --edit-continuously also changes the facilitator again and again, each
//                                          change one committed transaction as a window edit
//                                          is, until standard input closes; then prints
//                                          "N edits, M failed" (and each failure) and exits 1
//                                          if any edit failed
//
// Exit 2 on wrong arguments, 3 when the file cannot be opened.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <thread>

#include "store/document.h"
#include "store/store_error.h"

int main(int argc, char** argv) {
    const bool edit = argc == 3 && std::string(argv[2]) == "--edit-continuously";
    if (argc < 2 || argc > 3 || (argc == 3 && !edit)) {
        std::fprintf(stderr, "usage: hold_document FILE [--edit-continuously]\n");
        return 2;
    }
    crm::store::Document doc = [&] {
        try {
            return crm::store::Document::open(argv[1]);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "hold_document: %s\n", e.what());
            std::exit(3);
        }
    }();
    std::printf("open\n");
    std::fflush(stdout);

    std::atomic<bool> closed{false};
    std::thread waiter([&closed] {
        std::string line;
        while (std::getline(std::cin, line)) {
        }
        closed = true;
    });
    int edits = 0, failed = 0;
    while (!closed) {
        if (!edit) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        crm::DocumentProperties properties = doc.assessment().properties();
        properties.facilitator = "edit " + std::to_string(edits + 1);
        try {
            doc.setDocumentProperties(properties);
        } catch (const crm::store::StoreError& e) {
            ++failed;
            std::printf("failed: %s\n", e.what());
        }
        ++edits;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    waiter.join();
    if (edit) std::printf("%d edits, %d failed\n", edits, failed);
    return failed > 0 ? 1 : 0;
}
