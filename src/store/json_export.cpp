#include <nlohmann/json.hpp>

#include "engine/customers/analysis_settings.h"
#include "engine/model/descriptor.h"
#include "store/json_io.h"

namespace crm::store {

namespace {

using Json = nlohmann::ordered_json;

Json encodeValue(const FieldDescriptor& field, const FieldValue& value) {
    struct Encoder {
        const FieldDescriptor& field;
        Json operator()(std::monostate) const {
            if (field.type == FieldType::ReferenceList) return Json::array();
            return nullptr;
        }
        Json operator()(const std::string& s) const { return s; }
        Json operator()(std::int64_t v) const { return v; }
        Json operator()(double v) const { return v; }
        Json operator()(Money m) const { return formatMoney(m); }
        Json operator()(Date d) const { return formatDate(d); }
        Json operator()(bool b) const { return b; }
        Json operator()(const std::vector<std::string>& ids) const { return ids; }
    };
    return std::visit(Encoder{field}, value);
}

Json encodeItem(const EntityDescriptor& kind, const Entity& item) {
    Json out = Json::object();
    if (!kind.singleton) {
        out["id"] = item.id;
        out["origin_id"] = item.originId;
    }
    for (const auto& f : kind.fields) out[std::string(f.key)] = encodeValue(f, f.get(item));
    return out;
}

Json encodeCycle(const Cycle& cycle) {
    Json out = Json::object();
    out["id"] = cycle.id;
    out["name"] = cycle.name;
    out["assessment_date"] =
        cycle.assessmentDate ? Json(formatDate(*cycle.assessmentDate)) : Json(nullptr);
    out["previous_cycle"] = cycle.previousCycleId;
    for (const auto* kind : entityDescriptors()) {
        if (kind->singleton) {
            out[std::string(kind->jsonKey)] = encodeItem(*kind, kind->at(cycle, 0));
            continue;
        }
        Json items = Json::array();
        for (std::size_t i = 0; i < kind->count(cycle); ++i)
            items.push_back(encodeItem(*kind, kind->at(cycle, i)));
        out[std::string(kind->jsonKey)] = std::move(items);
    }
    return out;
}

}  // namespace

std::string exportAssessmentJson(const Assessment& a) {
    Json root = Json::object();
    root["format"] = kJsonFormatName;
    // The oldest format that holds everything, so older programs still read English documents.
    const bool english = a.language == "en";
    const CustomerAnalysisSettings& analysis = a.customerAnalysis;
    root["version"] = !analysis.modelSettingsAreDefault() ? kJsonFormatVersion
                      : !english                          ? 7
                      : analysis.calibrationEnd           ? 6
                      : a.reportSectionsLeftOut.empty()   ? 4
                                                          : 5;
    root["company"] = {{"name", a.companyName},
                       {"facilitator", a.facilitator},
                       {"industry", a.industry},
                       {"currency", a.currency}};
    if (!english) root["company"]["language"] = a.language;
    root["current_cycle"] = a.currentCycleId;
    Json parameters = Json::object();
    const auto& params = profileParameters();
    for (std::size_t i = 0; i < params.size(); ++i)
        parameters[std::string(params[i].key)] = a.profile.values()[i];
    root["profile"] = {{"name", a.profile.name}, {"parameters", std::move(parameters)}};
    if (!a.reportSectionsLeftOut.empty())
        root["report"] = {{"sections_left_out", a.reportSectionsLeftOut}};
    Json settings = Json::object();  // only what differs from a new document's settings
    const CustomerAnalysisSettings defaults;
    if (analysis.calibrationEnd) settings["calibration_end"] = formatDate(*analysis.calibrationEnd);
    if (analysis.period != defaults.period)
        settings["period"] = std::string(customers::periodKey(analysis.period));
    if (analysis.horizonMonths != defaults.horizonMonths)
        settings["horizon_months"] = analysis.horizonMonths;
    if (analysis.monthlyDiscountRate != defaults.monthlyDiscountRate)
        settings["monthly_discount_rate"] = analysis.monthlyDiscountRate;
    if (!settings.empty()) root["customer_analysis"] = std::move(settings);
    Json cycles = Json::array();
    for (const auto& c : a.cycles) cycles.push_back(encodeCycle(c));
    root["cycles"] = std::move(cycles);
    // Invalid UTF-8 in a text is replaced rather than aborting the whole export.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace crm::store
