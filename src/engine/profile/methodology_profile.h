#pragma once
// Every weight, threshold and band edge the scores use. It is data stored in the document,
// so a facilitator can tune it and two reports can say which profile they used.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crm {

struct ProfileParameter {
    std::string_view key;
    std::string_view meaning;
    double defaultValue;
};

// The parameters in a fixed order: the order of the hash and of the file.
const std::vector<ProfileParameter>& profileParameters();

class MethodologyProfile {
  public:
    MethodologyProfile();  // the built-in defaults

    std::string name = "Workbench default";

    double value(std::string_view key) const;  // throws std::out_of_range on an unknown key
    bool setValue(std::string_view key, double value);  // false for an unknown key
    const std::vector<double>& values() const { return values_; }

    // FNV-1a 64 over the name and "key=value" lines with shortest round-trip numbers.
    std::string hash() const;

    bool operator==(const MethodologyProfile&) const = default;

  private:
    std::vector<double> values_;
};

}  // namespace crm
