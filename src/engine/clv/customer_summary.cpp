#include "engine/clv/customer_summary.h"

#include <bit>
#include <cmath>
#include <limits>

#include <fmt/format.h>

namespace crm::clv {

std::optional<text::Phrase> findSummaryProblem(const CustomerSummary& c) {
    // Recency and age are in the data's time unit; six decimals show any fraction of a day.
    if (c.frequency < 0) return text::phrase("negative frequency {0}", text::count(c.frequency));
    if (!std::isfinite(c.recency) || !std::isfinite(c.age))
        return text::term("recency or age is not a finite number");
    if (c.recency < 0.0) return text::phrase("negative recency {0}", text::number(c.recency, 6));
    if (c.recency > c.age)
        return text::phrase("recency {0} is later than the age {1}", text::number(c.recency, 6),
                            text::number(c.age, 6));
    if (c.frequency == 0 && c.recency != 0.0)
        return text::phrase("recency {0} without any repeat purchase", text::number(c.recency, 6));
    return std::nullopt;
}

namespace {

struct HistoryKey {
    std::uint64_t recencyBits;
    std::uint64_t ageBits;
    std::int32_t frequency;
    bool operator==(const HistoryKey&) const = default;
};

std::uint64_t bitsOf(double value) {
    return std::bit_cast<std::uint64_t>(value == 0.0 ? 0.0 : value);  // -0.0 groups with 0.0
}

std::uint64_t hashOf(const HistoryKey& key) {
    // splitmix64 finalizer over a simple combination: cheap and well mixed.
    std::uint64_t h = key.recencyBits * 0x9E3779B97F4A7C15ULL ^
                      (key.ageBits + 0x632BE59BD9B4E019ULL) ^
                      (static_cast<std::uint64_t>(static_cast<std::uint32_t>(key.frequency)) << 17);
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31;
    return h;
}

}  // namespace

GroupedHistories groupByHistory(std::span<const CustomerSummary> customers) {
    // Open addressing with linear probing: a million customers in a few tens of milliseconds.
    // The slots point into the groups themselves (no key table beside them): with daily
    // periods nearly every customer is a history of its own, so a copy of the keys would cost
    // as much as the groups.
    constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
    GroupedHistories grouped;
    grouped.groupOfCustomer.resize(customers.size());
    std::vector<std::uint32_t> slots(1024, kEmpty);
    std::size_t mask = slots.size() - 1;
    auto keyOf = [](const HistoryGroup& g) {
        return HistoryKey{bitsOf(g.recency), bitsOf(g.age), g.frequency};
    };

    auto insertSlot = [&](std::uint32_t group) {
        std::size_t slot = hashOf(keyOf(grouped.groups[group])) & mask;
        while (slots[slot] != kEmpty) slot = (slot + 1) & mask;
        slots[slot] = group;
    };

    for (std::size_t i = 0; i < customers.size(); ++i) {
        const CustomerSummary& c = customers[i];
        const HistoryKey key{bitsOf(c.recency), bitsOf(c.age), c.frequency};
        std::size_t slot = hashOf(key) & mask;
        std::uint32_t group = kEmpty;
        while (slots[slot] != kEmpty) {
            if (keyOf(grouped.groups[slots[slot]]) == key) {
                group = slots[slot];
                break;
            }
            slot = (slot + 1) & mask;
        }
        if (group == kEmpty) {
            group = static_cast<std::uint32_t>(grouped.groups.size());
            grouped.groups.push_back(HistoryGroup{c.frequency, c.recency == 0.0 ? 0.0 : c.recency,
                                                  c.age == 0.0 ? 0.0 : c.age, 0.0});
            slots[slot] = group;
            if (2 * grouped.groups.size() > slots.size()) {  // keep the load factor at most 1/2
                slots.assign(slots.size() * 2, kEmpty);
                mask = slots.size() - 1;
                for (std::uint32_t g = 0; g < grouped.groups.size(); ++g) insertSlot(g);
            }
        }
        grouped.groups[group].customers += 1.0;
        grouped.groupOfCustomer[i] = group;
    }
    grouped.customers = static_cast<double>(customers.size());
    return grouped;
}

}  // namespace crm::clv
