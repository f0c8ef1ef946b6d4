// The two-page executive brief: where we stand, what we decided, what we ask, what it costs,
// the top risks and the next milestones. Every text is a whole sentence; lists are capped by
// count, never cut mid-word, so the brief stays at two pages.
#include <algorithm>

#include "engine/reset/cycle_comparison.h"
#include "engine/workshop/rating_spread.h"
#include "report/builder/build_context.h"
#include "report/builder/engine_scores.h"
#include "report/builder/report_builder.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

constexpr std::size_t kTopSegments = 3;
constexpr std::size_t kTopRisks = 3;
constexpr std::size_t kMaxAsks = 5;
constexpr std::size_t kNextMilestones = 5;
// German runs about a fifth longer than English: the brief keeps to two pages by listing fewer
// milestones (the note below the table says how many more the full report has).
constexpr std::size_t kNextMilestonesLongerLanguage = 2;

Section briefSection(std::string id, std::string title) {
    return Section{std::move(id), "", std::move(title), "", {}};
}

Section whereWeStand(const BuildContext& ctx) {
    Section s = briefSection("brief-stand", reportText("Where we stand"));
    const ExecutiveSummary summary = executiveSummary(ctx);
    if (!summary.scored) {
        s.blocks.push_back(Paragraph{"", summary.note});
        return s;
    }
    s.blocks.push_back(Paragraph{"", maturityInWords(ctx)});
    addIfPresent(s, maturityScale(ctx));
    if (!summary.headlineFigures.empty())
        s.blocks.push_back(KeyValueList{"", summary.headlineFigures});
    if (ctx.isDraft()) s.blocks.push_back(Paragraph{"", ctx.missingInWords()});
    return s;
}

Section whatWeDecided(const BuildContext& ctx) {
    Section s = briefSection("brief-decided", reportText("What we decided"));
    Table objectives{reportText("Corporate objectives"),
                     {{reportText("Objective")},
                      {reportText("Measurable target")},
                      {reportText("By"), Align::Right}},
                     {},
                     reportText("No corporate objective has been entered yet.")};
    for (const auto& o : ctx.cycle.objectives)
        objectives.rows.push_back({o.name, o.target, formatDay(o.horizon)});
    s.blocks.push_back(std::move(objectives));

    std::vector<const Segment*> ranked;
    for (const auto& seg : ctx.cycle.segments) ranked.push_back(&seg);
    auto attractiveness = [&](const Segment* seg) {
        const SegmentScore* score = ctx.segmentScore(seg->id);
        return score && score->attractiveness ? *score->attractiveness : -1.0;
    };
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Segment* a, const Segment* b) {
        return attractiveness(a) > attractiveness(b);
    });
    Table segments{reportText("The segments we put first"),
                   {{reportText("Segment")},
                    {reportText("Priority"), Align::Center},
                    {reportText("What they should experience")}},
                   {},
                   reportText("No segment has been entered yet.")};
    for (std::size_t i = 0; i < ranked.size() && i < kTopSegments; ++i) {
        const SegmentScore* score = ctx.segmentScore(ranked[i]->id);
        std::string experience;
        for (const auto& t : ctx.cycle.treatments)
            if (t.segmentId == ranked[i]->id) experience = t.intendedExperience;
        segments.rows.push_back(
            {ranked[i]->name,
             score && !score->tier.empty() ? reportFormat("Tier {0}", score->tier) : "",
             experience.empty() ? reportText("No treatment written yet.") : experience});
    }
    s.blocks.push_back(std::move(segments));
    return s;
}

struct Budget {
    Money initial, yearly;
    std::size_t count = 0;
};

Budget budgetOf(const Cycle& cycle) {
    Budget b;
    for (const auto& r : cycle.resources) {
        if (r.initialCost) b.initial += *r.initialCost;
        if (r.ongoingCostPerYear) b.yearly += *r.ongoingCostPerYear;
        ++b.count;
    }
    return b;
}

Section whatWeAsk(const BuildContext& ctx) {
    Section s = briefSection("brief-asks", reportText("What we ask of you"));
    const std::string& currency = ctx.assessment.currency;
    Table asks{"",
               {{"#", Align::Right}, {reportText("We ask you to")}, {reportText("Because")}},
               {},
               reportText("Nothing is asked of the executives yet: the plan has no budget, "
                          "recommendation or open action.")};
    auto add = [&](std::string ask, std::string because) {
        if (asks.rows.size() < kMaxAsks)
            asks.rows.push_back(
                {std::to_string(asks.rows.size() + 1), std::move(ask), std::move(because)});
    };
    const Budget budget = budgetOf(ctx.cycle);
    if (budget.count > 0)
        add(reportFormat("Approve the budget of {0} to start and {1} a year.",
                         formatAmountIn(budget.initial, currency),
                         formatAmountIn(budget.yearly, currency)),
            reportFormat("The {0} resources of the plan need it; the costs are listed below.",
                         std::to_string(budget.count)));
    if (ctx.scores)
        for (const auto& r : ctx.scores->recommendations) {
            if (asks.rows.size() >= 3) break;
            add(reportFormat("Decide: {0}", r.action), r.cause);
        }
    std::size_t open = 0, withoutOwner = 0;
    const ActionItem* next = nullptr;
    for (const auto& a : ctx.cycle.actions) {
        if (a.status == ActionStatus::Done || a.status == ActionStatus::Dropped) continue;
        ++open;
        if (a.owner.empty()) ++withoutOwner;
        if (a.due && (!next || !next->due || *a.due < *next->due)) next = &a;
    }
    if (withoutOwner > 0)
        add(reportFormat("Name an owner for the {0} open actions that have none.",
                         std::to_string(withoutOwner)),
            reportText("An action without an owner is not done."));
    else if (open > 0 && next)
        add(reportFormat("Hold the owners of the {0} open actions to their dates.",
                         std::to_string(open)),
            reportFormat("The next one due is \u201c{0}\u201d, owned by {1}, on {2}.", next->title,
                         next->owner, formatDay(next->due)));
    s.blocks.push_back(std::move(asks));
    return s;
}

Section whatItCosts(const BuildContext& ctx) {
    Section s = briefSection("brief-costs", reportText("What it costs"));
    const std::string& currency = ctx.assessment.currency;
    const Budget budget = budgetOf(ctx.cycle);
    Table costs{"",
                {{reportText("Resource")},
                 {moneyHeading(reportText("To start"), currency), Align::Right},
                 {moneyHeading(reportText("Per year"), currency), Align::Right},
                 {reportText("Owner")}},
                {},
                reportText("No resource has been costed yet, so the plan has no budget.")};
    for (const auto& r : ctx.cycle.resources)
        costs.rows.push_back({r.description, formatAmount(r.initialCost),
                              formatAmount(r.ongoingCostPerYear), r.owner});
    if (budget.count > 0)
        costs.rows.push_back(
            {reportText("Total"), formatAmount(budget.initial), formatAmount(budget.yearly), ""});
    s.blocks.push_back(std::move(costs));
    return s;
}

Section topRisks(const BuildContext& ctx) {
    Section s = briefSection("brief-risks", reportText("Top risks"));
    FindingList risks{"", {}, ""};
    if (!ctx.scores) {
        risks.emptyText = reportText("Risks cannot be judged: the cycle has not been scored.");
        s.blocks.push_back(std::move(risks));
        return s;
    }
    std::size_t metrics = 0;
    for (const auto& a : ctx.scores->attainment) {
        if (a.rag != Rag::Red || metrics == kTopRisks) continue;
        ++metrics;
        risks.items.push_back({a.rag, reportFormat("Off track: {0}", a.name),
                               a.progressPct ? reportFormat("It is {0} of the way to its target.",
                                                            formatPercentShort(*a.progressPct, 0))
                                             : ""});
    }
    std::size_t gaps = 0;
    for (const auto& g : ctx.scores->gaps) {
        if (g.score <= 0.0 || gaps == kTopRisks) continue;
        ++gaps;
        risks.items.push_back({Rag::Amber, reportFormat("Capability gap: {0}", g.name),
                               reportFormat("Rated {0} of 5 today against a target of {1}.",
                                            formatValue(g.current), formatValue(g.target))});
    }
    risks.key = findingKey(risks.items, reportText("A metric off track"),
                           reportText("A capability below its target"));
    risks.emptyText =
        ctx.metricsJudged() || ctx.gapsJudged()
            ? reportText("No metric is off track and no capability is below its target.")
            : reportText(
                  "Risks cannot be judged yet: no metric has a current value and no "
                  "capability has both ratings.");
    s.blocks.push_back(std::move(risks));
    return s;
}

std::string milestoneSubject(const BuildContext& ctx, const Milestone& m, std::string* unit) {
    for (const auto& o : ctx.cycle.segmentObjectives)
        if (o.id == m.ownerId) {
            *unit = o.unit;
            return ctx.nameOf(o.segmentId) + ": " + (o.measure.empty() ? o.description : o.measure);
        }
    for (const auto& k : ctx.cycle.kpis)
        if (k.id == m.ownerId) {
            *unit = k.unit;
            return k.name;
        }
    return ctx.nameOf(m.ownerId);
}

Section nextMilestones(const BuildContext& ctx) {
    Section s = briefSection("brief-milestones", reportText("Next milestones"));
    std::vector<const Milestone*> upcoming;
    const std::optional<Date> from = ctx.cycle.assessmentDate;
    for (const auto& m : ctx.cycle.milestones)
        if (m.due && (!from || *m.due > *from)) upcoming.push_back(&m);
    std::stable_sort(upcoming.begin(), upcoming.end(),
                     [](const Milestone* a, const Milestone* b) { return *a->due < *b->due; });
    Table table{"",
                {{reportText("Due"), Align::Left},
                 {reportText("What")},
                 {reportText("Target"), Align::Right}},
                {},
                reportText("No milestone is due after the assessment date.")};
    const std::size_t shown =
        reportLanguage() == "en" ? kNextMilestones : kNextMilestonesLongerLanguage;
    for (std::size_t i = 0; i < upcoming.size() && i < shown; ++i) {
        std::string unit;
        std::string subject = milestoneSubject(ctx, *upcoming[i], &unit);
        table.rows.push_back(
            {formatDay(upcoming[i]->due), subject, withUnit(upcoming[i]->target, unit)});
    }
    s.blocks.push_back(std::move(table));
    if (upcoming.size() > shown)
        s.blocks.push_back(
            Paragraph{"", reportFormat("{0} later milestones are listed in the full report.",
                                       std::to_string(upcoming.size() - shown))});
    return s;
}

}  // namespace

ReportData buildBriefData(const Assessment& assessment, const Cycle& cycle,
                          const ReportInputs& inputs) {
    const ReportLanguage language(assessment.language);
    BuildContext ctx(assessment, cycle, inputs.scores ? &*inputs.scores : nullptr);
    ReportData data;
    data.language = reportLanguage();
    data.kind = ReportKind::Brief;
    fillTitlePage(data.title, ctx, inputs.reportDate);
    data.title.reportTitle = reportText("Executive brief");
    for (auto* make :
         {whereWeStand, whatWeDecided, whatWeAsk, whatItCosts, topRisks, nextMilestones})
        data.sections.push_back(make(ctx));
    return data;
}

std::optional<ReportData> buildBrief(const Assessment& assessment, const EntityId& cycleId,
                                     Date reportDate, std::string* error) {
    const Cycle* cycle = cycleId.empty() ? assessment.currentCycle()
                                         : reset::findCycleByIdOrName(assessment, cycleId);
    if (!cycle) {
        if (error)
            *error = cycleId.empty() ? "the assessment has no cycle to report on"
                                     : "there is no cycle '" + cycleId + "' in the assessment";
        return std::nullopt;
    }
    ReportInputs inputs{reportDate, std::nullopt, std::nullopt, {}};
    const Cycle effective =
        workshop::effectiveCycle(*cycle, assessment.profile, &inputs.notApplicable);
    inputs.scores = scoreForReport(assessment, effective);
    return buildBriefData(assessment, effective, inputs);
}

}  // namespace crm::report
