#pragma once
// The assessment engine's results in the shape the report needs: ids, numbers, one-line
// reasons. engine_scores.cpp is the only file that reads the engine's own types, so a change
// there touches one adapter, and tests can hand the builder exact scores.
#include <optional>
#include <string>
#include <vector>

#include "engine/model/field_value.h"
#include "report/charts/chart_spec.h"

namespace crm::report {

struct ScoreFigure {  // a headline number of a step: NPS, CSAT, coverage...
    int step = 0;
    std::string label{};
    std::optional<double> value{};
    std::string unit{};  // "%", "points", "" ...
    std::string reason{};
};

struct CapabilityGapScore {
    EntityId capabilityId{};
    std::string name{};
    std::optional<double> current{}, target{}, importance{};
    double score = 0.0;  // (target - current) x importance
    std::string reason{};
};

struct AttainmentScore {
    EntityId itemId{};       // KPI or segment objective
    std::string itemKind{};  // "kpi" or "segment_objective"
    std::string name{};
    std::optional<double> progressPct{};  // % of the way from baseline to target
    Rag rag = Rag::None;
    std::string status{};  // "On track", "At risk", "Off track", "Not judged"
    std::string reason{};
};

struct SegmentScore {
    EntityId segmentId{};
    std::optional<double> attractiveness{};  // 0-100
    std::string tier{};                      // "A", "B", "C" or ""
    std::string coverage{};                  // "complete", "partial", "none" in words
    std::string reason{};
};

struct PainScore {
    EntityId painId{};
    std::optional<double> priority{};  // severity x frequency x reach
    bool top = false;
    bool addressed = false;
    std::string reason{};
};

struct QuadrantScore {
    EntityId attributeId{};
    std::string quadrant{};  // "Concentrate here", ...
};

struct ScoreFinding {  // one gap found, shown in the section of its step
    int step = 0;
    Rag rag = Rag::Amber;
    std::string title{};
    std::string detail{};
};

struct RecommendationScore {
    std::string action{};  // the suggested next step
    std::string cause{};   // the finding it is traced to, in words
    std::string impact{};  // "High" / "Medium" / "Low" or a number in words
    int step = 0;          // where the cause can be fixed
};

struct StepCompleteness {
    int step = 0;
    std::optional<double> percent{};
    std::vector<std::string> missing{};
};

struct ReportScores {
    std::optional<double> maturityIndex{};  // 0-100
    std::string maturityLevel{};
    std::string maturityReason{};
    std::optional<double> completenessPct{};
    std::vector<StepCompleteness> completeness{};
    std::vector<ScoreFigure> figures{};
    std::vector<CapabilityGapScore> gaps{};  // ranked, largest first
    std::vector<AttainmentScore> attainment{};
    std::vector<SegmentScore> segments{};
    std::vector<PainScore> pains{};
    std::vector<QuadrantScore> quadrants{};
    std::vector<ScoreFinding> findings{};
    std::vector<RecommendationScore> recommendations{};  // in priority order
};

}  // namespace crm::report
