#pragma once
// The sample workshop of resources/samples (Quillmere Office Supply), read with the store's
// JSON importer, and the pinned report date its goldens were made with.
#include <fstream>
#include <sstream>
#include <string>

#include "engine/model/assessment.h"
#include "store/json_io.h"

namespace crm::report::testing {

inline const char* kSampleJson = SAMPLES_DIR "/quillmere.json";
inline const Date kSampleReportDate = Date{date::year{2026} / 12 / 1};

inline Assessment loadSampleWorkshop() {
    std::ifstream in(kSampleJson, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return store::importAssessmentJson(text.str());
}

}  // namespace crm::report::testing
