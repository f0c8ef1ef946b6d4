// Sections of steps 1-5: strategy, metrics today, customer pain, relationship state and
// what matters to customers. Tables show what the facilitator entered, plus the engine's
// judgement of it when the cycle has been scored.
#include <algorithm>

#include "report/builder/build_context.h"
#include "report/number_format.h"

namespace crm::report {
namespace {

std::string orNotEntered(const std::string& text) { return text.empty() ? "Not entered." : text; }

std::string rating(const std::optional<std::int64_t>& value) { return formatCount(value); }

}  // namespace

Section businessStrategySection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        1, "Business strategy",
        "What the company wants to achieve, how it makes money and who its customer is: "
        "the frame every customer strategy below must serve.");
    s.blocks.push_back(
        Paragraph{"How the firm makes money", orNotEntered(c.statement.businessModel)});
    s.blocks.push_back(
        Paragraph{"Who the customer is", orNotEntered(c.statement.customerDefinition)});
    s.blocks.push_back(Paragraph{"Value proposition", orNotEntered(c.statement.valueProposition)});

    Table objectives{
        "Corporate objectives",
        {{"Objective"}, {"Measurable target"}, {"Target value", Align::Right}, {"Horizon"}},
        {},
        "No corporate objective entered."};
    for (const auto& o : c.objectives)
        objectives.rows.push_back(
            {o.name, o.target, withUnit(o.targetValue, o.unit), formatDay(o.horizon)});
    s.blocks.push_back(std::move(objectives));

    Table priorities{"Strategic priorities",
                     {{"#", Align::Right}, {"Priority"}},
                     {},
                     "No strategic priority entered."};
    for (std::size_t i = 0; i < c.priorities.size(); ++i)
        priorities.rows.push_back({std::to_string(i + 1), c.priorities[i].text});
    s.blocks.push_back(std::move(priorities));
    return s;
}

Section currentMetricsSection(const BuildContext& ctx) {
    Section s = stepSection(
        2, "Current metrics",
        "The measures customer-facing departments are judged by today, with their baselines.");
    std::vector<const CurrentMetric*> metrics;
    for (const auto& m : ctx.cycle.metrics) metrics.push_back(&m);
    std::stable_sort(metrics.begin(), metrics.end(),
                     [](const auto* a, const auto* b) { return a->department < b->department; });
    Table table{"Metrics in use, by department",
                {{"Department"},
                 {"Metric"},
                 {"Better when"},
                 {"Baseline", Align::Right},
                 {"Baseline date"},
                 {"Source"},
                 {"Owner"}},
                {},
                "No current metric entered."};
    for (const auto* m : metrics)
        table.rows.push_back({std::string(choiceLabel(m->department)), m->name,
                              m->direction == Direction::HigherIsBetter ? "Higher" : "Lower",
                              withUnit(m->baseline, m->unit), formatDay(m->baselineDate), m->source,
                              m->owner});
    s.blocks.push_back(std::move(table));
    return s;
}

Section customerPainSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    Section s = stepSection(
        3, "Customer pain",
        "Where customers, partners and frontline staff say the experience hurts, ranked by "
        "severity \u00d7 frequency \u00d7 reach. External and internal voices are kept apart.");
    Table sources{"Input sources",
                  {{"Kind"}, {"Voice"}, {"Description"}, {"Date"}, {"Sample size", Align::Right}},
                  {},
                  "No input source entered."};
    for (const auto& src : c.inputSources)
        sources.rows.push_back({std::string(choiceLabel(src.kind)),
                                std::string(choiceLabel(src.voice)), src.description,
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
        Table t{external ? "Pain points \u2014 external voice (customers, partners)"
                         : "Pain points \u2014 internal voice (frontline staff)",
                {{"Pain point"},
                 {"Source"},
                 {"Segments"},
                 {"Sev.", Align::Right},
                 {"Freq.", Align::Right},
                 {"Reach", Align::Right},
                 {"Priority", Align::Right},
                 {"Addressed"}},
                {},
                external ? "No external pain point entered." : "No internal pain point entered."};
        for (const auto* p : pains) {
            if ((p->voice != Voice::Frontline) != external) continue;
            const auto* score = ctx.painScore(p->id);
            t.rows.push_back({p->description, p->sourceId.empty() ? "" : ctx.nameOf(p->sourceId),
                              ctx.namesOf(p->segmentIds), rating(p->severity), rating(p->frequency),
                              rating(p->reach),
                              score && score->priority ? formatValue(*score->priority, 0) : "",
                              !score             ? ""
                              : score->addressed ? "Yes"
                                                 : (score->top ? "No (top pain)" : "No")});
        }
        s.blocks.push_back(std::move(t));
    }
    addIfPresent(s, ctx.findingsOfStep(3));
    return s;
}

Section relationshipSection(const BuildContext& ctx) {
    const RelationshipState& r = ctx.cycle.relationship;
    Section s = stepSection(
        4, "Relationship state",
        "How satisfied customers are, how deep the relationships go, and whether the company "
        "sees its customer experience the way customers do.");
    KeyValueList counts{"Survey counts",
                        {{"Promoters (9-10)", formatCount(r.promoters)},
                         {"Passives (7-8)", formatCount(r.passives)},
                         {"Detractors (0-6)", formatCount(r.detractors)},
                         {"Satisfied responses", formatCount(r.csatSatisfied)},
                         {"All satisfaction responses", formatCount(r.csatResponses)}}};
    s.blocks.push_back(std::move(counts));
    addIfPresent(s, ctx.figuresOfStep(4, "Scores"));

    auto pct = [](const std::optional<double>& v) {
        return v ? formatValue(*v, 1) + "%" : std::string{};
    };
    auto outOf = [](const std::optional<std::int64_t>& v, int max) {
        return v ? formatCount(v) + " / " + std::to_string(max) : std::string{};
    };
    s.blocks.push_back(
        KeyValueList{"Relationship levels and self-image",
                     {{"One-time buyers", pct(r.oneTimeSharePct)},
                      {"Repeat customers", pct(r.repeatSharePct)},
                      {"Advanced customers (advocates)", pct(r.advancedSharePct)},
                      {"Our own rating of our customer focus", outOf(r.customerFocusRating, 5)},
                      {"Experience as we rate it", outOf(r.selfRatedExperience, 10)},
                      {"Experience as customers rate it", outOf(r.customerRatedExperience, 10)}}});
    addIfPresent(s, relationshipLevelBars(ctx));
    if (!r.notes.empty()) s.blocks.push_back(Paragraph{"Notes", r.notes});
    addIfPresent(s, ctx.findingsOfStep(4));
    return s;
}

Section whatMattersSection(const BuildContext& ctx) {
    Section s = stepSection(
        5, "What matters to customers",
        "Each attribute customers value, rated for its importance to them and for how well we "
        "perform on it today (importance\u2013performance analysis).");
    Table t{"Attributes by segment",
            {{"Segment"},
             {"Attribute"},
             {"Importance", Align::Right},
             {"Performance", Align::Right},
             {"Quadrant"}},
            {},
            "No attribute rated."};
    for (const auto& a : ctx.cycle.attributes)
        t.rows.push_back({a.segmentId.empty() ? "All customers" : ctx.nameOf(a.segmentId),
                          a.attribute, rating(a.importance), rating(a.performance),
                          ctx.quadrantOf(a.id)});
    s.blocks.push_back(std::move(t));
    addIfPresent(s, importancePerformanceScatter(ctx));
    addIfPresent(s, ctx.findingsOfStep(5));
    return s;
}

}  // namespace crm::report
