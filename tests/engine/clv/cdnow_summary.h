#pragma once
// Reads tests/data/cdnow/cdnow_customers_summary.csv (ID,frequency,recency,T in weeks).
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/clv/customer_summary.h"

namespace crm::clv::test {

inline std::vector<CustomerSummary> readCdnowSummary() {
    const std::string path = std::string(REFERENCE_DATA_DIR) + "/cdnow/cdnow_customers_summary.csv";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::vector<CustomerSummary> customers;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        std::istringstream fields(line);
        std::string id, x, tx, age;
        std::getline(fields, id, ',');
        std::getline(fields, x, ',');
        std::getline(fields, tx, ',');
        std::getline(fields, age, ',');
        customers.push_back(CustomerSummary{std::stoi(x), std::stod(tx), std::stod(age), 0.0});
    }
    return customers;
}

}  // namespace crm::clv::test
