#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>

#include "engine/model/money.h"
#include "engine/transactions/decimal_parse.h"

using namespace crm::transactions;

TEST_CASE("amounts parse to exact thousandths", "[decimal]") {
    CHECK(parseAmount("0", '.') == 0);
    CHECK(parseAmount("11.77", '.') == 11770);
    CHECK(parseAmount("-0.125", '.') == -125);
    CHECK(parseAmount("+3", '.') == 3000);
    CHECK(parseAmount("  42.5\t", '.') == 42500);
    CHECK(parseAmount("5.", '.') == 5000);
    CHECK(parseAmount(".5", '.') == 500);
    CHECK(parseAmount("12,50", ',') == 12500);
    CHECK(parseAmount("0007.010", '.') == 7010);
}

TEST_CASE("more than three decimals round half away from zero", "[decimal]") {
    CHECK(parseAmount("0.0005", '.') == 1);  // half -> away from zero
    CHECK(parseAmount("0.00049999", '.') == 0);
    CHECK(parseAmount("-0.0005", '.') == -1);
    CHECK(parseAmount("2.9995", '.') == 3000);  // carries into the units
    CHECK(parseAmount("1.23449", '.') == 1234);
    CHECK(parseQuantity("0.0000005", '.') == 1);  // six decimals kept, seventh rounds
}

TEST_CASE("ambiguous or foreign number text is rejected", "[decimal]") {
    for (const char* bad : {"", " ", "-", "+", ".", "1,234.50", "1 234", "$5", "5 EUR", "1e3",
                            "(5)", "--1", "1.2.3", "0x10", "١٢", "12,5"}) {
        INFO(bad);
        CHECK_FALSE(parseAmount(bad, '.').has_value());
    }
    CHECK_FALSE(parseAmount("12.5", ',').has_value());                  // decimal comma expected
    CHECK_FALSE(parseAmount("99999999999999999999", '.').has_value());  // overflow
    CHECK_FALSE(parseAmount("9223372036854776", '.').has_value());      // x1000 overflows int64
}

TEST_CASE("the fast parser agrees with crm::parseMoney", "[decimal]") {
    // Same grammar and rounding as money.h; compared on random and hand-picked texts.
    std::vector<std::string> texts = {
        "0",        "1",   "-1",  "+1",  "0.1", "0.01", "0.001", "0.0004", "0.0005", "-0.0005",
        "999.9995", "12.", ".12", "1,5", "abc", "",     " 7 ",   "1.2.3",  "-",      "00012.340"};
    std::mt19937_64 rng(20240601);  // fixed seed
    std::uniform_int_distribution<std::int64_t> whole(0, 99'999'999);
    std::uniform_int_distribution<int> digits(0, 6), sign(0, 2), frac(0, 9);
    for (int i = 0; i < 20000; ++i) {
        std::string t = sign(rng) == 0 ? "-" : (sign(rng) == 1 ? "+" : "");
        t += std::to_string(whole(rng));
        const int n = digits(rng);
        if (n > 0) {
            t += '.';
            for (int d = 0; d < n; ++d) t += static_cast<char>('0' + frac(rng));
        }
        texts.push_back(t);
    }
    for (const auto& t : texts) {
        for (char sep : {'.', ','}) {
            INFO(t << " sep " << sep);
            const auto reference = crm::parseMoney(t, sep);
            const auto fast = parseAmount(t, sep);
            REQUIRE(fast.has_value() == reference.has_value());
            if (fast) CHECK(*fast == reference->thousandths);
        }
    }
}

TEST_CASE("quantity x unit price rounds once, half away from zero", "[decimal]") {
    auto q = [](const char* t) { return *parseQuantity(t, '.'); };
    CHECK(multiplyToThousandths(q("3"), q("19.99")) == 59970);  // 3 x 19.99 = 59.97
    CHECK(multiplyToThousandths(q("1.5"), q("0.333")) == 500);  // 0.4995 -> 0.500 (half up)
    CHECK(multiplyToThousandths(q("-1.5"), q("0.333")) ==
          -500);                                               // -0.4995 -> -0.500 (away from zero)
    CHECK(multiplyToThousandths(q("0.25"), q("0.001")) == 0);  // 0.00025 -> 0.000
    CHECK(multiplyToThousandths(q("1000"), q("0.0125")) ==
          12500);  // exact: 12.5, not 13 (price kept to 6 dp)
    CHECK(multiplyToThousandths(q("2.125"), q("4.04")) == 8585);  // 8.585 exactly
    CHECK(multiplyToThousandths(q("0.1"), q("0.1")) == 10);       // 0.01
    CHECK(multiplyToThousandths(q("7"), q("0.0005")) == 4);       // 0.0035 -> 0.004
    CHECK_FALSE(multiplyToThousandths(q("9000000000000"), q("9000000000")).has_value());
}
