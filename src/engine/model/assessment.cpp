#include "engine/model/assessment.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/model/currency.h"
#include "engine/text/translations.h"

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
    return {companyName, facilitator, industry, currency, language};
}

void Assessment::setProperties(const DocumentProperties& p) {
    companyName = p.companyName;
    facilitator = p.facilitator;
    industry = p.industry;
    currency = p.currency;
    language = p.language;
}

bool isDocumentLanguage(std::string_view code) {
    const auto languages = text::availableLanguages();
    return std::find(languages.begin(), languages.end(), code) != languages.end();
}

std::string languageList() {
    std::string list;
    for (const auto& code : text::availableLanguages()) list += (list.empty() ? "" : ", ") + code;
    return list;
}

bool CustomerAnalysisSettings::modelSettingsAreDefault() const {
    const CustomerAnalysisSettings defaults;
    return period == defaults.period && horizonMonths == defaults.horizonMonths &&
           monthlyDiscountRate == defaults.monthlyDiscountRate;
}

std::string customerAnalysisSettingsProblem(const CustomerAnalysisSettings& settings) {
    if (settings.horizonMonths < kMinHorizonMonths || settings.horizonMonths > kMaxHorizonMonths)
        return fmt::format("the horizon must be {} to {} months, not {}", kMinHorizonMonths,
                           kMaxHorizonMonths, settings.horizonMonths);
    // Written so that NaN fails too.
    if (!(settings.monthlyDiscountRate >= 0.0 &&
          settings.monthlyDiscountRate <= kMaxMonthlyDiscountRate))
        return fmt::format(
            "the monthly discount rate must be 0 to {} (a fraction: 0.01 is 1%), "
            "not {}",
            kMaxMonthlyDiscountRate, settings.monthlyDiscountRate);
    return {};
}

std::string documentPropertiesProblem(const DocumentProperties& p) {
    if (!p.currency.empty() && !isCurrencyCode(p.currency))
        return "currency: '" + p.currency +
               "' is not a currency code (three capital letters, such as EUR or USD)";
    if (!isDocumentLanguage(p.language))
        return "language: '" + p.language + "' is not a language the report is written in (" +
               languageList() + ")";
    return {};
}

}  // namespace crm
