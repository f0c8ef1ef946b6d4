#include <catch2/catch.hpp>

#include "scan_helpers.h"

using namespace crm::transactions;
using crm::transactions::test::Fields;
using crm::transactions::test::fieldsOf;
using crm::transactions::test::scanAll;
using Records = std::vector<Fields>;

TEST_CASE("each delimiter splits fields", "[scanner]") {
    CHECK(fieldsOf("a,b,c\n1,2,3\n", Delimiter::Comma) ==
          Records{{"a", "b", "c"}, {"1", "2", "3"}});
    CHECK(fieldsOf("a;b;c\n1;2,5;3\n", Delimiter::Semicolon) ==
          Records{{"a", "b", "c"}, {"1", "2,5", "3"}});
    CHECK(fieldsOf("a\tb\tc\n1\t2 x\t3\n", Delimiter::Tab) ==
          Records{{"a", "b", "c"}, {"1", "2 x", "3"}});
    // CDNOW layout: leading spaces, runs of blanks (and tabs) are one delimiter, trailing ones
    // ignored.
    CHECK(fieldsOf("customer_id date\n   00001 19970101  1   11.77 \n\t2\t \t3\n",
                   Delimiter::Whitespace) ==
          Records{{"customer_id", "date"}, {"00001", "19970101", "1", "11.77"}, {"2", "3"}});
}

TEST_CASE("other delimiters are data", "[scanner]") {
    CHECK(fieldsOf("a b;c,d\te\n", Delimiter::Comma) == Records{{"a b;c", "d\te"}});
    CHECK(fieldsOf("a b;c,d\te\n", Delimiter::Tab) == Records{{"a b;c,d", "e"}});
}

TEST_CASE("empty fields are kept, except with whitespace runs", "[scanner]") {
    CHECK(fieldsOf(",a,,b,\n", Delimiter::Comma) == Records{{"", "a", "", "b", ""}});
    CHECK(fieldsOf("a,b,", Delimiter::Comma) == Records{{"a", "b", ""}});  // no final line break
    CHECK(fieldsOf(";;\n", Delimiter::Semicolon) == Records{{"", "", ""}});
    CHECK(fieldsOf("  a    b  \n", Delimiter::Whitespace) == Records{{"a", "b"}});
}

TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks", "[scanner]") {
    CHECK(fieldsOf("\"a,b\",c\n", Delimiter::Comma) == Records{{"a,b", "c"}});
    CHECK(fieldsOf("\"say \"\"hi\"\"\",x\n", Delimiter::Comma) == Records{{"say \"hi\"", "x"}});
    CHECK(fieldsOf("\"\"\"\"\n", Delimiter::Comma) == Records{{"\""}});
    CHECK(fieldsOf("\"\",\"\"\n", Delimiter::Comma) == Records{{"", ""}});
    CHECK(fieldsOf("\"line1\nline2\",z\n", Delimiter::Comma) == Records{{"line1\nline2", "z"}});
    CHECK(fieldsOf("\"a\r\nb\";c\r\n", Delimiter::Semicolon) == Records{{"a\r\nb", "c"}});
    CHECK(fieldsOf("\"a\tb\"\tc\n", Delimiter::Tab) == Records{{"a\tb", "c"}});
    CHECK(fieldsOf("  \"big  spender\"   7 \n", Delimiter::Whitespace) ==
          Records{{"big  spender", "7"}});
    // Two doubled quotes in one field, and two copied fields in one record.
    CHECK(fieldsOf("\"a\"\"b\"\"c\",\"d\"\"\"\n", Delimiter::Comma) == Records{{"a\"b\"c", "d\""}});
}

TEST_CASE("a quote inside an unquoted field is data", "[scanner]") {
    CHECK(fieldsOf("ab\"c,5\" screen\n", Delimiter::Comma) == Records{{"ab\"c", "5\" screen"}});
    CHECK(fieldsOf("a, \"b\"\n", Delimiter::Comma) == Records{{"a", " \"b\""}});
}

TEST_CASE("CRLF, LF and lone CR end records", "[scanner]") {
    CHECK(scanAll("a,b\r\nc,d\r\n", Delimiter::Comma) ==
          std::vector<test::ScannedRecord>{{1, {"a", "b"}, ""}, {2, {"c", "d"}, ""}});
    CHECK(scanAll("a\rb\nc", Delimiter::Comma) ==
          std::vector<test::ScannedRecord>{{1, {"a"}, ""}, {2, {"b"}, ""}, {3, {"c"}, ""}});
}

TEST_CASE("a UTF-8 byte order mark is skipped", "[scanner]") {
    CHECK(fieldsOf("\xEF\xBB\xBF"
                   "customer,amount\n",
                   Delimiter::Comma) == Records{{"customer", "amount"}});
    CHECK(fieldsOf("\xEF\xBB\xBF", Delimiter::Comma).empty());
    CHECK(withoutBom("\xEF\xBB\xBF"
                     "x") == "x");
    CHECK(withoutBom("x") == "x");
}

TEST_CASE("blank lines are skipped but counted", "[scanner]") {
    // line 1 "a", 2 blank, 3 "b", 4 blank (CRLF), 5 "c", then a trailing empty line
    CHECK(scanAll("a\n\nb\r\n\r\nc\n\n", Delimiter::Comma) ==
          std::vector<test::ScannedRecord>{{1, {"a"}, ""}, {3, {"b"}, ""}, {5, {"c"}, ""}});
    CHECK(scanAll("a\n   \t\nb\n", Delimiter::Whitespace) ==
          std::vector<test::ScannedRecord>{{1, {"a"}, ""}, {3, {"b"}, ""}});
    CHECK(scanAll("", Delimiter::Comma).empty());
    CHECK(scanAll("\n\r\n", Delimiter::Comma).empty());
}

TEST_CASE("line numbers count line breaks inside quotes", "[scanner]") {
    // Record 1 spans lines 1-3 (two LF inside quotes), record 2 starts on line 4,
    // record 3 on line 6 after a CRLF inside quotes on line 4.
    const std::string text = "1,\"x\ny\nz\"\n2,\"p\r\nq\"\n3,r\n";
    CHECK(scanAll(text, Delimiter::Comma) ==
          std::vector<test::ScannedRecord>{
              {1, {"1", "x\ny\nz"}, ""}, {4, {"2", "p\r\nq"}, ""}, {6, {"3", "r"}, ""}});
}

TEST_CASE("record offsets cover the record text", "[scanner]") {
    const std::string_view text =
        "\xEF\xBB\xBF"
        "ab,c\r\nd\n";
    CsvScanner scanner(text, Delimiter::Comma);
    CsvRecord r;
    REQUIRE(scanner.next(r));
    CHECK(text.substr(r.begin, r.end - r.begin) == "ab,c");
    REQUIRE(scanner.next(r));
    CHECK(text.substr(r.begin, r.end - r.begin) == "d");
    CHECK(scanner.offset() == text.size());
    CHECK_FALSE(scanner.next(r));
}

TEST_CASE("malformed quoting is reported on the record", "[scanner]") {
    SECTION("never closed: the record runs to the end of the buffer") {
        const auto records = scanAll("a,b\nc,\"open\nd,e\n", Delimiter::Comma);
        REQUIRE(records.size() == 2);
        CHECK(records[1] ==
              test::ScannedRecord{2, {"c", "open\nd,e\n"}, "quoted field is never closed"});
    }
    SECTION("text after the closing quote") {
        CsvScanner scanner("1,\"ab\"cd,3\n4,5,6\n", Delimiter::Comma);
        CsvRecord r;
        REQUIRE(scanner.next(r));
        CHECK(std::string(r.error) == "unexpected text after the closing quote");
        CHECK(r.errorField == 1);
        CHECK(Fields(r.fields.begin(), r.fields.end()) == Fields{"1", "ab", "3"});
        REQUIRE(scanner.next(r));  // the scanner resynchronises on the next line
        CHECK(r.error == nullptr);
        CHECK(r.line == 2);
        CHECK(Fields(r.fields.begin(), r.fields.end()) == Fields{"4", "5", "6"});
    }
}

TEST_CASE("long fields cross the 16-byte fast path", "[scanner]") {
    const std::string longField(100, 'x');
    const std::string text = longField + "," + longField + "\n" + longField;
    CHECK(fieldsOf(text, Delimiter::Comma) == Records{{longField, longField}, {longField}});
    CHECK(fieldsOf("0123456789abcdef,0123456789abcdefg\n", Delimiter::Comma) ==
          Records{{"0123456789abcdef", "0123456789abcdefg"}});
}

TEST_CASE("delimiter names", "[scanner]") {
    CHECK(delimiterName(Delimiter::Comma) == "comma");
    CHECK(delimiterName(Delimiter::Semicolon) == "semicolon");
    CHECK(delimiterName(Delimiter::Tab) == "tab");
    CHECK(delimiterName(Delimiter::Whitespace) == "whitespace");
}

TEST_CASE("unescaped fields of the previous record survive one more next()", "[scanner]") {
    // The importer holds two records at a time (one line of lookahead).
    CsvScanner scanner("\"a\"\"1\",x\n\"b\"\"2\",y\n\"c\"\"3\",z\n", Delimiter::Comma);
    CsvRecord first, second;
    REQUIRE(scanner.next(first));
    REQUIRE(scanner.next(second));
    CHECK(first.fields[0] == "a\"1");
    CHECK(second.fields[0] == "b\"2");
    REQUIRE(scanner.next(first));
    CHECK(second.fields[0] == "b\"2");
    CHECK(first.fields[0] == "c\"3");
}
