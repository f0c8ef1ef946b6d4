#pragma once
// How crmw's text output writes numbers, counts and names, the same in every command: thousands
// separators ("1,248,643.48"), a dash for a value that cannot be computed (never "nan"), the
// right plural ("1 customer", "2 customers"), labels instead of keys and names instead of ids.
// JSON output does not use these: it stays machine-readable.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/assessment.h"
#include "engine/model/descriptor.h"

namespace crm::cli {

// What a value that cannot be computed shows as.
inline constexpr std::string_view kNoValue = "\u2014";

std::string grouped(std::uint64_t n);  // 1,234,567
// A number with thousands separators and `decimals` places (1,248,643.48), kNoValue when it is
// not finite. `decimals` < 0: as few places as needed, at most 4 (12, 12.5, 1,200.25).
std::string numberText(double value, int decimals = -1);
std::string numberText(const std::optional<double>& value, int decimals = -1);
// A measured value to four significant digits, never in exponent form: 18.93, 0.5, 1,250,000.
std::string measureText(const std::optional<double>& value);
std::string signedMeasureText(const std::optional<double>& value);  // +6.248, -30, 0
// "1 customer", "2,357 customers"
std::string counted(std::size_t n, std::string_view one, std::string_view many);
// The label of a kind of item in the plural, in running text: "corporate objectives", "KPIs".
std::string pluralLabel(std::string_view label);
std::string countedItems(std::size_t n, const EntityDescriptor& kind);  // "1 pain point"
// Engine messages written for many ("Only 1 customers: ..."): "1 customers" becomes
// "1 customer" (also "1 repeat customers", "1 checks", "1 pts"), for the nouns the engine
// counts.
std::string singularAfterOne(std::string text);

// Columns of text lined up: each column as wide as its widest cell (counted in characters, not
// bytes), two spaces apart, no spaces at the end of a line.
class TextTable {
  public:
    explicit TextTable(std::string alignments) : alignments_(std::move(alignments)) {}  // "lrr"
    void add(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
    bool empty() const { return rows_.empty(); }
    std::string render(std::string_view indent = "  ") const;

  private:
    std::string alignments_;  // 'l' or 'r' per column
    std::vector<std::vector<std::string>> rows_;
};
std::size_t displayWidth(std::string_view utf8);

// Every item of a cycle by id, as a person would name it in a sentence: its name or
// description, a treatment by its segment. For turning ids in engine texts into names.
using ItemNames = std::map<std::string, std::string, std::less<>>;
ItemNames itemNames(const Cycle& cycle);
// Replaces each id of `names` that stands as a word of `text` with the quoted name.
std::string namesForIds(const std::string& text, const ItemNames& names);

}  // namespace crm::cli
