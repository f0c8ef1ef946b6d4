#pragma once
// The imported transaction lines, stored by column so a million lines stay small and fast.
// Customer and segment ids are interned: each line holds an index into the dictionaries.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/model/money.h"

namespace crm::transactions {

struct TransactionTable {
    // One entry per imported line (all vectors have the same length).
    std::vector<std::uint32_t> customer;  // index into customerIds
    std::vector<std::int32_t> day;        // days since 1970-01-01 (date::sys_days count)
    std::vector<std::int64_t> amount;     // net value of the line, thousandths (negative = return)
    std::vector<std::int64_t> cost;       // thousandths; meaningful only when hasCost
    std::vector<std::int32_t>
        quantitySign;  // +1, 0, -1: sign of quantity (or of amount when no quantity column)
    std::vector<std::uint32_t> segment;  // index into segmentNames; meaningful only when hasSegment
    std::vector<std::uint32_t> order;    // index into orderIds; meaningful only when hasOrder
    std::vector<std::uint32_t> sourceLine;  // 1-based physical line number in the input file

    std::vector<std::string> customerIds;
    std::vector<std::string> segmentNames;
    std::vector<std::string> orderIds;
    bool hasCost = false;
    bool hasSegment = false;
    bool hasOrder = false;
    bool hasQuantity = false;

    std::size_t size() const { return customer.size(); }
    // Room for `lines` lines in every column, so filling them does not reallocate.
    void reserve(std::size_t lines) {
        customer.reserve(lines);
        day.reserve(lines);
        amount.reserve(lines);
        cost.reserve(lines);
        quantitySign.reserve(lines);
        segment.reserve(lines);
        order.reserve(lines);
        sourceLine.reserve(lines);
    }
};

}  // namespace crm::transactions
