// Our scanner against libcsv (Debian libcsv-dev), an independent RFC 4180 parser:
// same records, same fields. libcsv runs with no "space" characters so that, like
// RFC 4180 and our scanner, it keeps spaces around fields.
#include <catch2/catch.hpp>

#include <csv.h>

#include <random>

#include "scan_helpers.h"

using namespace crm::transactions;
using crm::transactions::test::Fields;
using crm::transactions::test::fieldsOf;

namespace {

struct Collector {
    std::vector<Fields> records;
    Fields current;
};

int noSpaces(unsigned char) { return 0; }

std::vector<Fields> libcsvFields(std::string_view text, char delimiter) {
    csv_parser parser;
    REQUIRE(csv_init(&parser, 0) == 0);
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, noSpaces);
    Collector c;
    auto onField = [](void* data, std::size_t length, void* self) {
        static_cast<Collector*>(self)->current.emplace_back(static_cast<const char*>(data), length);
    };
    auto onRecord = [](int, void* self) {
        auto* collector = static_cast<Collector*>(self);
        collector->records.push_back(std::move(collector->current));
        collector->current.clear();
    };
    REQUIRE(csv_parse(&parser, text.data(), text.size(), onField, onRecord, &c) == text.size());
    csv_fini(&parser, onField, onRecord, &c);
    csv_free(&parser);
    return c.records;
}

// RFC 4180 writing: quote when the field holds a delimiter, quote, CR or LF, or starts
// empty-looking.
std::string encode(const std::vector<Fields>& records, char delimiter, const char* lineBreak,
                   bool finalBreak) {
    std::string out;
    for (std::size_t r = 0; r < records.size(); ++r) {
        for (std::size_t f = 0; f < records[r].size(); ++f) {
            if (f > 0) out += delimiter;
            const std::string& v = records[r][f];
            const bool quote = v.empty() || v.find_first_of(std::string("\"\r\n") + delimiter) !=
                                                std::string::npos;
            if (!quote) {
                out += v;
                continue;
            }
            out += '"';
            for (char ch : v) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            out += '"';
        }
        if (r + 1 < records.size() || finalBreak) out += lineBreak;
    }
    return out;
}

}  // namespace

TEST_CASE("tricky inputs split like libcsv", "[libcsv]") {
    const std::vector<std::string> inputs = {
        "a,b,c\n1,2,3\n",
        "a,b,c\r\n1,2,3\r\n",
        "a,b,c\r\n1,2,3",  // no final line break
        "\"a,b\",\"c\"\"d\",\"e\nf\"\n",
        "\"\",\"\"\"\",x\n",
        "a,,b,\n,\n",
        "a\rb\rc\r",
        "\"multi\r\nline\r\nfield\",2\r\n3,4\r\n",
        "x\n\n\ny\n",  // blank lines
        "ab\"c,d\n",   // quote inside an unquoted field is data
        "\"a\"\"\"\"b\",\"\"\"\"\"\"\n",
        " a , b \n",  // spaces are data
        "\t\t\n",
        "\xEF\xBB\xBFh1,h2\n",  // libcsv keeps the BOM; compared after stripping below
    };
    for (char delimiter : {',', ';', '\t'}) {
        for (std::string input : inputs) {
            std::replace(input.begin(), input.end(), ',', delimiter);
            INFO("delimiter " << int(delimiter) << " input: " << input);
            const Delimiter d = delimiter == ','   ? Delimiter::Comma
                                : delimiter == ';' ? Delimiter::Semicolon
                                                   : Delimiter::Tab;
            CHECK(fieldsOf(input, d) == libcsvFields(withoutBom(input), delimiter));
        }
    }
}

TEST_CASE("random records round-trip and agree with libcsv", "[libcsv]") {
    std::mt19937 rng(4180);  // fixed seed
    const std::string alphabet = "ab ,;\t\"\r\n1.-";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), len(0, 6), count(1, 5),
        rows(1, 6);
    for (int round = 0; round < 2000; ++round) {
        const char delimiter = ",;\t"[round % 3];
        const Delimiter d = round % 3 == 0   ? Delimiter::Comma
                            : round % 3 == 1 ? Delimiter::Semicolon
                                             : Delimiter::Tab;
        std::vector<Fields> records(rows(rng));
        const std::size_t fields = count(rng);
        for (auto& r : records) {
            for (std::size_t f = 0; f < fields; ++f) {
                std::string v;
                for (std::size_t i = len(rng); i > 0; --i) v += alphabet[pick(rng)];
                r.push_back(v);
            }
        }
        const std::string text =
            encode(records, delimiter, round % 2 ? "\r\n" : "\n", round % 4 < 2);
        INFO("round " << round << " text: " << text);
        const auto ours = fieldsOf(text, d);
        CHECK(ours == records);
        CHECK(ours == libcsvFields(text, delimiter));
    }
}
