#pragma once
// Builds a TransactionTable line by line for tests, with the same interning as the importer:
// ids get indices in order of first appearance.
#include <date/date.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/model/money.h"
#include "engine/transactions/transaction_table.h"

namespace crm::customers::testing {

// "2024-06-30" -> days since 1970-01-01.
inline std::int32_t dayOf(std::string_view isoDate) {
    const int y = std::stoi(std::string(isoDate.substr(0, 4)));
    const unsigned m = static_cast<unsigned>(std::stoi(std::string(isoDate.substr(5, 2))));
    const unsigned d = static_cast<unsigned>(std::stoi(std::string(isoDate.substr(8, 2))));
    const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (!ymd.ok()) throw std::invalid_argument("bad date in test");
    return static_cast<std::int32_t>(date::sys_days{ymd}.time_since_epoch().count());
}

inline Money money(std::string_view text) {
    const auto m = parseMoney(text);
    if (!m) throw std::invalid_argument("bad money in test");
    return *m;
}

class TableBuilder {
  public:
    TableBuilder& withCost() {
        table_.hasCost = true;
        return *this;
    }
    TableBuilder& withSegment() {
        table_.hasSegment = true;
        return *this;
    }

    // quantitySign 2 = the sign of the amount, as the importer does without a quantity column.
    TableBuilder& add(const std::string& customer, std::string_view isoDate,
                      std::string_view amount, std::string_view cost = "0",
                      const std::string& segment = "", int quantitySign = 2) {
        const std::int64_t a = money(amount).thousandths;
        table_.customer.push_back(intern(customers_, table_.customerIds, customer));
        table_.day.push_back(dayOf(isoDate));
        table_.amount.push_back(a);
        table_.cost.push_back(money(cost).thousandths);
        table_.quantitySign.push_back(quantitySign != 2 ? quantitySign : (a > 0) - (a < 0));
        table_.segment.push_back(table_.hasSegment ? intern(segments_, table_.segmentNames, segment)
                                                   : 0u);
        table_.order.push_back(0);
        table_.sourceLine.push_back(static_cast<std::uint32_t>(table_.customer.size() + 1));
        return *this;
    }

    const transactions::TransactionTable& table() const { return table_; }

  private:
    static std::uint32_t intern(std::unordered_map<std::string, std::uint32_t>& index,
                                std::vector<std::string>& names, const std::string& name) {
        const auto [it, inserted] =
            index.try_emplace(name, static_cast<std::uint32_t>(names.size()));
        if (inserted) names.push_back(name);
        return it->second;
    }

    transactions::TransactionTable table_;
    std::unordered_map<std::string, std::uint32_t> customers_;
    std::unordered_map<std::string, std::uint32_t> segments_;
};

}  // namespace crm::customers::testing
