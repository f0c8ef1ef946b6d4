// Writes a .crmw for scripts/screenshots.sh: from an assessment JSON file when given
// (resources/samples/*.json), else the GUI tests' sample workshop.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "sample_workshop.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/store_error.h"

int main(int argc, char* argv[]) {
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: %s OUT.crmw [IN.json]\n", argv[0]);
        return 2;
    }
    try {
        crm::Assessment content = crm::testing::sampleWorkshop();
        if (argc == 3) {
            std::ifstream in(argv[2], std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            if (!in)
                throw crm::store::StoreError(crm::store::StoreErrorKind::NotFound,
                                             std::string(argv[2]) + ": cannot be read");
            content = crm::store::importAssessmentJson(text.str());
        }
        crm::store::Document::create(argv[1], content, true);
    } catch (const crm::store::StoreError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
