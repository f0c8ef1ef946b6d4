// Sections of steps 6-10: segments and objectives, treatment, monitoring KPIs, alignment and
// capabilities.
#include <algorithm>

#include "report/builder/build_context.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

std::string percentOrEmpty(const std::optional<double>& v) {
    return v ? formatPercentShort(*v, 1) : std::string{};
}

std::string statusText(const AttainmentScore* a) {
    if (!a) return {};
    return a->progressPct ? a->status + " (" + formatPercentShort(*a->progressPct, 0) + ")"
                          : a->status;
}

}  // namespace

Section segmentsSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        6, reportText("Segments & objectives"),
        reportText(
            "The customer groups the strategy treats differently, how attractive each is, and what "
            "the company wants to acquire, develop and retain in each by when."));
    Table segments{
        reportText("Segments"),
        {{reportText("Segment")},
         {reportText("Customers"), Align::Right},
         {moneyHeading(reportText("Revenue"), ctx.assessment.currency), Align::Right},
         {reportText("Margin"), Align::Right},
         {reportText("Growth"), Align::Right},
         {reportText("Fit (1-5)"), Align::Right},
         {moneyHeading(reportText("Value / customer"), ctx.assessment.currency), Align::Right}},
        {},
        reportText("No segment entered.")};
    KeyValueList descriptions{reportText("What each segment is"), {}};
    for (const auto& seg : c.segments) {
        segments.rows.push_back({seg.name, formatCount(seg.customers), formatAmount(seg.revenue),
                                 percentOrEmpty(seg.marginPct), percentOrEmpty(seg.growthPct),
                                 formatCount(seg.strategicFit), formatAmount(seg.customerValue)});
        if (!seg.description.empty()) descriptions.items.push_back({seg.name, seg.description});
    }
    s.blocks.push_back(std::move(segments));
    if (!descriptions.items.empty()) s.blocks.push_back(std::move(descriptions));
    if (ctx.scores) {
        Table priority{reportText("Segment priority and objective coverage"),
                       {{reportText("Segment")},
                        {reportText("Attractiveness"), Align::Right},
                        {reportText("Tier"), Align::Center},
                        {reportText("Coverage")},
                        {reportText("Why")}},
                       {},
                       reportText("No segment scored.")};
        for (const auto& seg : c.segments)
            if (const auto* score = ctx.segmentScore(seg.id))
                priority.rows.push_back(
                    {seg.name, score->attractiveness ? formatValue(*score->attractiveness, 0) : "",
                     score->tier, score->coverage, score->reason});
        s.blocks.push_back(std::move(priority));
    }
    addIfPresent(s, segmentValueBars(ctx));

    Table objectives{reportText("Objectives per segment"),
                     {{reportText("Segment")},
                      {reportText("Kind")},
                      {reportText("Objective")},
                      {reportText("Measure")},
                      {reportText("Baseline \u2192 target")},
                      {reportText("By")},
                      {reportText("Status")}},
                     {},
                     reportText("No segment objective entered.")};
    for (const auto& o : c.segmentObjectives) {
        std::string range = o.baseline || o.target
                                ? withUnit(o.baseline, "") + " \u2192 " + withUnit(o.target, o.unit)
                                : "";
        objectives.rows.push_back({ctx.nameOf(o.segmentId), choiceText(choiceLabel(o.kind)),
                                   o.description, o.measure, range, formatDay(o.targetDate),
                                   statusText(ctx.attainment(o.id))});
    }
    s.blocks.push_back(std::move(objectives));
    for (auto& block : milestoneBlocks(ctx, reportText("Milestones of the segment objectives"),
                                       "segment_objective"))
        s.blocks.push_back(std::move(block));
    addIfPresent(s, ctx.findingsOfStep(6));
    return s;
}

Section treatmentSection(const BuildContext& ctx) {
    Section s = stepSection(
        7, reportText("Segment treatment"),
        reportText(
            "How products, pricing, communications and service are tailored per segment to create "
            "the intended experience."));
    for (const auto& t : ctx.cycle.treatments)
        s.blocks.push_back(
            KeyValueList{ctx.nameOf(t.segmentId),
                         {{reportText("Intended experience"), t.intendedExperience},
                          {reportText("Products"), t.products},
                          {reportText("Pricing"), t.pricing},
                          {reportText("Communications"), t.communications},
                          {reportText("Service"), t.service},
                          {reportText("Pain points addressed"), ctx.namesOf(t.addressedPainIds)}}});
    if (ctx.cycle.treatments.empty())
        s.blocks.push_back(Paragraph{"", reportText("No segment treatment entered.")});
    addIfPresent(s, ctx.findingsOfStep(7));
    return s;
}

Section monitoringSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        8, reportText("Monitoring metrics"),
        reportText(
            "The KPIs that track whether the strategy is carried out, and how far each has moved "
            "from its baseline towards its target."));
    Table kpis{reportText("KPIs"),
               {{reportText("KPI")},
                {reportText("Level")},
                {reportText("Kind")},
                {reportText("Perspective")},
                {reportText("Owner")},
                {reportText("Review")}},
               {},
               reportText("No KPI entered.")};
    Table progress{reportText("Progress"),
                   {{reportText("KPI")},
                    {reportText("Baseline"), Align::Right},
                    {reportText("Since")},
                    {reportText("Target"), Align::Right},
                    {reportText("By")},
                    {reportText("Current"), Align::Right},
                    {reportText("Measured")},
                    {reportText("Status")}},
                   {},
                   reportText("No KPI entered.")};
    for (const auto& k : c.kpis) {
        kpis.rows.push_back(
            {k.name, choiceText(choiceLabel(k.level)), choiceText(choiceLabel(k.kind)),
             choiceText(choiceLabel(k.perspective)), k.owner, choiceText(choiceLabel(k.cadence))});
        // The unit once, with the name, keeps the number columns narrow.
        progress.rows.push_back(
            {k.unit.empty() ? k.name : k.name + " (" + k.unit + ")", formatValue(k.baseline),
             formatDay(k.baselineDate), formatValue(k.target), formatDay(k.targetDate),
             formatValue(k.current), formatDay(k.currentDate), statusText(ctx.attainment(k.id))});
    }
    s.blocks.push_back(std::move(kpis));
    s.blocks.push_back(std::move(progress));
    addIfPresent(s, attainmentBars(ctx));
    for (auto& block : milestoneBlocks(ctx, reportText("Milestones of the KPIs"), "kpi"))
        s.blocks.push_back(std::move(block));
    addIfPresent(s, ctx.figuresOfStep(8, reportText("Balance of the measures")));
    addIfPresent(s, ctx.findingsOfStep(8));
    return s;
}

Section alignmentSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        9, reportText("Alignment"),
        reportText("Which KPI serves which corporate objective. An objective without a KPI is not "
                   "measured; a KPI serving no objective measures something nobody asked for."));
    auto linked = [&](const EntityId& kpi, const EntityId& objective) {
        return std::any_of(c.alignment.begin(), c.alignment.end(), [&](const AlignmentLink& l) {
            return l.kpiId == kpi && l.objectiveId == objective;
        });
    };
    constexpr std::size_t kMatrixMaxObjectives = 5;  // wider matrices do not fit a portrait page
    if (!c.objectives.empty() && c.objectives.size() <= kMatrixMaxObjectives) {
        Table matrix{reportText("KPIs \u00d7 corporate objectives"),
                     {{reportText("KPI")}},
                     {},
                     reportText("No KPI entered.")};
        for (const auto& o : c.objectives) matrix.columns.push_back({o.name, Align::Center});
        for (const auto& k : c.kpis) {
            std::vector<std::string> row{k.name};
            for (const auto& o : c.objectives) row.push_back(linked(k.id, o.id) ? "\u25cf" : "");
            matrix.rows.push_back(std::move(row));
        }
        s.blocks.push_back(std::move(matrix));
    } else {
        Table list{reportText("KPIs and the objectives they serve"),
                   {{reportText("KPI")}, {reportText("Serves")}},
                   {},
                   reportText("No KPI entered.")};
        for (const auto& k : c.kpis) {
            std::vector<EntityId> served;
            for (const auto& o : c.objectives)
                if (linked(k.id, o.id)) served.push_back(o.id);
            list.rows.push_back({k.name, served.empty() ? reportText("\u2014 nothing \u2014")
                                                        : ctx.namesOf(served)});
        }
        s.blocks.push_back(std::move(list));
    }
    addIfPresent(s, ctx.figuresOfStep(9, reportText("Coverage and balance")));
    addIfPresent(s, ctx.findingsOfStep(9));
    return s;
}

Section capabilitiesSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        10, reportText("Capabilities"),
        reportText(
            "Maturity today and targeted for the eight building blocks of CRM and the readiness "
            "areas, what it takes in resources, how the company keeps learning about its "
            "customers, and how goals tie to work plans."));
    Table caps{reportText("Maturity by capability"),
               {{reportText("Capability")},
                {reportText("Group")},
                {reportText("Current"), Align::Right},
                {reportText("Target"), Align::Right},
                {reportText("Importance"), Align::Right},
                {reportText("Gap score"), Align::Right}},
               {},
               reportText("No capability rated.")};
    for (const auto& cap : c.capabilities) {
        const auto* gap = ctx.gap(cap.id);
        caps.rows.push_back({cap.name, choiceText(choiceLabel(cap.group)), formatCount(cap.current),
                             formatCount(cap.target), formatCount(cap.importance),
                             gap ? formatValue(gap->score, 1) : ""});
    }
    s.blocks.push_back(std::move(caps));
    addIfPresent(s, maturityRadar(ctx));
    addIfPresent(s, capabilityGapBars(ctx));

    Table resources{
        reportText("Resource requirements"),
        {{reportText("Category")},
         {reportText("Requirement")},
         {moneyHeading(reportText("Initial cost"), ctx.assessment.currency), Align::Right},
         {moneyHeading(reportText("Ongoing / year"), ctx.assessment.currency), Align::Right},
         {reportText("Owner")}},
        {},
        reportText("No resource requirement entered.")};
    Money initial, ongoing;
    for (const auto& r : c.resources) {
        resources.rows.push_back({choiceText(choiceLabel(r.category)), r.description,
                                  formatAmount(r.initialCost), formatAmount(r.ongoingCostPerYear),
                                  r.owner});
        initial += r.initialCost.value_or(Money{});
        ongoing += r.ongoingCostPerYear.value_or(Money{});
    }
    if (!c.resources.empty())
        resources.rows.push_back(
            {reportText("Total"), "", formatAmount(initial), formatAmount(ongoing), ""});
    s.blocks.push_back(std::move(resources));

    Table learning{reportText("Learning about customers"),
                   {{reportText("What to learn")},
                    {reportText("Source")},
                    {reportText("Refresh")},
                    {reportText("Retire the data when")},
                    {reportText("Owner")}},
                   {},
                   reportText("No learning method entered.")};
    for (const auto& m : c.learningMethods)
        learning.rows.push_back(
            {m.whatToLearn, m.source, choiceText(choiceLabel(m.refresh)), m.retireWhen, m.owner});
    s.blocks.push_back(std::move(learning));

    Table plans{reportText("Goals, work plans and compensation"),
                {{reportText("Corporate objective")},
                 {reportText("Work plan")},
                 {reportText("Owner")},
                 {reportText("Tie to compensation")},
                 {reportText("Review")}},
                {},
                reportText("No goal-to-plan link entered.")};
    for (const auto& g : c.goalPlans)
        plans.rows.push_back({ctx.nameOf(g.objectiveId), g.workPlan, g.owner, g.compensationLink,
                              formatDay(g.reviewDate)});
    s.blocks.push_back(std::move(plans));
    addIfPresent(s, ctx.findingsOfStep(10));
    return s;
}

}  // namespace crm::report
