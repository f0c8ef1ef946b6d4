#pragma once
// Test helpers: scan a whole string into plain values that Catch2 can compare and print.
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/transactions/csv_scanner.h"

namespace crm::transactions::test {

using Fields = std::vector<std::string>;

struct ScannedRecord {
    std::size_t line;
    Fields fields;
    std::string error;
    bool operator==(const ScannedRecord&) const = default;
};

inline std::vector<ScannedRecord> scanAll(std::string_view text, Delimiter delimiter) {
    std::vector<ScannedRecord> out;
    CsvScanner scanner(text, delimiter);
    CsvRecord record;
    while (scanner.next(record))
        out.push_back({record.line, Fields(record.fields.begin(), record.fields.end()),
                       record.error != nullptr ? record.error : ""});
    return out;
}

inline std::vector<Fields> fieldsOf(std::string_view text, Delimiter delimiter) {
    std::vector<Fields> out;
    for (auto& r : scanAll(text, delimiter)) out.push_back(std::move(r.fields));
    return out;
}

inline std::string readTestFile(const std::string& relative) {
    std::ifstream in(std::string(TEST_DATA_DIR) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace crm::transactions::test

namespace Catch {
template <>
struct StringMaker<crm::transactions::test::ScannedRecord> {
    static std::string convert(const crm::transactions::test::ScannedRecord& r) {
        std::string s = "{line " + std::to_string(r.line) + ":";
        for (const auto& f : r.fields) s += " [" + f + "]";
        return s + (r.error.empty() ? "" : " error: " + r.error) + "}";
    }
};
}  // namespace Catch
