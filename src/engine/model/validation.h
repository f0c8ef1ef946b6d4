#pragma once
// Schema and referential checks over a whole assessment (what `crmw validate` reports).
#include <string>
#include <vector>

#include "engine/model/assessment.h"
#include "engine/model/descriptor.h"

namespace crm {

struct ValidationProblem {
    std::string where;    // "cycle 2026 / KPI k-12 (Repeat rate) / target_date"
    std::string message;  // "milestone due after the objective's target date"
};

std::vector<ValidationProblem> validateAssessment(const Assessment& assessment);

// A short name of an item for messages: its name/description field or its id.
std::string itemCaption(const EntityDescriptor& d, const Entity& entity);
// The same name never shortened, for reports that print it whole.
std::string itemFullCaption(const EntityDescriptor& d, const Entity& entity);

}  // namespace crm
