#include "engine/transactions/string_interner.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

namespace crm::transactions {

namespace {
// The first n <= 8 bytes as the number sum(p[i] << 8i), without a variable-size memcpy
// (a library call and a store-forwarding stall for every short id).
std::uint64_t loadUpTo8(const char* p, std::size_t n) {
    auto byte = [p](std::size_t i) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
    };
    if constexpr (std::endian::native == std::endian::little) {
        if (n >= 4) {
            std::uint32_t low = 0, high = 0;
            std::memcpy(&low, p, 4);
            std::memcpy(&high, p + n - 4, 4);  // overlaps `low` for n < 8: same bytes, same places
            return low | (static_cast<std::uint64_t>(high) << (8 * (n - 4)));
        }
        if (n == 0) return 0;
        return byte(0) | (byte(n / 2) << (8 * (n / 2))) | (byte(n - 1) << (8 * (n - 1)));
    }
    std::uint64_t word = 0;
    for (std::size_t i = 0; i < n; ++i) word |= byte(i) << (8 * i);
    return word;
}

constexpr std::uint64_t kShortKeyMark = 0xFF;  // in the length byte of a long key
}  // namespace

// 8 bytes at a time, multiply-xorshift mixing: ids are short, this is enough and fast.
std::uint32_t StringInterner::hashOf(std::string_view text) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    std::uint64_t h = text.size() * kMul;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        h = (h ^ loadUpTo8(text.data() + i, 8)) * kMul;
        h ^= h >> 32;
    }
    if (i < text.size()) h = (h ^ loadUpTo8(text.data() + i, text.size() - i)) * kMul;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::uint32_t>(h >> 32);
}

// head = length | bytes 0-6 << 8, tail = bytes 7-10; a long key: 0xFF | bytes 0-6 << 8, hash.
StringInterner::Key StringInterner::pack(std::string_view text) {
    const std::uint32_t hash = hashOf(text);
    const std::size_t n = text.size();
    if (n > kInline) return {text, hash, hash, kShortKeyMark | (loadUpTo8(text.data(), 7) << 8)};
    const std::uint64_t head = n | (loadUpTo8(text.data(), std::min<std::size_t>(n, 7)) << 8);
    const auto tail = n > 7 ? static_cast<std::uint32_t>(loadUpTo8(text.data() + 7, n - 7)) : 0u;
    return {text, hash, tail, head};
}

std::uint32_t StringInterner::hashOf(const Slot& slot) {
    const std::size_t n = slot.head & 0xFF;
    if (n == kShortKeyMark) return slot.tail;
    char bytes[kInline];
    for (std::size_t i = 0; i < 7; ++i) bytes[i] = static_cast<char>(slot.head >> (8 * (i + 1)));
    for (std::size_t i = 0; i < 4; ++i) bytes[7 + i] = static_cast<char>(slot.tail >> (8 * i));
    return hashOf(std::string_view(bytes, n));
}

StringInterner::StringInterner(std::vector<std::string>& strings) : strings_(strings) {
    slots_.resize(1024);
    mask_ = slots_.size() - 1;
    const std::vector<std::string> existing = std::move(strings_);
    strings_.clear();
    for (const auto& s : existing) intern(s);
}

std::uint32_t StringInterner::intern(const Key& key) {
    const bool isShort = key.text.size() <= kInline;
    std::size_t i = key.hash & mask_;
    for (; slots_[i].indexPlus1 != 0; i = (i + 1) & mask_) {
        const Slot& slot = slots_[i];
        if (slot.head == key.head && slot.tail == key.tail &&
            (isShort || strings_[slot.indexPlus1 - 1] == key.text))
            return slot.indexPlus1 - 1;
    }
    if (strings_.size() >= 0xFFFFFFFEULL)
        throw std::length_error("more than 4 billion distinct ids");
    const auto index = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(key.text);
    slots_[i] = Slot{index + 1, key.tail, key.head};
    if (strings_.size() * 4 > slots_.size() * 3) grow();  // load factor <= 3/4
    return index;
}

void StringInterner::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.indexPlus1 == 0) continue;
        std::size_t i = hashOf(slot) & mask_;
        while (slots_[i].indexPlus1 != 0) i = (i + 1) & mask_;
        slots_[i] = slot;
    }
}

}  // namespace crm::transactions
