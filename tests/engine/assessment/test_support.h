#pragma once
// Helpers shared by the assessment tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/assessment/assessment_result.h"

namespace crm::assessment::test {

// Expected values are hand-computed; the tolerance only absorbs floating-point rounding.
inline Approx exactly(double value) { return Approx(value).epsilon(1e-9).margin(1e-9); }

template <class T, class Pred>
const T& only(const std::vector<T>& items, Pred pred) {
    auto it = std::find_if(items.begin(), items.end(), pred);
    REQUIRE(it != items.end());
    return *it;
}

inline const MetricAttainment& attainmentOf(const AssessmentResult& r, const std::string& id) {
    return only(r.attainment, [&](const MetricAttainment& a) { return a.itemId == id; });
}

inline bool hasFinding(const std::vector<Finding>& findings, const std::string& id) {
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.id == id; });
}

inline const Finding& findingOf(const std::vector<Finding>& findings, const std::string& id) {
    return only(findings, [&](const Finding& f) { return f.id == id; });
}

// Every Score in a result, for the checks that hold for all of them.
std::vector<const Score*> allScores(const AssessmentResult& r);

}  // namespace crm::assessment::test
