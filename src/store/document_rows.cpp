#include "store/document_rows.h"

#include <fmt/format.h>

#include <charconv>
#include <map>
#include <optional>

#include "engine/customers/analysis_settings.h"
#include "store/field_columns.h"
#include "store/store_error.h"

namespace crm::store {

namespace {

std::string columnList(const EntityDescriptor& kind) {
    std::string out;
    for (const auto& f : kind.fields)
        out += fmt::format(", \"{}\"", f.key);  // quoted: a key may be an SQL keyword
    return out;
}

std::string placeholders(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
    return out;
}

std::string insertSql(const EntityDescriptor& kind) {
    if (kind.singleton)
        return fmt::format("INSERT INTO {} (cycle_id{}) VALUES ({})", kind.table, columnList(kind),
                           placeholders(kind.fields.size() + 1));
    return fmt::format("INSERT INTO {} (id, cycle_id, origin_id, position{}) VALUES ({})",
                       kind.table, columnList(kind), placeholders(kind.fields.size() + 4));
}

void bindRow(Statement& st, const EntityDescriptor& kind, const EntityId& cycleId,
             std::size_t position, const Entity& item) {
    int index = 1;
    if (!kind.singleton) st.bind(index++, item.id);
    st.bind(index++, cycleId);
    if (!kind.singleton) {
        st.bind(index++, item.originId);
        st.bind(index++, static_cast<std::int64_t>(position));
    }
    for (const auto& f : kind.fields) bindFieldValue(st, index++, f, f.get(item));
}

void loadKind(Database& db, const EntityDescriptor& kind, std::map<std::string, Cycle*>& cycles) {
    const std::string sql =
        kind.singleton
            ? fmt::format("SELECT cycle_id{} FROM {}", columnList(kind), kind.table)
            : fmt::format("SELECT cycle_id, id, origin_id{} FROM {} ORDER BY cycle_id, position",
                          columnList(kind), kind.table);
    Statement st = db.prepare(sql);
    while (st.step()) {
        auto it = cycles.find(st.text(0));
        if (it == cycles.end()) continue;  // foreign keys make this impossible in a sound file
        Cycle& cycle = *it->second;
        Entity& item =
            kind.singleton ? kind.atMutable(cycle, 0) : kind.insertBlank(cycle, kind.count(cycle));
        int column = 1;
        if (kind.singleton) {
            item.id = cycle.id;
        } else {
            item.id = st.text(column++);
            item.originId = st.text(column++);
        }
        for (const auto& f : kind.fields) f.set(item, readFieldValue(st, column++, f));
    }
}

}  // namespace

void writeMeta(Database& db, std::string_view key, const std::string& value) {
    Statement st = db.prepare("INSERT OR REPLACE INTO document_meta (key, value) VALUES (?, ?)");
    st.bind(1, key);
    st.bind(2, value);
    st.run();
}

void insertCycleRow(Database& db, const Cycle& cycle, std::size_t position) {
    Statement st = db.prepare(
        "INSERT INTO cycle (id, position, name, assessment_date, previous_cycle_id) VALUES (?, ?, "
        "?, ?, ?)");
    st.bind(1, cycle.id);
    st.bind(2, static_cast<std::int64_t>(position));
    st.bind(3, cycle.name);
    if (cycle.assessmentDate)
        st.bind(4, formatDate(*cycle.assessmentDate));
    else
        st.bindNull(4);
    st.bindOptionalText(5, cycle.previousCycleId);
    st.run();
}

void insertRow(Database& db, const EntityDescriptor& kind, const EntityId& cycleId,
               std::size_t position, const Entity& item) {
    Statement st = db.prepare(insertSql(kind));
    bindRow(st, kind, cycleId, position, item);
    st.run();
}

void renumberPositions(Database& db, const EntityDescriptor& kind, const Cycle& cycle) {
    Statement st = db.prepare(fmt::format("UPDATE {} SET position = ? WHERE id = ?", kind.table));
    for (std::size_t i = 0; i < kind.count(cycle); ++i) {
        st.bind(1, static_cast<std::int64_t>(i));
        st.bind(2, kind.at(cycle, i).id);
        st.run();
    }
}

void writeDocumentProperties(Database& db, const DocumentProperties& p) {
    writeMeta(db, "company_name", p.companyName);
    writeMeta(db, "facilitator", p.facilitator);
    writeMeta(db, "industry", p.industry);
    writeMeta(db, "currency", p.currency);
    writeMeta(db, "language", p.language);
}

void writeReportSectionsLeftOut(Database& db, const std::vector<std::string>& sections) {
    db.execute("DELETE FROM report_section_left_out");
    Statement st = db.prepare("INSERT OR IGNORE INTO report_section_left_out (section) VALUES (?)");
    for (const auto& section : sections) {
        st.bind(1, section);
        st.run();
    }
}

namespace {

// Each analysis setting is a row only while it differs from a new document's, so a document
// that keeps the defaults has the rows it had before these settings existed.
void writeOrDeleteMeta(Database& db, std::string_view key,
                       const std::optional<std::string>& value) {
    if (value) {
        writeMeta(db, key, *value);
    } else {
        Statement st = db.prepare("DELETE FROM document_meta WHERE key = ?");
        st.bind(1, key);
        st.run();
    }
}

}  // namespace

void writeCustomerAnalysisSettings(Database& db, const CustomerAnalysisSettings& settings) {
    const CustomerAnalysisSettings defaults;
    auto unlessDefault = [](bool isDefault, std::string text) {
        return isDefault ? std::nullopt : std::optional(std::move(text));
    };
    writeOrDeleteMeta(db, "calibration_end",
                      unlessDefault(!settings.calibrationEnd,
                                    settings.calibrationEnd ? formatDate(*settings.calibrationEnd)
                                                            : std::string{}));
    writeOrDeleteMeta(db, "analysis_period",
                      unlessDefault(settings.period == defaults.period,
                                    std::string(customers::periodKey(settings.period))));
    writeOrDeleteMeta(db, "horizon_months",
                      unlessDefault(settings.horizonMonths == defaults.horizonMonths,
                                    std::to_string(settings.horizonMonths)));
    writeOrDeleteMeta(
        db, "monthly_discount_rate",
        unlessDefault(settings.monthlyDiscountRate == defaults.monthlyDiscountRate,
                      fmt::format("{}", settings.monthlyDiscountRate)));  // shortest round trip
}

void writeAssessment(Database& db, const Assessment& a) {
    writeDocumentProperties(db, a.properties());
    writeReportSectionsLeftOut(db, a.reportSectionsLeftOut);
    writeCustomerAnalysisSettings(db, a.customerAnalysis);
    writeMeta(db, "current_cycle_id", a.currentCycleId);
    writeMeta(db, "profile_name", a.profile.name);
    Statement param = db.prepare("INSERT INTO profile_parameter (key, value) VALUES (?, ?)");
    const auto& params = profileParameters();
    for (std::size_t i = 0; i < params.size(); ++i) {
        param.bind(1, params[i].key);
        param.bind(2, a.profile.values()[i]);
        param.run();
    }
    for (std::size_t i = 0; i < a.cycles.size(); ++i) insertCycleRow(db, a.cycles[i], i);
    for (const auto* kind : entityDescriptors()) {
        Statement st = db.prepare(insertSql(*kind));
        for (const Cycle& c : a.cycles)
            for (std::size_t i = 0; i < kind->count(c); ++i) {
                bindRow(st, *kind, c.id, i, kind->at(c, i));
                st.run();
            }
    }
}

namespace {

std::optional<int> wholeNumber(const std::string& text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return {};
    return value;
}

std::optional<double> decimalNumber(const std::string& text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || text.empty()) return {};
    return value;
}

// A stored value that is not one the program writes is refused with its key and value, so a
// damaged file is named rather than analysed with a setting nobody chose.
CustomerAnalysisSettings readCustomerAnalysisSettings(
    Database& db, const std::map<std::string, std::string>& meta) {
    auto refuse = [&db](std::string_view key, const std::string& value, std::string_view why) {
        throw StoreError(StoreErrorKind::Corrupt,
                         fmt::format("{}: the stored analysis setting {} = '{}' is {}", db.path(),
                                     key, value, why));
    };
    CustomerAnalysisSettings settings;
    if (const auto at = meta.find("calibration_end"); at != meta.end()) {
        settings.calibrationEnd = parseIsoDate(at->second);
        if (!settings.calibrationEnd) refuse(at->first, at->second, "not a date YYYY-MM-DD");
    }
    if (const auto at = meta.find("analysis_period"); at != meta.end()) {
        const auto period = customers::periodFromKey(at->second);
        if (!period)
            refuse(at->first, at->second, "not a period: " + customers::periodKeyList());
        else
            settings.period = *period;
    }
    if (const auto at = meta.find("horizon_months"); at != meta.end()) {
        const auto months = wholeNumber(at->second);
        if (!months) refuse(at->first, at->second, "not a whole number of months");
        settings.horizonMonths = months.value_or(0);
    }
    if (const auto at = meta.find("monthly_discount_rate"); at != meta.end()) {
        const auto rate = decimalNumber(at->second);
        if (!rate) refuse(at->first, at->second, "not a number");
        settings.monthlyDiscountRate = rate.value_or(0);
    }
    if (const std::string problem = customerAnalysisSettingsProblem(settings); !problem.empty())
        throw StoreError(StoreErrorKind::Corrupt,
                         fmt::format("{}: stored analysis settings: {}", db.path(), problem));
    return settings;
}

}  // namespace

Assessment loadAssessment(Database& db) {
    Assessment a;
    std::map<std::string, std::string> meta;
    {
        Statement st = db.prepare("SELECT key, value FROM document_meta");
        while (st.step()) meta[st.text(0)] = st.text(1);
    }
    a.companyName = meta["company_name"];
    a.facilitator = meta["facilitator"];
    a.industry = meta["industry"];
    a.currency = meta["currency"];  // absent in files made before it existed: not set
    if (meta.count("language")) a.language = meta["language"];  // written by migration 9 on
    a.currentCycleId = meta["current_cycle_id"];
    a.customerAnalysis = readCustomerAnalysisSettings(db, meta);
    {
        Statement st = db.prepare("SELECT section FROM report_section_left_out ORDER BY section");
        while (st.step()) a.reportSectionsLeftOut.push_back(st.text(0));
    }
    a.profile.name = meta.count("profile_name") ? meta["profile_name"] : a.profile.name;
    {
        Statement st = db.prepare("SELECT key, value FROM profile_parameter");
        while (st.step()) a.profile.setValue(st.text(0), st.real(1));  // unknown keys: kept out
    }
    {
        Statement st = db.prepare(
            "SELECT id, name, assessment_date, previous_cycle_id FROM cycle ORDER BY position");
        while (st.step()) {
            Cycle c;
            c.id = st.text(0);
            c.name = st.text(1);
            if (!st.isNull(2)) {
                c.assessmentDate = parseIsoDate(st.text(2));
                if (!c.assessmentDate)
                    throw StoreError(
                        StoreErrorKind::Corrupt,
                        fmt::format("{}: cycle '{}' has a malformed date", db.path(), c.name));
            }
            c.previousCycleId = st.text(3);
            c.statement.id = c.id;
            c.relationship.id = c.id;
            c.cover.id = c.id;
            a.cycles.push_back(std::move(c));
        }
    }
    std::map<std::string, Cycle*> byId;
    for (auto& c : a.cycles) byId[c.id] = &c;
    for (const auto* kind : entityDescriptors()) loadKind(db, *kind, byId);
    return a;
}

}  // namespace crm::store
