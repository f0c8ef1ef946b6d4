#pragma once
// The .crmw opener and recoverCopy on arbitrary bytes written to a file. Promises:
// Document::open either opens it or throws StoreError -- never another exception, never a
// crash -- and an opened document can be exported and validated; recoverCopy either throws
// StoreError or makes a copy that opens and passes PRAGMA integrity_check.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "../fuzz_invariant.h"
#include "engine/model/validation.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/recovery.h"
#include "store/store_error.h"

namespace crm::fuzz {

inline void checkRecoveredCopy(const std::string& path) {
    std::string recovered;
    try {
        recovered = store::recoverCopy(path);
    } catch (const store::StoreError&) {
        return;  // nothing to salvage: said with a message
    }
    try {
        store::Document doc = store::Document::open(recovered);
        store::Statement check = doc.database().prepare("PRAGMA integrity_check");
        promise(check.step() && check.text(0) == "ok", "the recovered copy fails integrity_check");
        store::exportAssessmentJson(doc.assessment());
    } catch (const store::StoreError& e) {
        throw BrokenPromise(std::string("the recovered copy does not open: ") + e.what());
    }
}

enum class CrmwCheck { Open, Recover };

// `folder` must exist and belong to the caller; it is emptied afterwards.
inline void checkCrmwFile(std::string_view bytes, const std::filesystem::path& folder,
                          CrmwCheck what) {
    const std::string path = (folder / "input.crmw").string();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    if (what == CrmwCheck::Recover) {
        checkRecoveredCopy(path);
    } else {
        try {
            store::Document doc = store::Document::open(path);
            validateAssessment(doc.assessment());
            store::exportAssessmentJson(doc.assessment());
        } catch (const store::StoreError& e) {
            promise(std::string_view(e.what()).size() > 0, "an error without a message");
        }
    }
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        std::filesystem::remove_all(entry.path());
}

// A folder of this process's own under TMPDIR, made once.
inline const std::filesystem::path& fuzzFolder(const char* name) {
    static const std::filesystem::path folder = [name] {
        auto dir = std::filesystem::temp_directory_path() /
                   (std::string(name) + "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        return dir;
    }();
    return folder;
}

}  // namespace crm::fuzz
