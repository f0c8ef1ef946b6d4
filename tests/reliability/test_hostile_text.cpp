// Hostile text: SQL, HTML/script, control characters and odd Unicode in every text field of
// every kind go in through the edit path and come back unchanged from the file and from JSON.
// (Escaping them in HTML and PDF is the report's job and is tested there.)
#include <catch2/catch.hpp>

#include "hostile_support.h"
#include "store/document.h"
#include "store/json_io.h"
#include "store/store_error.h"
#include "test_support.h"

using namespace crm;
using namespace crm::store;
using namespace crm::reliability;

namespace {

const std::vector<std::string>& sqlTexts() {
    static const std::vector<std::string> texts = {
        "'); DROP TABLE kpi; --",
        "Robert'); DROP TABLE cycle;--",
        "\" OR 1=1; --",
        "x' UNION SELECT key, value FROM document_meta --",
        "1; PRAGMA writable_schema = ON; DELETE FROM sqlite_schema; --",
        "?; ?1; :name; @p; $x",
    };
    return texts;
}

const std::vector<std::string>& markupTexts() {
    static const std::vector<std::string> texts = {
        "<script>alert('x')</script>",
        "<img src=x onerror=\"alert(1)\">",
        "&amp; &lt;b&gt; &#x3C;script&#x3E;",
        "]]><!-- --></style></svg><svg onload=alert(1)>",
        "{{7*7}} ${7*7} %s %n %x",
        "javascript:alert(document.cookie)",
    };
    return texts;
}

const std::vector<std::string>& oddTexts() {
    static const std::vector<std::string> texts = {
        std::string("NUL\0inside", 10),
        "tab\tnew line\nreturn\r\x01\x1f\x7f",
        "\u202eevil right-to-left \u200b\u200d\ufeff",
        "emoji \U0001F600 combining e\u0301 CJK \u4e2d\u6587",
        "\\\\server\\share ../../etc/passwd",
        "",
    };
    return texts;
}

struct Placement {
    const EntityDescriptor* kind;
    EntityId itemId;
    const FieldDescriptor* field;
    std::string text;
};

// Writes `texts` (cycling, tagged with kind and field) into every textual field of every kind of
// both cycles through Document::setField, plus company, facilitator, industry and cycle names.
std::vector<Placement> fillEveryTextField(Document& doc, const std::vector<std::string>& texts) {
    std::vector<Placement> placed;
    std::size_t n = 0;
    for (const auto& cycleId : {EntityId("cyc-a"), EntityId("cyc-b")}) {
        const auto ids = oneOfEach(doc, cycleId);
        for (const auto* kind : entityDescriptors())
            for (const auto& field : kind->fields) {
                if (!isTextual(field)) continue;
                const std::string text =
                    texts[n++ % texts.size()] + " [" + std::string(field.key) + "]";
                doc.setField(cycleId, *kind, ids.at(kind), field.key, FieldValue{text});
                placed.push_back({kind, ids.at(kind), &field, text});
            }
        doc.setCycleName(cycleId, texts[n++ % texts.size()]);
    }
    doc.setDocumentProperties(
        {texts[0], texts[1 % texts.size()], texts[2 % texts.size()], std::string("CHF")});
    return placed;
}

void checkEveryTextField(const Assessment& a, const std::vector<Placement>& placed) {
    for (const auto& p : placed) {
        for (const auto& cycleId : {EntityId("cyc-a"), EntityId("cyc-b")}) {
            const Cycle& cycle = *a.findCycle(cycleId);
            const bool here = p.kind->singleton ? p.itemId == cycleId
                                                : p.kind->indexOf(cycle, p.itemId).has_value();
            if (!here) continue;
            const FieldValue value = fieldOf(a, cycleId, *p.kind, p.itemId, *p.field);
            INFO(p.kind->kind << "." << p.field->key);
            REQUIRE(std::holds_alternative<std::string>(value));
            CHECK(std::get<std::string>(value) == p.text);
        }
    }
}

std::size_t roundTrip(const std::string& name, const std::vector<std::string>& texts) {
    auto dir = crm::testing::freshDir("hostile-" + name);
    const std::string path = (dir / "a.crmw").string();
    std::vector<Placement> placed;
    std::string exported;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        placed = fillEveryTextField(doc, texts);
        checkEveryTextField(doc.assessment(), placed);
        exported = exportAssessmentJson(doc.assessment());
    }
    Document reopened = Document::open(path);
    checkEveryTextField(reopened.assessment(), placed);
    CHECK(reopened.assessment().companyName == texts[0]);
    CHECK(exportAssessmentJson(reopened.assessment()) == exported);
    {
        Statement tables =
            reopened.database().prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'kpi'");
        REQUIRE(tables.step());
        CHECK(tables.integer(0) == 1);  // still there
    }

    const Assessment imported = importAssessmentJson(exported);  // JSON
    checkEveryTextField(imported, placed);
    CHECK(exportAssessmentJson(imported) == exported);
    const std::string copy = (dir / "from-json.crmw").string();  // whole-document write path
    { Document::create(copy, imported); }
    CHECK(exportAssessmentJson(Document::open(copy).assessment()) == exported);
    return placed.size() + 5;  // fields, two cycle names, company name, facilitator, industry
}

}  // namespace

TEST_CASE("SQL-looking text in every text field round-trips unchanged", "[reliability][hostile]") {
    reportTried("SQL-looking texts in every text field (document, JSON, new document)",
                roundTrip("sql", sqlTexts()));
}

TEST_CASE("HTML and script in every text field round-trip unchanged", "[reliability][hostile]") {
    reportTried("HTML/script texts in every text field", roundTrip("html", markupTexts()));
}

TEST_CASE("control characters, NUL and odd Unicode in every text field round-trip",
          "[reliability][hostile]") {
    reportTried("control/NUL/bidi/emoji texts in every text field", roundTrip("odd", oddTexts()));
}

TEST_CASE("invalid UTF-8 in a text field: stored as is, exported with replacement characters",
          "[reliability][hostile]") {
    auto dir = crm::testing::freshDir("hostile-utf8");
    const std::string path = (dir / "a.crmw").string();
    const std::vector<std::string> bad = {"\xff\xfe", "caf\xc3", "\xc3\x28 overlong \xc0\xaf",
                                          "\xed\xa0\x80 surrogate",
                                          "\xf4\x90\x80\x80 above U+10FFFF"};
    const EntityDescriptor& objective = *findDescriptor("objective");
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        for (std::size_t i = 0; i < bad.size(); ++i)
            doc.insertItem("cyc-b", objective, 100,
                           EntityRecord{"bad-" + std::to_string(i), "", {FieldValue{bad[i]}}});
        doc.setField("cyc-b", objective, "obj-1b", "name", FieldValue{bad[0]});
    }
    Document doc = Document::open(path);
    const Cycle& cycle = *doc.assessment().findCycle("cyc-b");
    CHECK(cycle.objectives[0].name == bad[0]);  // the document keeps the bytes it was given
    for (std::size_t i = 0; i < bad.size(); ++i) CHECK(cycle.objectives[1 + i].name == bad[i]);

    std::string json;
    REQUIRE_NOTHROW(json = exportAssessmentJson(doc.assessment()));
    CHECK_THAT(json, Catch::Contains("caf\xef\xbf\xbd"));  // U+FFFD for the broken sequence
    const Assessment back = importAssessmentJson(json);    // what export writes is valid JSON
    CHECK(back.findCycle("cyc-b")->objectives[2].name == "caf\xef\xbf\xbd");
    CHECK(exportAssessmentJson(back) == json);

    // JSON that is itself not UTF-8 is refused with a message, not a crash.
    std::string raw = json;
    raw.replace(raw.find("caf\xef\xbf\xbd"), 6, "caf\xc3");
    try {
        importAssessmentJson(raw);
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(e.kind() == StoreErrorKind::InvalidInput);
        CHECK_THAT(e.what(), Catch::Contains("not valid JSON"));
    }
    reportTried("invalid UTF-8 sequences in a text field (+1 non-UTF-8 JSON file)", bad.size() + 1);
}

TEST_CASE("a 10 MB text field is stored, reopened and exported whole", "[reliability][hostile]") {
    auto dir = crm::testing::freshDir("hostile-10mb");
    const std::string path = (dir / "a.crmw").string();
    std::string big(10 * 1024 * 1024, 'x');
    for (std::size_t i = 0; i < big.size(); i += 97) big[i] = static_cast<char>('a' + i % 26);
    big.replace(0, 30, "'); DROP TABLE kpi; -- <b>big</b>");
    const EntityDescriptor& statement = *findDescriptor("statement");
    Stopwatch clock;
    double write = 0, reopen = 0, json = 0;
    {
        Document doc = Document::create(path, crm::testing::smallAssessment());
        clock.lap();
        doc.setField("cyc-b", statement, "cyc-b", "business_model", FieldValue{big});
        write = clock.lap();
    }
    clock.lap();
    Document doc = Document::open(path);
    reopen = clock.lap();
    CHECK(doc.assessment().findCycle("cyc-b")->statement.businessModel == big);
    const std::string exported = exportAssessmentJson(doc.assessment());
    const Assessment back = importAssessmentJson(exported);
    json = clock.lap();
    CHECK(back.findCycle("cyc-b")->statement.businessModel == big);
    CHECK(exported.size() > big.size());
    std::cout << "10 MB field: edit " << write << " s, reopen " << reopen << " s, JSON out and in "
              << json << " s" << std::endl;
    reportTried("10 MB single field", 1);
}
