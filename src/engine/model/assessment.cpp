#include "engine/model/assessment.h"

#include <algorithm>

#include "engine/model/currency.h"

namespace crm {

const Cycle* Assessment::findCycle(const EntityId& id) const {
    auto it =
        std::find_if(cycles.begin(), cycles.end(), [&](const Cycle& c) { return c.id == id; });
    return it == cycles.end() ? nullptr : &*it;
}

Cycle* Assessment::findCycle(const EntityId& id) {
    return const_cast<Cycle*>(std::as_const(*this).findCycle(id));
}

const Cycle* Assessment::currentCycle() const {
    if (const Cycle* c = findCycle(currentCycleId)) return c;
    return cycles.empty() ? nullptr : &cycles.back();
}

DocumentProperties Assessment::properties() const {
    return {companyName, facilitator, industry, currency};
}

void Assessment::setProperties(const DocumentProperties& p) {
    companyName = p.companyName;
    facilitator = p.facilitator;
    industry = p.industry;
    currency = p.currency;
}

std::string documentPropertiesProblem(const DocumentProperties& p) {
    if (!p.currency.empty() && !isCurrencyCode(p.currency))
        return "currency: '" + p.currency +
               "' is not a currency code (three capital letters, such as EUR or USD)";
    return {};
}

}  // namespace crm
