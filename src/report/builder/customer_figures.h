#pragma once
// What the report shows of imported customer data, taken from the engine's customer analysis.
// Kept as plain figures so the window, the CLI and the tests can fill ReportInputs without
// running the analysis again.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "engine/customers/customer_analysis.h"
#include "engine/model/money.h"
#include "report/charts/chart_spec.h"

namespace crm::report {

struct CustomerGroupFigures {
    std::string name{};  // segment name, or the RFM group in words ("At risk")
    std::size_t customers = 0;
    Money netValue{};
    std::optional<double> meanLifetimeValue{};  // currency units; none without a usable model
    std::optional<double> churnRiskShare{};     // 0..1
};

struct LifetimeValueFigures {
    int months = 12;
    double monthlyDiscountRate = 0.01;
    std::size_t customersModelled = 0;  // customers with a purchase
    std::optional<double> meanLifetimeValue{};
    std::optional<double> totalLifetimeValue{};
    std::size_t churnRiskCustomers = 0;  // P(alive) below the profile's threshold
    double churnThreshold = 0.5;
    bool converged = false;
    std::string modelMessage{};   // the fit's plain-language summary
    std::string purchaseModel{};  // the model the values come from, e.g. "MBG/NBD"
    std::string modelChoice{};    // why that model, in words (empty without a comparison)
};

struct CustomerFigures {
    std::size_t customers = 0;
    Money netValue{};
    std::size_t topCustomers = 0;  // ceil(customers / 5)
    std::optional<double> topShare{};
    std::optional<double> customerShareFor80{};
    std::optional<double> gini{};
    std::size_t negativeCustomers = 0, zeroCustomers = 0;
    std::size_t oneTime = 0, repeat = 0, advanced = 0;  // repeat includes advanced
    std::vector<CustomerGroupFigures> rfmGroups{};      // every group with a customer
    std::string groupBasis{};                           // "segment" or "RFM group"
    std::vector<CustomerGroupFigures> groups{};         // the roll-up rows
    std::optional<LifetimeValueFigures> lifetimeValue{};
};

CustomerFigures customerFiguresFrom(const customers::CustomerAnalysis& analysis,
                                    const customers::AnalysisOptions& options);

// The Lorenz curve of net value with the headline figures as notes.
LorenzChart customerValueCurve(const customers::CustomerAnalysis& analysis);
// Writes the curve's title, axis labels and notes in the report's language (report_text.h).
void describeCurve(LorenzChart& chart);

}  // namespace crm::report
