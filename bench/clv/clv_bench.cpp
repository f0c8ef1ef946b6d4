// Times the BG/NBD fit on CDNOW and grouping + fit on a million simulated customers, plus the
// Gamma-Gamma fit and batch predictions that `crmw analyze` would add. Release builds only.
//
//   clv_bench [--task all|cdnow|million|cdnow-once] [--repetitions N] [--customers N] [--data DIR]
// cdnow-once reads the CSV and fits once, printing the parameters: a target for hyperfine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/gamma_gamma.h"
#include "engine/clv/lifetime_value.h"
#include "engine/clv/simulation.h"

using namespace crm::clv;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string task = "all";
    int repetitions = 0;  // 0: a default per task
    std::size_t customers = 1'000'000;
    std::string dataDir = CLV_BENCH_DATA_DIR;
};

struct Timing {
    double median = 0.0, min = 0.0;  // wall clock, milliseconds
    double cpuMedian = 0.0;          // process CPU time: what the work costs on a busy machine
};

double cpuMilliseconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

Timing timeIt(int repetitions, const std::function<void()>& work) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = Clock::now();
        const double cpuStart = cpuMilliseconds();
        work();
        cpu.push_back(cpuMilliseconds() - cpuStart);
        wall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], wall.front(), cpu[cpu.size() / 2]};
}

std::vector<CustomerSummary> readCdnow(const std::string& dir) {
    std::ifstream in(dir + "/cdnow/cdnow_customers_summary.csv");
    if (!in) {
        std::fprintf(stderr, "cannot open %s/cdnow/cdnow_customers_summary.csv\n", dir.c_str());
        std::exit(2);
    }
    std::vector<CustomerSummary> customers;
    std::string line, id, x, tx, age;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        if (std::getline(fields, id, ',') && std::getline(fields, x, ',') &&
            std::getline(fields, tx, ',') && std::getline(fields, age, ','))
            customers.push_back({std::stoi(x), std::stod(tx), std::stod(age), 0.0});
    }
    return customers;
}

void row(const char* what, const Timing& t, const char* goal) {
    std::printf("| %-54s | %9.3f | %9.3f | %9.3f | %-9s |\n", what, t.median, t.min, t.cpuMedian,
                goal);
}

void benchCdnow(const Options& o) {
    const std::vector<CustomerSummary> customers = readCdnow(o.dataDir);
    const int reps = o.repetitions > 0 ? o.repetitions : 200;
    BgNbdFit fit;
    const Timing whole = timeIt(reps, [&] { fit = fitBgNbd(customers); });
    const GroupedHistories grouped = groupByHistory(customers);
    const Timing fitOnly = timeIt(reps, [&] { fit = fitBgNbd(grouped); });
    BgNbdFitOptions noErrors;
    noErrors.computeStandardErrors = false;
    const Timing bare = timeIt(reps, [&] { fit = fitBgNbd(grouped, noErrors); });
    row("CDNOW BG/NBD: group + fit (2,357 customers)", whole, "<= 5 ms");
    row("CDNOW BG/NBD: fit on 1,016 grouped rows", fitOnly, "");
    row("CDNOW BG/NBD: fit, no standard errors", bare, "");
    const FitDiagnostics& d = fit.diagnostics;
    std::fprintf(stderr,
                 "CDNOW: r=%.6f alpha=%.6f a=%.6f b=%.6f LL=%.4f evaluations=%d starts=%d %s "
                 "gradient=%.2g (%d repetitions)\n",
                 fit.params.r, fit.params.alpha, fit.params.a, fit.params.b, d.logLikelihood,
                 d.functionEvaluations, d.startsRun, d.method.c_str(), d.gradientNorm, reps);
}

void benchMillion(const Options& o) {
    const int reps = o.repetitions > 0 ? o.repetitions : 5;
    const BgNbdParams truth{0.243, 4.414 * 7.0, 0.793, 2.426};  // CDNOW, in days
    std::vector<double> ages(o.customers);
    for (std::size_t i = 0; i < ages.size(); ++i) ages[i] = 189.0 + static_cast<double>(i % 85);
    SimulatedPurchases data;
    const Timing simulation = timeIt(1, [&] {
        data = simulateBgNbd(truth, ages, {0.0, TimeRecording::PurchasePeriods, 42});
    });
    std::vector<int> frequencies;
    for (const CustomerSummary& c : data.customers) frequencies.push_back(c.frequency);
    const std::vector<double> values = simulateAverageValues({6.25, 3.74, 15.44}, frequencies, 43);
    for (std::size_t i = 0; i < values.size(); ++i) data.customers[i].monetary = values[i];

    GroupedHistories grouped;
    BgNbdFit fit;
    const Timing grouping = timeIt(reps, [&] { grouped = groupByHistory(data.customers); });
    const Timing groupAndFit = timeIt(reps, [&] { fit = fitBgNbd(data.customers); });
    GammaGammaFit spend;
    const Timing spendFit = timeIt(reps, [&] { spend = fitGammaGamma(data.customers); });
    std::vector<CustomerPrediction> predictions;
    const Timing predict = timeIt(reps, [&] {
        predictions = predictCustomers(fit.params, spend.params, data.customers, {30.0, {}});
    });
    row("1M customers: simulate (not part of the goal)", simulation, "");
    row("1M customers: group by (x, t_x, T)", grouping, "");
    row("1M customers: group + BG/NBD fit", groupAndFit, "<= 500 ms");
    row("1M customers: Gamma-Gamma fit (repeat customers)", spendFit, "");
    row("1M customers: P(alive), E[purchases], CLV each", predict, "");
    const FitDiagnostics& d = fit.diagnostics;
    std::fprintf(stderr,
                 "1M: %zu rows, r=%.4f alpha=%.3f a=%.4f b=%.4f evaluations=%d starts=%d %s; "
                 "GG p=%.3f q=%.3f v=%.3f (%zu repeat customers, %d evaluations; %d repetitions)\n",
                 grouped.groups.size(), fit.params.r, fit.params.alpha, fit.params.a, fit.params.b,
                 d.functionEvaluations, d.startsRun, d.method.c_str(), spend.params.p,
                 spend.params.q, spend.params.v,
                 static_cast<std::size_t>(spend.diagnostics.customers),
                 spend.diagnostics.functionEvaluations, reps);
}

void fitCdnowOnce(const Options& o) {
    const BgNbdFit fit = fitBgNbd(readCdnow(o.dataDir));
    std::printf("r=%.6f alpha=%.6f a=%.6f b=%.6f LL=%.4f %s\n", fit.params.r, fit.params.alpha,
                fit.params.a, fit.params.b, fit.diagnostics.logLikelihood,
                std::string(toString(fit.diagnostics.status)).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--task")
            o.task = value;
        else if (flag == "--repetitions")
            o.repetitions = std::atoi(value.c_str());
        else if (flag == "--customers")
            o.customers = std::strtoull(value.c_str(), nullptr, 10);
        else if (flag == "--data")
            o.dataDir = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            return 2;
        }
    }
    if (o.task == "cdnow-once") {
        fitCdnowOnce(o);
        return 0;
    }
    std::printf("| %-54s | %9s | %9s | %9s | %-9s |\n", "task", "median ms", "min ms", "CPU ms",
                "goal");
    std::printf("|%s|%s|%s|%s|%s|\n", std::string(56, '-').c_str(), std::string(11, '-').c_str(),
                std::string(11, '-').c_str(), std::string(11, '-').c_str(),
                std::string(11, '-').c_str());
    if (o.task == "all" || o.task == "cdnow") benchCdnow(o);
    if (o.task == "all" || o.task == "million") benchMillion(o);
    return 0;
}
