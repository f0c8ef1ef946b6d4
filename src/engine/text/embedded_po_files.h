#pragma once
// The .po files compiled into the program. The source defining these is generated at build time
// from translations/*/*.po (cmake/EmbedPoFiles.cmake).
#include <cstddef>

namespace crm::text {

struct EmbeddedPoFile {
    const char* domain;    // the folder name under translations/
    const char* language;  // the file name without .po
    const char* content;
    std::size_t size;
};

extern const EmbeddedPoFile kEmbeddedPoFiles[];
extern const std::size_t kEmbeddedPoFileCount;

}  // namespace crm::text
