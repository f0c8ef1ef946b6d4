#pragma once
// Completeness: per step of the wizard, which of its checks pass, and in words what is missing
// ("Step 6: segment 'Schools' has no retention objective"). Overall = mean of the ten steps.
#include <string>
#include <string_view>
#include <vector>

#include "engine/assessment/finding.h"
#include "engine/assessment/objective_coverage.h"
#include "engine/assessment/score.h"
#include "engine/model/cycle.h"

namespace crm::assessment {

struct CompletenessCheck {
    std::string
        missing;  // what is missing when it fails: "segment 'Schools' has no retention objective"
    text::Phrase missingPhrase;  // the same as a phrase, for other languages
    bool passed = false;
    EntityId itemId;  // the item concerned; the cycle id for cycle-wide checks
    std::string
        reportedBy;  // code of a more specific finding reporting the same gap; empty if none

    bool operator==(const CompletenessCheck&) const = default;
};

struct StepCompleteness {
    int step = 0;
    std::string title;
    std::vector<CompletenessCheck> checks;
    std::vector<std::string> missing;  // "Step 6: ..." for each failed check, in check order
    std::vector<text::Phrase> missingPhrases;  // the same as phrases
    Score score;                               // % of the checks that pass

    bool operator==(const StepCompleteness&) const = default;
};

struct CompletenessResult {
    std::vector<StepCompleteness> steps;       // steps 1..10
    std::vector<std::string> missing;          // every step's missing list, in step order
    std::vector<text::Phrase> missingPhrases;  // the same as phrases
    Score overall;                             // mean of the ten step percentages

    bool operator==(const CompletenessResult&) const = default;
};

std::string_view stepTitle(int step);  // "Business strategy", ..., "Capabilities"

// Uses the objective coverage to know which objective gaps step 6's coverage findings report.
CompletenessResult scoreCompleteness(const Cycle& cycle,
                                     const std::vector<SegmentCoverage>& coverage);

// step_incomplete per step with failed checks that no more specific finding reports.
std::vector<Finding> completenessFindings(const CompletenessResult& completeness,
                                          const Cycle& cycle);

}  // namespace crm::assessment
