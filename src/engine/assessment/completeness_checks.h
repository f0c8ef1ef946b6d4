#pragma once
// Internal to completeness: the checks of each step (steps 1-5 in completeness.cpp, 6-10 in
// completeness_later_steps.cpp).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/assessment/completeness.h"

namespace crm::assessment::detail {

// Collects the checks of one step.
class StepChecks {
  public:
    StepChecks(const Cycle& cycle, std::vector<CompletenessCheck>& out)
        : cycle_(cycle), out_(out) {}

    void require(bool passed, text::Phrase missing, const EntityId& itemId = {},
                 std::string_view reportedBy = {}) {
        CompletenessCheck check;
        check.missing = text::english(missing);
        check.missingPhrase = std::move(missing);
        check.passed = passed;
        check.itemId = itemId.empty() ? cycle_.id : itemId;
        check.reportedBy = std::string(reportedBy);
        out_.push_back(std::move(check));
    }
    // One check for an item: passes when every field is present; otherwise says "<what> lacks a,
    // b".
    struct Field {
        bool present = false;
        text::Phrase name;  // "a baseline"
    };
    void requireFields(const EntityId& itemId, text::Phrase what,
                       const std::vector<Field>& fields) {
        std::vector<text::Phrase> lacking;
        for (const auto& field : fields)
            if (!field.present) lacking.push_back(field.name);
        const bool complete = lacking.empty();  // before lacking is moved into the phrase
        require(complete,
                text::phrase("{0} lacks {1}", std::move(what),
                             text::list(std::move(lacking), text::PhraseArg::Joiner::Comma)),
                itemId);
    }

  private:
    const Cycle& cycle_;
    std::vector<CompletenessCheck>& out_;
};

// The name, or the id when the name is empty, as user text (the quotes are in the sentences).
text::PhraseArg quoted(const std::string& name, const EntityId& id);

void checkSegmentsAndObjectives(const Cycle& cycle, const std::vector<SegmentCoverage>& coverage,
                                StepChecks& c);
void checkTreatments(const Cycle& cycle, StepChecks& c);
void checkKpis(const Cycle& cycle, StepChecks& c);
void checkAlignment(const Cycle& cycle, StepChecks& c);
void checkCapabilities(const Cycle& cycle, StepChecks& c);

}  // namespace crm::assessment::detail
