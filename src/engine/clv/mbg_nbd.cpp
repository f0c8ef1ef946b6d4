// MBG/NBD likelihood (with analytic gradient), fit and predictions.
#include "engine/clv/mbg_nbd.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "engine/clv/bgnbd.h"
#include "engine/clv/model_fit.h"
#include "engine/clv/special_functions.h"

namespace crm::clv {
namespace {

struct Row {
    int frequency;
    std::uint32_t recencyIndex, ageIndex;  // into Rows::times
    double weight;
};

// With whole days or weeks, far fewer distinct times than histories: ln(alpha + t) is taken
// once per distinct time.
struct Rows {
    std::vector<Row> rows;
    std::vector<double> times;  // distinct recencies and ages, ascending
};

Rows rowsOf(const GroupedHistories& histories, double timeScale) {
    Rows out;
    for (const HistoryGroup& g : histories.groups)
        if (g.customers > 0.0) {
            out.times.push_back(g.recency * timeScale);
            out.times.push_back(g.age * timeScale);
        }
    std::sort(out.times.begin(), out.times.end());
    out.times.erase(std::unique(out.times.begin(), out.times.end()), out.times.end());
    out.times.shrink_to_fit();
    auto indexOf = [&](double t) {
        return static_cast<std::uint32_t>(std::lower_bound(out.times.begin(), out.times.end(), t) -
                                          out.times.begin());
    };
    out.rows.reserve(histories.groups.size());
    for (const HistoryGroup& g : histories.groups)
        if (g.customers > 0.0)
            out.rows.push_back({g.frequency, indexOf(g.recency * timeScale),
                                indexOf(g.age * timeScale), g.customers});
    return out;
}

// The x-only parts of the likelihood and their derivatives, built once per evaluation as
// running sums: ln G(r+x) - ln G(r) = sum_{k<x} ln(r+k), ln B(a, b+x+1) - ln B(a, b) =
// sum_{k<=x} ln((b+k) / (a+b+k)).
struct PerFrequency {
    std::vector<double> value, dr, da, db, lnBPlusX;
};

PerFrequency perFrequency(const MbgNbdParams& p, int maxFrequency) {
    PerFrequency f;
    const auto n = static_cast<std::size_t>(maxFrequency) + 1;
    f.value.resize(n);
    f.dr.resize(n);
    f.da.resize(n);
    f.db.resize(n);
    f.lnBPlusX.resize(n);
    double lnGammaRatio = 0.0, digammaDiff = 0.0;
    double lnBeta = std::log(p.b / (p.a + p.b));
    double dLnBetaDa = -1.0 / (p.a + p.b), dLnBetaDb = 1.0 / p.b - 1.0 / (p.a + p.b);
    for (std::size_t x = 0; x < n; ++x) {
        f.value[x] = lnGammaRatio + lnBeta;
        f.dr[x] = digammaDiff;
        f.da[x] = dLnBetaDa;
        f.db[x] = dLnBetaDb;
        const double k = static_cast<double>(x);
        f.lnBPlusX[x] = std::log(p.b + k);
        lnGammaRatio += std::log(p.r + k);
        digammaDiff += 1.0 / (p.r + k);
        lnBeta += std::log((p.b + k + 1.0) / (p.a + p.b + k + 1.0));
        dLnBetaDa -= 1.0 / (p.a + p.b + k + 1.0);
        dLnBetaDb += 1.0 / (p.b + k + 1.0) - 1.0 / (p.a + p.b + k + 1.0);
    }
    return f;
}

double sumLogLikelihood(const MbgNbdParams& p, const Rows& in, double* gradient) {
    const std::vector<Row>& rows = in.rows;
    int maxFrequency = 0;
    for (const Row& row : rows) maxFrequency = std::max(maxFrequency, row.frequency);
    const PerFrequency f = perFrequency(p, maxFrequency);
    std::vector<double> lnTimes(in.times.size());
    for (std::size_t i = 0; i < in.times.size(); ++i) lnTimes[i] = std::log(p.alpha + in.times[i]);
    const double lnAlpha = std::log(p.alpha), lnA = std::log(p.a);
    double sum = 0.0, dr = 0.0, dalpha = 0.0, da = 0.0, db = 0.0;
    for (const Row& row : rows) {
        const auto x = static_cast<std::size_t>(row.frequency);
        const double shape = p.r + static_cast<double>(row.frequency);
        const double lnT = lnTimes[row.ageIndex], lnTx = lnTimes[row.recencyIndex];
        const double a3 = -shape * lnT;
        const double a4 = lnA - f.lnBPlusX[x] - shape * lnTx;
        const double e = std::exp(-std::abs(a4 - a3));
        sum += row.weight * (f.value[x] + p.r * lnAlpha + std::max(a3, a4) + std::log1p(e));
        if (!gradient) continue;
        const double share4 = a4 > a3 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        const double share3 = 1.0 - share4;
        const double w = row.weight;
        dr += w * (f.dr[x] + lnAlpha - share3 * lnT - share4 * lnTx);
        dalpha += w * (p.r / p.alpha - shape * (share3 / (p.alpha + in.times[row.ageIndex]) +
                                                share4 / (p.alpha + in.times[row.recencyIndex])));
        da += w * (f.da[x] + share4 / p.a);
        db += w * (f.db[x] - share4 / (p.b + static_cast<double>(row.frequency)));
    }
    if (gradient) {
        gradient[0] = dr;
        gradient[1] = dalpha;
        gradient[2] = da;
        gradient[3] = db;
    }
    return sum;
}

}  // namespace

double mbgNbdLogLikelihood(const MbgNbdParams& p, int frequency, double recency, double age) {
    return sumLogLikelihood(p, Rows{{{frequency, 0, 1, 1.0}}, {recency, age}}, nullptr);
}

double mbgNbdLogLikelihood(const MbgNbdParams& p, const GroupedHistories& histories,
                           std::array<double, 4>* gradient) {
    return sumLogLikelihood(p, rowsOf(histories, 1.0), gradient ? gradient->data() : nullptr);
}

MbgNbdFit fitMbgNbd(const GroupedHistories& histories) {
    detail::ModelFitProblem problem;
    problem.modelName = "MBG/NBD";
    problem.names = {"r", "alpha", "a", "b"};
    problem.isRate = {false, true, false, false};
    problem.starts = {
        {1.0, 1.0, 1.0, 3.0}, {0.3, 0.3, 0.8, 2.5}, {1.0, 1.0, 1.0, 1.0}, {3.0, 3.0, 2.0, 8.0}};
    problem.makeLikelihood = [&histories](double timeScale) {
        return detail::ScaledLogLikelihood(
            [rows = rowsOf(histories, timeScale)](std::span<const double> theta,
                                                  std::span<double> gradient) {
                const MbgNbdParams p{theta[0], theta[1], theta[2], theta[3]};
                return sumLogLikelihood(p, rows, gradient.empty() ? nullptr : gradient.data());
            });
    };
    const detail::ModelFitResult result = detail::fitModel(problem, histories);
    MbgNbdFit fit;
    fit.params = {result.params[0], result.params[1], result.params[2], result.params[3]};
    fit.diagnostics = result.diagnostics;
    return fit;
}

double probabilityAlive(const MbgNbdParams& p, int frequency, double recency, double age) {
    const double x = static_cast<double>(frequency);
    const double logOdds = std::log(p.a) - std::log(p.b + x) +
                           (p.r + x) * std::log1p((age - recency) / (p.alpha + recency));
    if (logOdds > 0.0) {
        const double e = std::exp(-logOdds);
        return e / (1.0 + e);
    }
    return 1.0 / (1.0 + std::exp(logOdds));
}

double expectedPurchasesIfAlive(const MbgNbdParams& p, double t, int frequency, double age) {
    return expectedPurchasesIfAlive(BgNbdParams{p.r, p.alpha, p.a, p.b + 1.0}, t, frequency, age);
}

double expectedPurchases(const MbgNbdParams& p, double t, int frequency, double recency,
                         double age) {
    return probabilityAlive(p, frequency, recency, age) *
           expectedPurchasesIfAlive(p, t, frequency, age);
}

double expectedPurchasesNewCustomer(const MbgNbdParams& p, double t) {
    return expectedPurchases(p, t, 0, 0.0, 0.0);
}

}  // namespace crm::clv
