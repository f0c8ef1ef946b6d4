#pragma once
// The JSON assessment importer on arbitrary bytes. Promises: it either returns an assessment
// or throws StoreError(InvalidInput) -- never another exception, never a crash; and whatever it
// accepts, export writes and import reads back to byte-identical JSON.
#include <string>
#include <string_view>

#include "../fuzz_invariant.h"
#include "engine/model/validation.h"
#include "store/json_io.h"
#include "store/store_error.h"

namespace crm::fuzz {

inline void checkJsonImport(std::string_view text) {
    Assessment imported;
    try {
        imported = store::importAssessmentJson(text);
    } catch (const store::StoreError& e) {
        promise(e.kind() == store::StoreErrorKind::InvalidInput,
                std::string("unexpected error kind: ") + e.what());
        promise(std::string_view(e.what()).size() > 0, "an error without a message");
        return;
    }
    validateAssessment(imported);  // any content that imports can be checked
    const std::string once = store::exportAssessmentJson(imported);
    Assessment again;
    try {
        again = store::importAssessmentJson(once);
    } catch (const store::StoreError& e) {
        throw BrokenPromise(std::string("export wrote JSON that import refuses: ") + e.what());
    }
    promise(store::exportAssessmentJson(again) == once,
            "export -> import -> export is not byte-identical");
}

}  // namespace crm::fuzz
