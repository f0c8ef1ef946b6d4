#include <catch2/catch.hpp>

#include <random>

#include "engine/transactions/string_interner.h"

using namespace crm::transactions;

TEST_CASE("interning gives dense, stable indices", "[interner]") {
    std::vector<std::string> strings;
    StringInterner interner(strings);
    CHECK(interner.intern("b") == 0);
    CHECK(interner.intern("a") == 1);
    CHECK(interner.intern("b") == 0);
    CHECK(interner.intern("") == 2);
    CHECK(interner.intern("") == 2);
    CHECK(strings == std::vector<std::string>{"b", "a", ""});
}

TEST_CASE("short, boundary and long keys stay distinct", "[interner]") {
    // 11 bytes is the inline limit; keys sharing the first 7 bytes, zero bytes and
    // lengths 0-20 must never be confused.
    std::vector<std::string> keys = {std::string("a\0", 2), "a", std::string("\0", 1),
                                     std::string("\0\0", 2)};
    for (std::size_t n = 0; n <= 20; ++n) {
        keys.push_back(std::string(n, 'x'));
        keys.push_back(std::string(n, 'x') + "y");
        keys.push_back("1234567" + std::string(n, 'z'));
    }
    std::vector<std::string> strings;
    StringInterner interner(strings);
    std::vector<std::uint32_t> first;
    for (const auto& k : keys) first.push_back(interner.intern(k));
    for (std::size_t i = 0; i < keys.size(); ++i) {
        INFO("key " << i);
        CHECK(interner.intern(keys[i]) == first[i]);
        CHECK(strings[first[i]] == keys[i]);
    }
}

TEST_CASE("growth keeps every key", "[interner]") {
    std::vector<std::string> strings;
    StringInterner interner(strings);
    std::mt19937 rng(7);  // fixed seed
    std::vector<std::string> keys;
    for (int i = 0; i < 50000; ++i)
        keys.push_back(std::to_string(rng()) + (i % 3 == 0 ? "-a-long-suffix" : ""));
    for (const auto& k : keys) interner.intern(k);
    for (const auto& k : keys) REQUIRE(strings[interner.intern(k)] == k);
    // duplicates among the random numbers are interned once
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    CHECK(strings.size() == keys.size());
}

TEST_CASE("an interner adopts existing strings", "[interner]") {
    std::vector<std::string> strings = {"x", "y"};
    StringInterner interner(strings);
    CHECK(interner.intern("y") == 1);
    CHECK(interner.intern("z") == 2);
}
