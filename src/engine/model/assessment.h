#pragma once
// A whole assessment document: the company, the methodology profile and its cycles.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/customers/customer_summary.h"
#include "engine/model/cycle.h"
#include "engine/profile/methodology_profile.h"

namespace crm {

// What the document says about itself, apart from its content: set together (one transaction in
// the store, one undo step in the window).
struct DocumentProperties {
    std::string companyName;
    std::string facilitator;
    std::string industry;
    std::string currency;         // ISO 4217 code (currency.h); empty when not set
    std::string language = "en";  // the report's language by default (text/translations.h)

    bool operator==(const DocumentProperties&) const = default;
};

// How the document's imported transactions are analysed (the customer-data page, the report).
struct CustomerAnalysisSettings {
    // The last day of the calibration period: the models are also fitted on the lines up to
    // it and checked against what happened after it. Not set: no holdout check.
    std::optional<Date> calibrationEnd;
    // The model's time unit, the lifetime-value horizon and the discount per month.
    customers::PeriodConvention period = customers::PeriodConvention::Days;
    int horizonMonths = 12;
    double monthlyDiscountRate = 0.01;

    // Period, horizon and discount rate as a new document has them (the calibration end aside).
    bool modelSettingsAreDefault() const;
    bool operator==(const CustomerAnalysisSettings&) const = default;
};

// The bounds a stored or typed setting must keep (the command line's checks are the same).
inline constexpr int kMinHorizonMonths = 1;
inline constexpr int kMaxHorizonMonths = 1200;
inline constexpr double kMaxMonthlyDiscountRate = 1.0;  // 100 % a month; 0 is allowed

struct Assessment {
    std::string companyName;
    std::string facilitator;
    std::string industry;
    std::string currency;         // ISO 4217 code (currency.h); empty when not set
    std::string language = "en";  // the report's language by default (text/translations.h)
    EntityId currentCycleId;
    MethodologyProfile profile;
    std::vector<Cycle> cycles;
    // The report sections the facilitator left out (their keys, report/report_sections.h),
    // sorted; kept with the document so next year's report has the same shape. Empty: all.
    std::vector<std::string> reportSectionsLeftOut;
    CustomerAnalysisSettings customerAnalysis;

    const Cycle* findCycle(const EntityId& id) const;
    Cycle* findCycle(const EntityId& id);
    const Cycle* currentCycle() const;
    DocumentProperties properties() const;
    void setProperties(const DocumentProperties& properties);
};

// Empty when `properties` can be stored; otherwise what is wrong, in words ("currency: ...").
// The currency must be empty (not set) or three letters A-Z; the language one of
// text::availableLanguages(); the texts are free.
std::string documentPropertiesProblem(const DocumentProperties& properties);
// Empty when the horizon and discount rate are within the bounds above; otherwise what is
// wrong, in words ("the horizon must be 1 to 1200 months, not 0").
std::string customerAnalysisSettingsProblem(const CustomerAnalysisSettings& settings);
// A code of text::availableLanguages(): "en", "de".
bool isDocumentLanguage(std::string_view code);
std::string languageList();  // "en, de"

}  // namespace crm
