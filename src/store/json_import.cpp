#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

#include "engine/customers/analysis_settings.h"
#include "engine/model/currency.h"
#include "engine/model/descriptor.h"
#include "store/json_io.h"
#include "store/store_error.h"

namespace crm::store {

namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::string& path, std::string_view message) {
    throw StoreError(StoreErrorKind::InvalidInput,
                     fmt::format("{}: {}", path.empty() ? "/" : path, message));
}

std::string child(const std::string& path, std::string_view key) {
    return fmt::format("{}/{}", path, key);
}
std::string child(const std::string& path, std::size_t index) {
    return fmt::format("{}/{}", path, index);
}

const Json& expectObject(const Json& j, const std::string& path) {
    if (!j.is_object()) fail(path, "expected an object");
    return j;
}

std::string expectString(const Json& j, const std::string& path) {
    if (!j.is_string()) fail(path, "expected a string");
    return j.get<std::string>();
}

FieldValue decodeValue(const FieldDescriptor& field, const Json& j, const std::string& path) {
    if (j.is_null()) {
        if (field.type == FieldType::Choice)
            fail(path, "expected one of the listed choices, not null");
        return coerceValue(field, FieldValue{}).value;
    }
    FieldValue raw;
    switch (field.type) {
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Reference:
        case FieldType::Choice:
        case FieldType::Money:
        case FieldType::Date:
            if (!j.is_string())
                fail(path, field.type == FieldType::Money
                               ? "expected an amount as a string, e.g. \"1250.50\""
                           : field.type == FieldType::Date ? "expected a date string YYYY-MM-DD"
                                                           : "expected a string");
            raw = j.get<std::string>();
            break;
        case FieldType::Integer:
            // An unsigned number above the int64 range would wrap around in get<int64_t>().
            if (!j.is_number_integer() ||
                (j.is_number_unsigned() &&
                 j.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max())))
                fail(path, "expected a whole number");
            raw = j.get<std::int64_t>();
            break;
        case FieldType::Real:
            if (!j.is_number()) fail(path, "expected a number");
            raw = j.get<double>();
            break;
        case FieldType::Bool:
            if (!j.is_boolean()) fail(path, "expected true or false");
            raw = j.get<bool>();
            break;
        case FieldType::ReferenceList: {
            if (!j.is_array()) fail(path, "expected an array of ids");
            std::vector<std::string> ids;
            for (std::size_t i = 0; i < j.size(); ++i)
                ids.push_back(expectString(j[i], child(path, i)));
            raw = std::move(ids);
            break;
        }
    }
    CoerceResult checked = coerceValue(field, raw);
    if (!checked.error.empty()) fail(path, checked.error);
    return checked.value;
}

void decodeItem(const EntityDescriptor& kind, const Json& j, const std::string& path,
                Entity& item) {
    expectObject(j, path);
    for (const auto& [key, value] : j.items()) {
        const std::string keyPath = child(path, key);
        if (!kind.singleton && key == "id")
            item.id = expectString(value, keyPath);
        else if (!kind.singleton && key == "origin_id")
            item.originId = expectString(value, keyPath);
        else if (const FieldDescriptor* f = kind.field(key))
            f->set(item, decodeValue(*f, value, keyPath));
        else
            fail(keyPath, "unknown field");
    }
    if (!kind.singleton && item.id.empty()) fail(child(path, "id"), "expected a non-empty id");
}

Cycle decodeCycle(const Json& j, const std::string& path) {
    expectObject(j, path);
    Cycle c;
    for (const auto& [key, value] : j.items()) {
        const std::string keyPath = child(path, key);
        if (key == "id")
            c.id = expectString(value, keyPath);
        else if (key == "name")
            c.name = expectString(value, keyPath);
        else if (key == "previous_cycle")
            c.previousCycleId = expectString(value, keyPath);
        else if (key == "assessment_date") {
            if (value.is_null()) continue;
            c.assessmentDate = parseIsoDate(expectString(value, keyPath));
            if (!c.assessmentDate) fail(keyPath, "expected a date as YYYY-MM-DD");
        } else {
            const EntityDescriptor* kind = nullptr;
            for (const auto* d : entityDescriptors())
                if (d->jsonKey == key) kind = d;
            if (!kind) fail(keyPath, "unknown field");
            if (kind->singleton) {
                decodeItem(*kind, value, keyPath, kind->atMutable(c, 0));
                continue;
            }
            if (!value.is_array()) fail(keyPath, "expected an array");
            for (std::size_t i = 0; i < value.size(); ++i)
                decodeItem(*kind, value[i], child(keyPath, i),
                           kind->insertBlank(c, kind->count(c)));
        }
    }
    if (c.id.empty()) fail(child(path, "id"), "expected a non-empty id");
    c.statement.id = c.id;
    c.relationship.id = c.id;
    c.cover.id = c.id;
    return c;
}

void decodeProfile(const Json& j, const std::string& path, MethodologyProfile& profile) {
    expectObject(j, path);
    for (const auto& [key, value] : j.items()) {
        if (key == "name") {
            profile.name = expectString(value, child(path, key));
        } else if (key == "parameters") {
            expectObject(value, child(path, key));
            for (const auto& [param, number] : value.items()) {
                const std::string paramPath = child(child(path, key), param);
                if (!number.is_number()) fail(paramPath, "expected a number");
                if (!profile.setValue(param, number.get<double>()))
                    fail(paramPath, "unknown profile parameter");
            }
        } else {
            fail(child(path, key), "unknown field");
        }
    }
}

CustomerAnalysisSettings decodeCustomerAnalysis(const Json& value, const std::string& path) {
    expectObject(value, path);
    CustomerAnalysisSettings settings;
    for (const auto& [field, v] : value.items()) {
        const std::string at = child(path, field);
        if (field == "calibration_end") {
            settings.calibrationEnd = parseIsoDate(expectString(v, at));
            if (!settings.calibrationEnd) fail(at, "expected a date written YYYY-MM-DD");
        } else if (field == "period") {
            const auto period = customers::periodFromKey(expectString(v, at));
            if (!period) fail(at, fmt::format("expected a period: {}", customers::periodKeyList()));
            settings.period = *period;
        } else if (field == "horizon_months") {
            if (!v.is_number_integer() || v.get<std::int64_t>() < kMinHorizonMonths ||
                v.get<std::int64_t>() > kMaxHorizonMonths)
                fail(at, fmt::format("expected a whole number of months from {} to {}",
                                     kMinHorizonMonths, kMaxHorizonMonths));
            settings.horizonMonths = v.get<int>();
        } else if (field == "monthly_discount_rate") {
            if (!v.is_number() || !(v.get<double>() >= 0.0) ||
                v.get<double>() > kMaxMonthlyDiscountRate)
                fail(at, fmt::format("expected a fraction from 0 to {} (0.01 is 1% a month)",
                                     kMaxMonthlyDiscountRate));
            settings.monthlyDiscountRate = v.get<double>();
        } else {
            fail(at, "unknown field");
        }
    }
    return settings;
}

}  // namespace

Assessment importAssessmentJson(std::string_view text) {
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::exception& e) {
        // e.what() names the line and column of the first syntax error. Not only parse_error:
        // a number too large for a double (1e400) is an out_of_range error of the parser.
        throw StoreError(StoreErrorKind::InvalidInput, fmt::format("not valid JSON: {}", e.what()));
    }
    expectObject(root, "");
    if (!root.contains("format") || root["format"] != kJsonFormatName)
        fail("/format", fmt::format("expected \"{}\" (this is not a CRM Workbench assessment)",
                                    kJsonFormatName));
    if (!root.contains("version") || !root["version"].is_number_integer())
        fail("/version", "expected a whole number");
    const Json& version = root["version"];
    const bool newer = version.is_number_unsigned()
                           ? version.get<std::uint64_t>() > std::uint64_t{kJsonFormatVersion}
                           : version.get<std::int64_t>() > kJsonFormatVersion;
    if (newer)
        fail("/version",
             fmt::format("written by a newer version (format {}, this program reads up to {})",
                         version.dump(), kJsonFormatVersion));
    Assessment a;
    for (const auto& [key, value] : root.items()) {
        const std::string path = "/" + key;
        if (key == "format" || key == "version") continue;
        if (key == "current_cycle")
            a.currentCycleId = expectString(value, path);
        else if (key == "profile")
            decodeProfile(value, path, a.profile);
        else if (key == "company") {
            expectObject(value, path);
            for (const auto& [field, v] : value.items()) {
                if (field == "name")
                    a.companyName = expectString(v, child(path, field));
                else if (field == "facilitator")
                    a.facilitator = expectString(v, child(path, field));
                else if (field == "industry")
                    a.industry = expectString(v, child(path, field));
                else if (field == "currency") {
                    a.currency = expectString(v, child(path, field));
                    if (!a.currency.empty() && !isCurrencyCode(a.currency))
                        fail(child(path, field),
                             "expected a currency code of three capital letters, such as EUR");
                } else if (field == "language") {
                    a.language = expectString(v, child(path, field));
                    if (!isDocumentLanguage(a.language))
                        fail(child(path, field),
                             fmt::format("expected a language code: {}", languageList()));
                } else
                    fail(child(path, field), "unknown field");
            }
        } else if (key == "report") {
            expectObject(value, path);
            for (const auto& [field, v] : value.items()) {
                if (field != "sections_left_out") fail(child(path, field), "unknown field");
                if (!v.is_array()) fail(child(path, field), "expected an array");
                for (std::size_t i = 0; i < v.size(); ++i)
                    a.reportSectionsLeftOut.push_back(
                        expectString(v[i], child(child(path, field), i)));
            }
            std::sort(a.reportSectionsLeftOut.begin(), a.reportSectionsLeftOut.end());
            a.reportSectionsLeftOut.erase(
                std::unique(a.reportSectionsLeftOut.begin(), a.reportSectionsLeftOut.end()),
                a.reportSectionsLeftOut.end());
        } else if (key == "customer_analysis") {
            expectObject(value, path);
            a.customerAnalysis = decodeCustomerAnalysis(value, path);
        } else if (key == "cycles") {
            if (!value.is_array()) fail(path, "expected an array");
            for (std::size_t i = 0; i < value.size(); ++i)
                a.cycles.push_back(decodeCycle(value[i], child(path, i)));
        } else {
            fail(path, "unknown field");
        }
    }
    if (a.cycles.empty()) fail("/cycles", "expected at least one cycle");
    if (a.currentCycleId.empty()) a.currentCycleId = a.cycles.back().id;
    return a;
}

}  // namespace crm::store
