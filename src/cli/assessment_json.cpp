#include "cli/assessment_json.h"

#include "cli/json_values.h"

namespace crm::cli {

namespace {

using Json = nlohmann::ordered_json;
using namespace crm::assessment;

Json scoreJson(const Score& s) {
    Json inputs = Json::array();
    for (const auto& i : s.inputs)
        inputs.push_back({{"name", i.name}, {"value", valueOrNull(i.value)}, {"ref", i.ref}});
    return {{"value", valueOrNull(s.value)},
            {"unit", s.unit},
            {"reason_code", s.reasonCode},
            {"reason", s.reason},
            {"step", s.step},
            {"item_id", s.itemId},
            {"inputs", inputs}};
}

Json maturityJson(const MaturityIndex& m) {
    return {{"index", scoreJson(m.index)},
            {"level", m.level ? Json(maturityLevelKey(*m.level)) : Json(nullptr)},
            {"rated", m.rated}};
}

Json attainmentJson(const std::vector<MetricAttainment>& list) {
    Json out = Json::array();
    for (const auto& a : list)
        out.push_back({{"item_id", a.itemId},
                       {"kind", a.itemKind},
                       {"name", a.name},
                       {"direction", choiceKey(a.direction)},
                       {"baseline", valueOrNull(a.baseline)},
                       {"target", valueOrNull(a.target)},
                       {"current", valueOrNull(a.current)},
                       {"expected", valueOrNull(a.expectedValue)},
                       {"status", statusKey(a.status)},
                       {"progress", scoreJson(a.progress)}});
    return out;
}

Json segmentsJson(const AssessmentResult& r) {
    Json out = Json::array();
    for (const auto& s : r.segments) {
        Json criteria = Json::object();
        for (const auto& c : s.criteria)
            criteria[std::string(criterionKey(c.criterion))] = {
                {"raw", valueOrNull(c.raw)},
                {"normalised", valueOrNull(c.normalised)},
                {"weight", c.weight}};
        out.push_back({{"segment_id", s.segmentId},
                       {"name", s.name},
                       {"rank", s.rank},
                       {"tier", tierKey(s.tier)},
                       {"attractiveness", scoreJson(s.attractiveness)},
                       {"criteria", criteria}});
    }
    return out;
}

Json coverageJson(const AssessmentResult& r) {
    Json out = Json::array();
    for (const auto& s : r.coverage) {
        Json kinds = Json::object();
        for (const auto& k : s.kinds)
            kinds[std::string(choiceKey(k.kind))] = {{"present", k.present},
                                                     {"measurable", k.measurable},
                                                     {"dated", k.dated},
                                                     {"has_milestone", k.hasMilestone},
                                                     {"objective_id", k.objectiveId}};
        out.push_back({{"segment_id", s.segmentId},
                       {"name", s.name},
                       {"kinds", kinds},
                       {"score", scoreJson(s.score)}});
    }
    return out;
}

Json capabilitiesJson(const CapabilityResult& c) {
    Json gaps = Json::array();
    for (const auto& g : c.gaps)
        gaps.push_back({{"capability_id", g.capabilityId},
                        {"name", g.name},
                        {"area", g.areaKey},
                        {"group", choiceKey(g.group)},
                        {"current", valueOrNull(g.current)},
                        {"target", valueOrNull(g.target)},
                        {"importance", g.importance},
                        {"gap", valueOrNull(g.gap)},
                        {"rank", g.rank},
                        {"weighted_gap", scoreJson(g.weightedGap)}});
    return {{"overall", maturityJson(c.overall)},
            {"target", maturityJson(c.target)},
            {"building_blocks", maturityJson(c.buildingBlocks)},
            {"readiness", maturityJson(c.readiness)},
            {"gaps", gaps}};
}

Json alignmentJson(const AlignmentResult& a) {
    Json objectives = Json::array();
    for (const auto& o : a.objectives)
        objectives.push_back(
            {{"objective_id", o.objectiveId}, {"name", o.name}, {"kpi_ids", o.kpiIds}});
    Json kpis = Json::array();
    for (const auto& k : a.kpis)
        kpis.push_back({{"kpi_id", k.kpiId}, {"name", k.name}, {"objective_ids", k.objectiveIds}});
    return {{"objective_coverage", scoreJson(a.objectiveCoverage)},
            {"kpi_usage", scoreJson(a.kpiUsage)},
            {"strategy_share", scoreJson(a.strategyShare)},
            {"objective_share", scoreJson(a.objectiveShare)},
            {"outside_in_share", scoreJson(a.outsideInShare)},
            {"outside_in", a.outsideIn},
            {"objectives", objectives},
            {"kpis", kpis}};
}

Json painJson(const PainResult& p) {
    Json ranked = Json::array();
    for (const auto& x : p.ranked)
        ranked.push_back({{"pain_id", x.painId},
                          {"description", x.description},
                          {"rank", x.rank},
                          {"top", x.top},
                          {"status", painStatusKey(x.status)},
                          {"priority", scoreJson(x.priority)}});
    return {{"top_count", p.topCount},
            {"top_addressed", scoreJson(p.topAddressed)},
            {"ranked", ranked}};
}

Json ipaJson(const std::vector<AttributeQuadrant>& list) {
    Json out = Json::array();
    for (const auto& a : list)
        out.push_back({{"rating_id", a.ratingId},
                       {"attribute", a.attribute},
                       {"segment", a.segmentName},
                       {"importance", valueOrNull(a.importance)},
                       {"performance", valueOrNull(a.performance)},
                       {"quadrant", a.quadrant ? Json(quadrantKey(*a.quadrant)) : Json(nullptr)},
                       {"score", scoreJson(a.score)}});
    return out;
}

Json completenessJson(const CompletenessResult& c) {
    Json steps = Json::array();
    for (const auto& s : c.steps)
        steps.push_back({{"step", s.step},
                         {"title", s.title},
                         {"score", scoreJson(s.score)},
                         {"missing", s.missing}});
    return {{"overall", scoreJson(c.overall)}, {"steps", steps}};
}

}  // namespace

nlohmann::ordered_json assessmentJson(const AssessmentResult& r,
                                      const std::vector<std::string>& notApplicable) {
    Json findings = Json::array();
    for (const auto& f : r.findings)
        findings.push_back({{"id", f.id},
                            {"code", f.code},
                            {"category", categoryKey(f.category)},
                            {"step", f.step},
                            {"item_id", f.itemId},
                            {"item_kind", f.itemKind},
                            {"item_name", f.itemName},
                            {"message", f.message},
                            {"severity", f.severity}});
    Json recommendations = Json::array();
    for (const auto& rec : r.recommendations)
        recommendations.push_back({{"rank", rec.rank},
                                   {"finding_id", rec.findingId},
                                   {"impact", impactKey(rec.impact)},
                                   {"impact_score", rec.impactScore},
                                   {"step", rec.step},
                                   {"item_id", rec.itemId},
                                   {"action", rec.action},
                                   {"because", rec.because}});
    return {{"format", "crm-workbench-assessment-scores"},
            {"version", 1},
            {"cycle",
             {{"id", r.cycleId},
              {"name", r.cycleName},
              {"assessment_date",
               r.assessmentDate ? Json(formatDate(*r.assessmentDate)) : Json(nullptr)}}},
            {"profile", {{"name", r.profileName}, {"hash", r.profileHash}}},
            {"not_applicable", notApplicable},
            {"completeness", completenessJson(r.completeness)},
            {"relationship",
             {{"nps", scoreJson(r.relationship.nps)},
              {"csat", scoreJson(r.relationship.csat)},
              {"perception_gap", scoreJson(r.relationship.perceptionGap)}}},
            {"capabilities", capabilitiesJson(r.capabilities)},
            {"attainment", attainmentJson(r.attainment)},
            {"segments", segmentsJson(r)},
            {"coverage", coverageJson(r)},
            {"alignment", alignmentJson(r.alignment)},
            {"pain", painJson(r.pain)},
            {"importance_performance", ipaJson(r.importancePerformance)},
            {"findings", findings},
            {"recommendations", recommendations}};
}

}  // namespace crm::cli
