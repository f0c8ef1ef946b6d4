// Sections of steps 6-10: segments and objectives, treatment, monitoring KPIs, alignment and
// capabilities.
#include <algorithm>

#include "report/builder/build_context.h"
#include "report/number_format.h"

namespace crm::report {
namespace {

std::string percentOrEmpty(const std::optional<double>& v) {
    return v ? formatValue(*v, 1) + "%" : std::string{};
}

std::string statusText(const AttainmentScore* a) {
    if (!a) return {};
    return a->progressPct ? a->status + " (" + formatValue(*a->progressPct, 0) + "%)" : a->status;
}

}  // namespace

Section segmentsSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        6, "Segments & objectives",
        "The customer groups the strategy treats differently, how attractive each is, and what "
        "the company wants to acquire, develop and retain in each by when.");
    Table segments{"Segments",
                   {{"Segment"},
                    {"Customers", Align::Right},
                    {moneyHeading("Revenue", ctx.assessment.currency), Align::Right},
                    {"Margin", Align::Right},
                    {"Growth", Align::Right},
                    {"Fit (1-5)", Align::Right},
                    {moneyHeading("Value / customer", ctx.assessment.currency), Align::Right}},
                   {},
                   "No segment entered."};
    KeyValueList descriptions{"What each segment is", {}};
    for (const auto& seg : c.segments) {
        segments.rows.push_back({seg.name, formatCount(seg.customers), formatAmount(seg.revenue),
                                 percentOrEmpty(seg.marginPct), percentOrEmpty(seg.growthPct),
                                 formatCount(seg.strategicFit), formatAmount(seg.customerValue)});
        if (!seg.description.empty()) descriptions.items.push_back({seg.name, seg.description});
    }
    s.blocks.push_back(std::move(segments));
    if (!descriptions.items.empty()) s.blocks.push_back(std::move(descriptions));
    if (ctx.scores) {
        Table priority{"Segment priority and objective coverage",
                       {{"Segment"},
                        {"Attractiveness", Align::Right},
                        {"Tier", Align::Center},
                        {"Coverage"},
                        {"Why"}},
                       {},
                       "No segment scored."};
        for (const auto& seg : c.segments)
            if (const auto* score = ctx.segmentScore(seg.id))
                priority.rows.push_back(
                    {seg.name, score->attractiveness ? formatValue(*score->attractiveness, 0) : "",
                     score->tier, score->coverage, score->reason});
        s.blocks.push_back(std::move(priority));
    }
    addIfPresent(s, segmentValueBars(ctx));

    Table objectives{"Objectives per segment",
                     {{"Segment"},
                      {"Kind"},
                      {"Objective"},
                      {"Measure"},
                      {"Baseline \u2192 target"},
                      {"By"},
                      {"Status"}},
                     {},
                     "No segment objective entered."};
    for (const auto& o : c.segmentObjectives) {
        std::string range = o.baseline || o.target
                                ? withUnit(o.baseline, "") + " \u2192 " + withUnit(o.target, o.unit)
                                : "";
        objectives.rows.push_back({ctx.nameOf(o.segmentId), std::string(choiceLabel(o.kind)),
                                   o.description, o.measure, range, formatDay(o.targetDate),
                                   statusText(ctx.attainment(o.id))});
    }
    s.blocks.push_back(std::move(objectives));
    for (auto& block :
         milestoneBlocks(ctx, "Milestones of the segment objectives", "segment_objective"))
        s.blocks.push_back(std::move(block));
    addIfPresent(s, ctx.findingsOfStep(6));
    return s;
}

Section treatmentSection(const BuildContext& ctx) {
    Section s = stepSection(
        7, "Segment treatment",
        "How products, pricing, communications and service are tailored per segment to create "
        "the intended experience.");
    for (const auto& t : ctx.cycle.treatments)
        s.blocks.push_back(
            KeyValueList{ctx.nameOf(t.segmentId),
                         {{"Intended experience", t.intendedExperience},
                          {"Products", t.products},
                          {"Pricing", t.pricing},
                          {"Communications", t.communications},
                          {"Service", t.service},
                          {"Pain points addressed", ctx.namesOf(t.addressedPainIds)}}});
    if (ctx.cycle.treatments.empty())
        s.blocks.push_back(Paragraph{"", "No segment treatment entered."});
    addIfPresent(s, ctx.findingsOfStep(7));
    return s;
}

Section monitoringSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        8, "Monitoring metrics",
        "The KPIs that track whether the strategy is carried out, and how far each has moved "
        "from its baseline towards its target.");
    Table kpis{"KPIs",
               {{"KPI"}, {"Level"}, {"Kind"}, {"Perspective"}, {"Owner"}, {"Review"}},
               {},
               "No KPI entered."};
    Table progress{"Progress",
                   {{"KPI"},
                    {"Baseline", Align::Right},
                    {"Since"},
                    {"Target", Align::Right},
                    {"By"},
                    {"Current", Align::Right},
                    {"Measured"},
                    {"Status"}},
                   {},
                   "No KPI entered."};
    for (const auto& k : c.kpis) {
        kpis.rows.push_back({k.name, std::string(choiceLabel(k.level)),
                             std::string(choiceLabel(k.kind)),
                             std::string(choiceLabel(k.perspective)), k.owner,
                             std::string(choiceLabel(k.cadence))});
        // The unit once, with the name, keeps the number columns narrow.
        progress.rows.push_back(
            {k.unit.empty() ? k.name : k.name + " (" + k.unit + ")", formatValue(k.baseline),
             formatDay(k.baselineDate), formatValue(k.target), formatDay(k.targetDate),
             formatValue(k.current), formatDay(k.currentDate), statusText(ctx.attainment(k.id))});
    }
    s.blocks.push_back(std::move(kpis));
    s.blocks.push_back(std::move(progress));
    addIfPresent(s, attainmentBars(ctx));
    for (auto& block : milestoneBlocks(ctx, "Milestones of the KPIs", "kpi"))
        s.blocks.push_back(std::move(block));
    addIfPresent(s, ctx.figuresOfStep(8, "Balance of the measures"));
    addIfPresent(s, ctx.findingsOfStep(8));
    return s;
}

Section alignmentSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s =
        stepSection(9, "Alignment",
                    "Which KPI serves which corporate objective. An objective without a KPI is not "
                    "measured; a KPI serving no objective measures something nobody asked for.");
    auto linked = [&](const EntityId& kpi, const EntityId& objective) {
        return std::any_of(c.alignment.begin(), c.alignment.end(), [&](const AlignmentLink& l) {
            return l.kpiId == kpi && l.objectiveId == objective;
        });
    };
    constexpr std::size_t kMatrixMaxObjectives = 5;  // wider matrices do not fit a portrait page
    if (!c.objectives.empty() && c.objectives.size() <= kMatrixMaxObjectives) {
        Table matrix{"KPIs \u00d7 corporate objectives", {{"KPI"}}, {}, "No KPI entered."};
        for (const auto& o : c.objectives) matrix.columns.push_back({o.name, Align::Center});
        for (const auto& k : c.kpis) {
            std::vector<std::string> row{k.name};
            for (const auto& o : c.objectives) row.push_back(linked(k.id, o.id) ? "\u25cf" : "");
            matrix.rows.push_back(std::move(row));
        }
        s.blocks.push_back(std::move(matrix));
    } else {
        Table list{
            "KPIs and the objectives they serve", {{"KPI"}, {"Serves"}}, {}, "No KPI entered."};
        for (const auto& k : c.kpis) {
            std::vector<EntityId> served;
            for (const auto& o : c.objectives)
                if (linked(k.id, o.id)) served.push_back(o.id);
            list.rows.push_back(
                {k.name, served.empty() ? "\u2014 nothing \u2014" : ctx.namesOf(served)});
        }
        s.blocks.push_back(std::move(list));
    }
    addIfPresent(s, ctx.figuresOfStep(9, "Coverage and balance"));
    addIfPresent(s, ctx.findingsOfStep(9));
    return s;
}

Section capabilitiesSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        10, "Capabilities",
        "Maturity today and targeted for the eight building blocks of CRM and the readiness "
        "areas, what it takes in resources, how the company keeps learning about its "
        "customers, and how goals tie to work plans.");
    Table caps{"Maturity by capability",
               {{"Capability"},
                {"Group"},
                {"Current", Align::Right},
                {"Target", Align::Right},
                {"Importance", Align::Right},
                {"Gap score", Align::Right}},
               {},
               "No capability rated."};
    for (const auto& cap : c.capabilities) {
        const auto* gap = ctx.gap(cap.id);
        caps.rows.push_back({cap.name, std::string(choiceLabel(cap.group)),
                             formatCount(cap.current), formatCount(cap.target),
                             formatCount(cap.importance), gap ? formatValue(gap->score, 1) : ""});
    }
    s.blocks.push_back(std::move(caps));
    addIfPresent(s, maturityRadar(ctx));
    addIfPresent(s, capabilityGapBars(ctx));

    Table resources{"Resource requirements",
                    {{"Category"},
                     {"Requirement"},
                     {moneyHeading("Initial cost", ctx.assessment.currency), Align::Right},
                     {moneyHeading("Ongoing / year", ctx.assessment.currency), Align::Right},
                     {"Owner"}},
                    {},
                    "No resource requirement entered."};
    Money initial, ongoing;
    for (const auto& r : c.resources) {
        resources.rows.push_back({std::string(choiceLabel(r.category)), r.description,
                                  formatAmount(r.initialCost), formatAmount(r.ongoingCostPerYear),
                                  r.owner});
        initial += r.initialCost.value_or(Money{});
        ongoing += r.ongoingCostPerYear.value_or(Money{});
    }
    if (!c.resources.empty())
        resources.rows.push_back({"Total", "", formatAmount(initial), formatAmount(ongoing), ""});
    s.blocks.push_back(std::move(resources));

    Table learning{
        "Learning about customers",
        {{"What to learn"}, {"Source"}, {"Refresh"}, {"Retire the data when"}, {"Owner"}},
        {},
        "No learning method entered."};
    for (const auto& m : c.learningMethods)
        learning.rows.push_back(
            {m.whatToLearn, m.source, std::string(choiceLabel(m.refresh)), m.retireWhen, m.owner});
    s.blocks.push_back(std::move(learning));

    Table plans{
        "Goals, work plans and compensation",
        {{"Corporate objective"}, {"Work plan"}, {"Owner"}, {"Tie to compensation"}, {"Review"}},
        {},
        "No goal-to-plan link entered."};
    for (const auto& g : c.goalPlans)
        plans.rows.push_back({ctx.nameOf(g.objectiveId), g.workPlan, g.owner, g.compensationLink,
                              formatDay(g.reviewDate)});
    s.blocks.push_back(std::move(plans));
    addIfPresent(s, ctx.findingsOfStep(10));
    return s;
}

}  // namespace crm::report
