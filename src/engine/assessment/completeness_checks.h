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

    void require(bool passed, std::string missing, const EntityId& itemId = {},
                 std::string_view reportedBy = {}) {
        out_.push_back({std::move(missing), passed, itemId.empty() ? cycle_.id : itemId,
                        std::string(reportedBy)});
    }
    // One check for an item: passes when every field is present; otherwise says "<what> lacks a,
    // b".
    void requireFields(const EntityId& itemId, const std::string& what,
                       const std::vector<std::pair<bool, std::string_view>>& fields) {
        std::string lacking;
        for (const auto& [present, name] : fields)
            if (!present) lacking += (lacking.empty() ? "" : ", ") + std::string(name);
        require(lacking.empty(), what + " lacks " + lacking, itemId);
    }

  private:
    const Cycle& cycle_;
    std::vector<CompletenessCheck>& out_;
};

// "'name'" with the id when the name is empty.
std::string quoted(const std::string& name, const EntityId& id);

void checkSegmentsAndObjectives(const Cycle& cycle, const std::vector<SegmentCoverage>& coverage,
                                StepChecks& c);
void checkTreatments(const Cycle& cycle, StepChecks& c);
void checkKpis(const Cycle& cycle, StepChecks& c);
void checkAlignment(const Cycle& cycle, StepChecks& c);
void checkCapabilities(const Cycle& cycle, StepChecks& c);

}  // namespace crm::assessment::detail
