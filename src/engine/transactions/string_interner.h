#pragma once
// Maps strings to dense indices (customer ids, segments, orders). The strings live once,
// in the caller's vector; the open-addressing table holds keys of up to 11 bytes inline,
// so that a look-up costs one cache miss (the slot), not two (slot, then string).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crm::transactions {

class StringInterner {
  public:
    explicit StringInterner(std::vector<std::string>& strings);

    // A key with its hash and packed form computed, whose table slot is being fetched:
    // preparing keys a line ahead lets the cache misses of a large table overlap other work.
    struct Key {
        std::string_view text;
        std::uint32_t hash = 0;
        std::uint32_t tail = 0;  // packed key, as stored in a slot
        std::uint64_t head = 0;
    };
    Key prepare(std::string_view text) const {
        Key key = pack(text);
        __builtin_prefetch(slots_.data() + (key.hash & mask_));
        return key;
    }

    // Index of the key's text in strings, appending it when new.
    std::uint32_t intern(const Key& key);
    std::uint32_t intern(std::string_view text) { return intern(prepare(text)); }

    static std::uint32_t hashOf(std::string_view text);

  private:
    static constexpr std::size_t kInline = 11;
    // The packed key (see pack()): a short key entirely, a long one as its first 7 bytes
    // and its hash, the full text then being compared in strings_.
    struct Slot {
        std::uint32_t indexPlus1 = 0;  // 0 = empty
        std::uint32_t tail = 0;
        std::uint64_t head = 0;
    };
    static_assert(sizeof(Slot) == 16);

    static Key pack(std::string_view text);
    static std::uint32_t hashOf(const Slot& slot);
    void grow();

    std::vector<std::string>& strings_;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

}  // namespace crm::transactions
