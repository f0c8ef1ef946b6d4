// Changing one parameter of the methodology profile changes exactly the results that depend on it.
#include <map>
#include <set>

#include "engine/assessment/assessment_result.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

namespace {

// The parts of a result, compared one by one.
std::set<std::string> changedParts(const AssessmentResult& a, const AssessmentResult& b) {
    std::set<std::string> out;
    if (a.attainment != b.attainment) out.insert("attainment");
    if (a.segments != b.segments) out.insert("segments");
    if (a.coverage != b.coverage) out.insert("coverage");
    if (a.capabilities != b.capabilities) out.insert("capabilities");
    if (a.alignment != b.alignment) out.insert("alignment");
    if (a.pain != b.pain) out.insert("pain");
    if (a.importancePerformance != b.importancePerformance) out.insert("ipa");
    if (a.relationship != b.relationship) out.insert("relationship");
    if (a.completeness != b.completeness) out.insert("completeness");
    if (a.findings != b.findings) out.insert("findings");
    if (a.recommendations != b.recommendations) out.insert("recommendations");
    return out;
}

using Parts = std::set<std::string>;

// What each parameter may change (docs/methodology.md, "Which parameter moves which result"), and
// the part it must change on the rich cycle.
struct Dependency {
    std::string primary;  // empty: no result of the assessment engine uses it
    Parts allowed;
};

Dependency dependencyOf(const std::string& key) {
    auto starts = [&](const char* prefix) { return key.rfind(prefix, 0) == 0; };
    if (starts("attainment.")) return {"attainment", {"attainment", "findings", "recommendations"}};
    if (starts("segment.")) return {"segments", {"segments"}};
    if (starts("maturity.")) return {"capabilities", {"capabilities"}};
    if (starts("gap.")) return {"capabilities", {"capabilities", "findings", "recommendations"}};
    if (starts("pain.")) return {"pain", {"pain", "findings", "recommendations"}};
    if (starts("alignment.")) return {"alignment", {"alignment", "findings", "recommendations"}};
    if (starts("ipa.")) return {"ipa", {"ipa", "findings", "recommendations"}};
    if (starts("relationship."))
        return {"relationship", {"relationship", "findings", "recommendations"}};
    if (starts("recommendation.")) return {"recommendations", {"recommendations"}};
    return {};  // workshop.*, customers.*: used by other parts of the engine
}

// A new value for each parameter that moves the rich cycle's results.
const std::map<std::string, double>& perturbations() {
    static const std::map<std::string, double> values = {
        {"attainment.on_track_ratio", 0.85},  // k-aht and k-fcr (0.90) become on track
        {"attainment.at_risk_ratio", 0.65},   // k-repeat (0.70) becomes at risk
        {"segment.weight.size", 0.5},
        {"segment.weight.revenue", 0.5},
        {"segment.weight.margin", 0.5},
        {"segment.weight.growth", 0.5},
        {"segment.weight.fit", 0.5},
        {"segment.weight.value", 0.5},
        {"segment.tier_a_min", 90},
        {"segment.tier_b_min", 10},
        {"maturity.band.practicing", 5},
        {"maturity.band.optimizing", 30},
        {"maturity.band.leading", 45},
        {"maturity.band.maximum_value", 50},
        {"gap.default_importance", 5},
        {"pain.top_count", 1},
        {"alignment.min_outside_in_share", 0.9},
        {"alignment.min_minority_share", 0.45},
        {"ipa.midpoint", 2},
        {"recommendation.max_count", 3},
        {"workshop.disagreement_sd", 2},
        {"customers.churn_risk_p_alive", 0.25},
        {"relationship.nps_min", 40},
        {"relationship.csat_min", 90},
        {"relationship.perception_gap_min", 5},
        {"recommendation.impact_high_min", 20},
        {"recommendation.impact_medium_min", 5},
        {"recommendation.weight.attainment", 0.1},
        {"recommendation.weight.coverage", 0.1},
        {"recommendation.weight.capability", 0.1},
        {"recommendation.weight.alignment", 0.1},
        {"recommendation.weight.pain", 0.1},
        {"recommendation.weight.ipa", 0.1},
        {"recommendation.weight.relationship", 0.1},
        {"recommendation.weight.completeness", 0.1},
    };
    return values;
}

}  // namespace

TEST_CASE("profile: changing segment.weight.revenue changes segment priority and nothing else",
          "[assessment][profile]") {
    const Cycle cycle = richCycle();
    const MethodologyProfile base;
    MethodologyProfile changed = base;
    changed.setValue("segment.weight.revenue", 0.5);
    const auto before = assess(cycle, base);
    const auto after = assess(cycle, changed);
    CHECK(changedParts(before, after) == Parts{"segments"});
    CHECK(before.profileHash != after.profileHash);
}

TEST_CASE("profile: every parameter changes exactly the results that depend on it",
          "[assessment][profile][property]") {
    const Cycle cycle = richCycle();
    MethodologyProfile base;
    base.setValue("recommendation.max_count",
                  1000);  // every finding recommended, so every weight shows
    const auto before = assess(cycle, base);
    for (const auto& parameter : profileParameters()) {
        const std::string key(parameter.key);
        INFO("parameter " << key);
        // Parameters added later by other parts of the engine get a generic change; they must not
        // move any assessment result unless dependencyOf() says so.
        auto it = perturbations().find(key);
        const double value =
            it != perturbations().end() ? it->second : parameter.defaultValue * 2.0 + 1.0;
        MethodologyProfile changed = base;
        REQUIRE(changed.setValue(key, value));
        const auto after = assess(cycle, changed);
        const Parts changedNow = changedParts(before, after);
        const Dependency dependency = dependencyOf(key);
        for (const auto& part : changedNow) {
            INFO("changed part " << part);
            CHECK(dependency.allowed.count(part) == 1);
        }
        if (!dependency.primary.empty()) CHECK(changedNow.count(dependency.primary) == 1);
    }
}
