// Sections of steps 1-5: strategy, metrics today, customer pain, relationship state and
// what matters to customers. Tables show what the facilitator entered, plus the engine's
// judgement of it when the cycle has been scored.
#include <algorithm>

#include "report/builder/build_context.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

std::string orNotEntered(const std::string& text) {
    return text.empty() ? reportText("Not entered.") : text;
}

std::string rating(const std::optional<std::int64_t>& value) { return formatCount(value); }

}  // namespace

Section businessStrategySection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        1, reportText("Business strategy"),
        reportText("What the company wants to achieve, how it makes money and who its customer is: "
                   "the frame every customer strategy below must serve."));
    s.blocks.push_back(
        Paragraph{reportText("How the firm makes money"), orNotEntered(c.statement.businessModel)});
    s.blocks.push_back(
        Paragraph{reportText("Who the customer is"), orNotEntered(c.statement.customerDefinition)});
    s.blocks.push_back(
        Paragraph{reportText("Value proposition"), orNotEntered(c.statement.valueProposition)});

    Table objectives{reportText("Corporate objectives"),
                     {{reportText("Objective")},
                      {reportText("Measurable target")},
                      {reportText("Target value"), Align::Right},
                      {reportText("Horizon")}},
                     {},
                     reportText("No corporate objective entered.")};
    for (const auto& o : c.objectives)
        objectives.rows.push_back(
            {o.name, o.target, withUnit(o.targetValue, o.unit), formatDay(o.horizon)});
    s.blocks.push_back(std::move(objectives));

    Table priorities{reportText("Strategic priorities"),
                     {{"#", Align::Right}, {reportText("Priority")}},
                     {},
                     reportText("No strategic priority entered.")};
    for (std::size_t i = 0; i < c.priorities.size(); ++i)
        priorities.rows.push_back({std::to_string(i + 1), c.priorities[i].text});
    s.blocks.push_back(std::move(priorities));
    return s;
}

Section currentMetricsSection(const BuildContext& ctx) {
    Section s = stepSection(
        2, reportText("Current metrics"),
        reportText(
            "The measures customer-facing departments are judged by today, with their baselines."));
    std::vector<const CurrentMetric*> metrics;
    for (const auto& m : ctx.cycle.metrics) metrics.push_back(&m);
    std::stable_sort(metrics.begin(), metrics.end(),
                     [](const auto* a, const auto* b) { return a->department < b->department; });
    Table table{reportText("Metrics in use, by department"),
                {{reportText("Department")},
                 {reportText("Metric")},
                 {reportText("Better when")},
                 {reportText("Baseline"), Align::Right},
                 {reportText("Baseline date")},
                 {reportText("Source")},
                 {reportText("Owner")}},
                {},
                reportText("No current metric entered.")};
    for (const auto* m : metrics)
        table.rows.push_back(
            {choiceText(choiceLabel(m->department)), m->name,
             m->direction == Direction::HigherIsBetter ? reportText("Higher") : reportText("Lower"),
             withUnit(m->baseline, m->unit), formatDay(m->baselineDate), m->source, m->owner});
    s.blocks.push_back(std::move(table));
    return s;
}

Section customerPainSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        3, reportText("Customer pain"),
        reportText(
            "Where customers, partners and frontline staff say the experience hurts, ranked by "
            "severity \u00d7 frequency \u00d7 reach. External and internal voices are kept "
            "apart."));
    Table sources{reportText("Input sources"),
                  {{reportText("Kind")},
                   {reportText("Voice")},
                   {reportText("Description")},
                   {reportText("Date")},
                   {reportText("Sample size"), Align::Right}},
                  {},
                  reportText("No input source entered.")};
    for (const auto& src : c.inputSources)
        sources.rows.push_back({choiceText(choiceLabel(src.kind)),
                                choiceText(choiceLabel(src.voice)), src.description,
                                formatDay(src.heldOn), formatCount(src.sampleSize)});
    s.blocks.push_back(std::move(sources));

    std::vector<const PainPoint*> pains;
    for (const auto& p : c.painPoints) pains.push_back(&p);
    auto priority = [&](const PainPoint* p) {
        const auto* score = ctx.painScore(p->id);
        return score && score->priority ? *score->priority : -1.0;
    };
    std::stable_sort(pains.begin(), pains.end(),
                     [&](auto* a, auto* b) { return priority(a) > priority(b); });
    for (bool external : {true, false}) {
        Table t{external ? reportText("Pain points \u2014 external voice (customers, partners)")
                         : reportText("Pain points \u2014 internal voice (frontline staff)"),
                {{reportText("Pain point")},
                 {reportText("Source")},
                 {reportText("Segments")},
                 {reportText("Sev."), Align::Right},
                 {reportText("Freq."), Align::Right},
                 {reportText("Reach"), Align::Right},
                 {reportText("Priority"), Align::Right},
                 {reportText("Addressed")}},
                {},
                external ? reportText("No external pain point entered.")
                         : reportText("No internal pain point entered.")};
        for (const auto* p : pains) {
            if ((p->voice != Voice::Frontline) != external) continue;
            const auto* score = ctx.painScore(p->id);
            t.rows.push_back({p->description, p->sourceId.empty() ? "" : ctx.nameOf(p->sourceId),
                              ctx.namesOf(p->segmentIds), rating(p->severity), rating(p->frequency),
                              rating(p->reach),
                              score && score->priority ? formatValue(*score->priority, 0) : "",
                              !score ? ""
                              : score->addressed
                                  ? reportText("Yes")
                                  : (score->top ? reportText("No (top pain)") : reportText("No"))});
        }
        s.blocks.push_back(std::move(t));
    }
    addIfPresent(s, ctx.findingsOfStep(3));
    return s;
}

Section relationshipSection(const BuildContext& ctx) {
    const RelationshipState& r = ctx.cycle.relationship;
    Section s = stepSection(
        4, reportText("Relationship state"),
        reportText(
            "How satisfied customers are, how deep the relationships go, and whether the company "
            "sees its customer experience the way customers do."));
    KeyValueList counts{reportText("Survey counts"),
                        {{reportText("Promoters (9-10)"), formatCount(r.promoters)},
                         {reportText("Passives (7-8)"), formatCount(r.passives)},
                         {reportText("Detractors (0-6)"), formatCount(r.detractors)},
                         {reportText("Satisfied responses"), formatCount(r.csatSatisfied)},
                         {reportText("All satisfaction responses"), formatCount(r.csatResponses)}}};
    s.blocks.push_back(std::move(counts));
    addIfPresent(s, ctx.figuresOfStep(4, reportText("Scores")));

    auto pct = [](const std::optional<double>& v) {
        return v ? formatPercentShort(*v, 1) : std::string{};
    };
    auto outOf = [](const std::optional<std::int64_t>& v, int max) {
        return v ? formatCount(v) + " / " + std::to_string(max) : std::string{};
    };
    s.blocks.push_back(KeyValueList{
        reportText("Relationship levels and self-image"),
        {{reportText("One-time buyers"), pct(r.oneTimeSharePct)},
         {reportText("Repeat customers"), pct(r.repeatSharePct)},
         {reportText("Advanced customers (advocates)"), pct(r.advancedSharePct)},
         {reportText("Our own rating of our customer focus"), outOf(r.customerFocusRating, 5)},
         {reportText("Experience as we rate it"), outOf(r.selfRatedExperience, 10)},
         {reportText("Experience as customers rate it"), outOf(r.customerRatedExperience, 10)}}});
    addIfPresent(s, relationshipLevelBars(ctx));
    if (!r.notes.empty()) s.blocks.push_back(Paragraph{reportText("Notes"), r.notes});
    addIfPresent(s, ctx.findingsOfStep(4));
    return s;
}

Section whatMattersSection(const BuildContext& ctx) {
    Section s = stepSection(
        5, reportText("What matters to customers"),
        reportText(
            "Each attribute customers value, rated for its importance to them and for how well we "
            "perform on it today (importance\u2013performance analysis)."));
    Table t{reportText("Attributes by segment"),
            {{reportText("Segment")},
             {reportText("Attribute")},
             {reportText("Importance"), Align::Right},
             {reportText("Performance"), Align::Right},
             {reportText("Quadrant")}},
            {},
            reportText("No attribute rated.")};
    for (const auto& a : ctx.cycle.attributes)
        t.rows.push_back(
            {a.segmentId.empty() ? reportText("All customers") : ctx.nameOf(a.segmentId),
             a.attribute, rating(a.importance), rating(a.performance), ctx.quadrantOf(a.id)});
    s.blocks.push_back(std::move(t));
    addIfPresent(s, importancePerformanceScatter(ctx));
    addIfPresent(s, ctx.findingsOfStep(5));
    return s;
}

}  // namespace crm::report
