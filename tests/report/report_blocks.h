#pragma once
// Finding a section and its blocks in a built report, for the builder's tests.
#include <string>
#include <variant>
#include <vector>

#include "report/builder/report_builder.h"

namespace crm::report::testing {

inline const Section* findSection(const ReportData& r, const std::string& id) {
    for (const auto& s : r.sections)
        if (s.id == id) return &s;
    return nullptr;
}

template <class T>
std::vector<const T*> blocksOf(const Section& s) {
    std::vector<const T*> out;
    for (const auto& b : s.blocks)
        if (const T* t = std::get_if<T>(&b)) out.push_back(t);
    return out;
}

}  // namespace crm::report::testing
