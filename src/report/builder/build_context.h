#pragma once
// What every section builder needs: the cycle, the scores (if any) and names of items by id.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/assessment.h"
#include "report/builder/report_scores.h"
#include "report/report_data.h"

namespace crm::report {

class BuildContext {
  public:
    BuildContext(const Assessment& assessment, const Cycle& cycle, const ReportScores* scores);

    const Assessment& assessment;
    const Cycle& cycle;
    const ReportScores* scores;  // null when the engine has not scored the cycle

    // The name people gave an item ("Key accounts"), or the id itself when unknown.
    std::string nameOf(const EntityId& id) const;
    std::string namesOf(const std::vector<EntityId>& ids) const;  // "A, B"

    // Score lookups by item id; null when there is none.
    const SegmentScore* segmentScore(const EntityId& id) const;
    const PainScore* painScore(const EntityId& id) const;
    const AttainmentScore* attainment(const EntityId& id) const;
    const CapabilityGapScore* gap(const EntityId& id) const;
    std::string quadrantOf(const EntityId& attributeId) const;

    // The engine's headline figures and findings ("What the assessment found") of one step, as
    // report blocks; nullopt when there are none.
    std::optional<KeyValueList> figuresOfStep(int step, std::string heading) const;
    std::optional<FindingList> findingsOfStep(int step) const;

    // Below the profile's report.draft_below_completeness the report is a draft.
    std::optional<double> completeness() const;
    bool isDraft() const;
    // "The inputs are 2% complete ...; missing: ..." in whole sentences.
    std::string missingInWords() const;
    // Whether an empty list of off-track metrics or capability gaps means anything.
    bool metricsJudged() const;
    bool gapsJudged() const;

  private:
    std::map<EntityId, std::string, std::less<>> names_;
};

// The key of a list's dot colours: one entry per colour its items use, in red, amber, green
// order, with the meaning given for each.
std::vector<LegendEntry> findingKey(const std::vector<Finding>& items, std::string_view red,
                                    std::string_view amber, std::string_view green = "On track");
// A headline number with its unit: "75%", "2 points", "5".
std::string formatFigure(double value, const std::string& unit);
// An entered value with its unit: "12", "12%", "12 days"; empty when there is no value.
std::string withUnit(const std::optional<double>& value, const std::string& unit);

// The section of wizard step `step`: id "step-N", numbered N, blocks still to add.
Section stepSection(int step, std::string title, std::string lead);
// Adds a block that may not exist (figures, findings and charts appear only with data).
template <class Block>
void addIfPresent(Section& section, std::optional<Block> block) {
    if (block) section.blocks.push_back(std::move(*block));
}

// Section builders, one per step, in wizard order (sections_*.cpp).
Section businessStrategySection(const BuildContext& ctx);
Section currentMetricsSection(const BuildContext& ctx);
Section customerPainSection(const BuildContext& ctx);
Section relationshipSection(const BuildContext& ctx);
Section whatMattersSection(const BuildContext& ctx);
Section segmentsSection(const BuildContext& ctx);
Section treatmentSection(const BuildContext& ctx);
Section monitoringSection(const BuildContext& ctx);
Section alignmentSection(const BuildContext& ctx);
Section capabilitiesSection(const BuildContext& ctx);
Section recommendationsSection(const BuildContext& ctx);
Section methodologySection(const BuildContext& ctx);

ExecutiveSummary executiveSummary(const BuildContext& ctx);
// The maturity level in words ("the third of five levels") and drawn as five bands.
std::string maturityInWords(const BuildContext& ctx);
std::optional<Chart> maturityScale(const BuildContext& ctx);
// The title page's facts (company, cycle, dates, profile, cover, draft mark).
void fillTitlePage(TitlePage& title, const BuildContext& ctx, Date reportDate);

// Sections that appear only when there is something to show (sections_changes.cpp,
// sections_workshop.cpp): the comparison with the earlier cycle, the workshop's spread of
// ratings, its parking lot and the evidence appendix.
std::optional<Section> changesSection(const BuildContext& ctx);
std::optional<Section> disagreementSection(const BuildContext& ctx);
std::optional<Section> parkingLotSection(const BuildContext& ctx,
                                         const std::vector<std::string>& stepTitles);
std::optional<Section> evidenceAppendix(const BuildContext& ctx, std::string number);

// Milestones (sections_milestones.cpp): up to kMilestonesInline of an owner kind ("kpi" or
// "segment_objective") are listed in the step; more become counts and a table of what is missed
// or due now, and the full list goes to the appendix "Milestones in full".
inline constexpr std::size_t kMilestonesInline = 12;
bool milestonesInAppendix(const BuildContext& ctx, std::string_view ownerKind);
std::vector<Block> milestoneBlocks(const BuildContext& ctx, std::string heading,
                                   std::string_view ownerKind);
std::optional<Section> milestoneAppendix(const BuildContext& ctx, std::string number);

// The facilitator's deliverables (sections_deliverables.cpp): the cover on the title page, the
// tracked actions ("action-plan", before the recommendations) and the sign-off block
// ("closing", last); both sections also appear when only their narrative is written.
// addNarratives puts each narrative first in the section whose id is its part's key.
void applyCover(TitlePage& title, const ReportCover& cover);
std::optional<Section> actionPlanSection(const BuildContext& ctx);
std::optional<Section> closingSection(const BuildContext& ctx);
void addNarratives(ReportData& report, const Cycle& cycle);

// Customer data in the segments section (sections_customers.cpp); either may be null.
struct CustomerFigures;
// Money is in `currency` (the document's code; empty when not set).
void addCustomerData(Section& section, const LorenzChart* curve, const CustomerFigures* figures,
                     const std::string& currency);
// The models compared, the top customers' ranges and the holdout check
// (sections_customer_models.cpp).
void addModelCheck(Section& section, const CustomerFigures& figures, const std::string& currency);

// Charts built from entered data or scores; nullopt when there is nothing to draw.
std::optional<Chart> maturityRadar(const BuildContext& ctx);
std::optional<Chart> capabilityGapBars(const BuildContext& ctx);
std::optional<Chart> attainmentBars(const BuildContext& ctx);
std::optional<Chart> importancePerformanceScatter(const BuildContext& ctx);
std::optional<Chart> segmentValueBars(const BuildContext& ctx);
std::optional<Chart> relationshipLevelBars(const BuildContext& ctx);

}  // namespace crm::report
