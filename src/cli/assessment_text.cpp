#include "cli/assessment_text.h"

#include <fmt/format.h>

#include <cmath>
#include <iterator>

#include "cli/text_output.h"
#include "engine/text/locale_style.h"
#include "engine/text/phrase.h"
#include "engine/text/translations.h"

namespace crm::cli {

namespace {

using namespace crm::assessment;
using crm::text::englishTerm;
using crm::text::Phrase;
using Out = std::back_insert_iterator<std::string>;

std::string_view painStatusLabel(PainStatus status) {
    switch (status) {
        case PainStatus::AddressedByTreatment:
            return englishTerm("addressed by a treatment");
        case PainStatus::AddressedByObjective:
            return englishTerm("addressed by an objective");
        case PainStatus::Unaddressed:
            return englishTerm("not addressed");
    }
    return "not addressed";
}

class Writer {
  public:
    Writer(std::string& text, const Cycle& cycle, std::string_view language)
        : out_(std::back_inserter(text)),
          names_(itemNames(cycle)),
          english_(text::Translations::forLanguage(language).language() == "en"),
          translations_(text::Translations::forLanguage(language)),
          style_(text::LocaleStyle::forLanguage(language)) {}

    void heading(const Phrase& title) { fmt::format_to(out_, "\n== {} ==\n", say(title)); }
    void line(std::string_view text) { fmt::format_to(out_, "{}\n", text); }
    // A phrase in the reader's language.
    std::string say(const Phrase& phrase) const {
        return text::render(phrase, translations_, style_);
    }
    // A label kept as English text (step titles, statuses) in the reader's language.
    std::string say(std::string_view englishLabel) const {
        return std::string(translations_.text(text::kPhraseDomain, englishLabel));
    }
    // An engine text for people. English: ids become names, "1 checks" becomes "1 check" (the
    // English text is what older documents' outputs pinned); other languages render the phrase.
    std::string words(const std::string& english, const Phrase& phrase) const {
        if (english_ || phrase.empty()) return singularAfterOne(namesForIds(english, names_));
        return say(phrase);
    }
    std::string number(double value) const {
        return english_ ? formatNumber(value) : style_.shortNumber(value, 2);
    }
    std::string scoreValue(const Score& score) const {
        if (!score.value) return say(text::term("not enough data"));
        const std::string n = number(*score.value);
        if (score.unit == "%")
            return english_ ? n + "%"
                            : style_.percent(*score.value, text::decimalsShown(*score.value, 2));
        if (score.unit == "0-100") return n + "/100";
        if (score.unit == "points")
            return say(text::phrasePlural(
                "{0} pt", "{0} pts", std::fabs(*score.value) == 1.0 ? 1 : 2, text::userText(n)));
        return n;
    }
    void entry(std::string_view label, const Score& score, std::string_view note = {}) {
        fmt::format_to(out_, "  {}: {}{}{}\n      {}\n", label, scoreValue(score),
                       note.empty() ? "" : " - ", note, words(score.reason, score.reasonPhrase));
    }

  private:
    Out out_;
    ItemNames names_;
    bool english_;
    const text::Translations& translations_;
    const text::LocaleStyle& style_;
};

void completeness(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Completeness"));
    w.entry(w.say(text::term("Overall")), r.completeness.overall);
    for (const auto& s : r.completeness.steps)
        w.entry(
            w.say(text::phrase("Step {0} {1}", text::count(s.step), text::term(stepTitle(s.step)))),
            s.score);
    if (!r.completeness.missing.empty()) w.line("  " + w.say(text::term("Missing:")));
    for (std::size_t i = 0; i < r.completeness.missing.size(); ++i)
        w.line(fmt::format(
            "    - {}", w.words(r.completeness.missing[i], i < r.completeness.missingPhrases.size()
                                                               ? r.completeness.missingPhrases[i]
                                                               : Phrase{})));
}

void attainment(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Metric attainment (steps 6 and 8)"));
    if (r.attainment.empty()) w.line("  " + w.say(text::term("(no KPIs or segment objectives)")));
    for (const auto& a : r.attainment)
        w.entry(w.say(a.itemKind == "kpi" ? text::phrase("KPI {0}", text::userText(a.name))
                                          : text::phrase("Objective {0}", text::userText(a.name))),
                a.progress, w.say(statusLabel(a.status)));
}

void segments(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Segment priority (step 6)"));
    if (r.segments.empty()) w.line("  " + w.say(text::term("(no segments)")));
    for (const auto& s : r.segments)
        w.entry(s.rank > 0 ? fmt::format("{}. {}", s.rank, s.name) : fmt::format("-. {}", s.name),
                s.attractiveness,
                s.rank > 0
                    ? w.say(text::phrase("tier {0}", text::userText(std::string(tierKey(s.tier)))))
                    : w.say(text::term("no tier")));
    w.heading(text::term("Objective coverage (step 6)"));
    if (r.coverage.empty()) w.line("  " + w.say(text::term("(no segments)")));
    for (const auto& c : r.coverage) w.entry(c.name, c.score);
}

void capabilities(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Capabilities and maturity (step 10)"));
    const auto& c = r.capabilities;
    auto level = [&w](const MaturityIndex& m) {
        return m.level ? w.say(maturityLevelLabel(*m.level)) : std::string{};
    };
    w.entry(w.say(text::term("Maturity index (current)")), c.overall.index, level(c.overall));
    w.entry(w.say(text::term("Maturity index (target)")), c.target.index, level(c.target));
    w.entry(w.say(text::term("Building blocks (current)")), c.buildingBlocks.index,
            level(c.buildingBlocks));
    w.entry(w.say(text::term("Readiness areas (current)")), c.readiness.index, level(c.readiness));
    for (const auto& g : c.gaps)
        w.entry(g.rank > 0 ? w.say(text::phrase("Gap {0}. {1}", text::count(g.rank),
                                                text::userText(g.name)))
                           : w.say(text::phrase("Gap -. {0}", text::userText(g.name))),
                g.weightedGap);
}

void alignment(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Alignment (steps 8 and 9)"));
    const auto& a = r.alignment;
    w.entry(w.say(text::term("Objectives tracked by a KPI")), a.objectiveCoverage);
    w.entry(w.say(text::term("KPIs serving an objective")), a.kpiUsage);
    w.entry(w.say(text::term("Strategy-level share")), a.strategyShare);
    w.entry(w.say(text::term("Objective (hard data) share")), a.objectiveShare);
    w.entry(w.say(text::term("Outside-in share")), a.outsideInShare,
            a.outsideInShare.value
                ? w.say(a.outsideIn ? text::term("outside-in") : text::term("inside-out"))
                : std::string{});
}

void pain(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Pain priority (step 3)"));
    w.entry(w.say(text::term("Top pain points addressed")), r.pain.topAddressed);
    for (const auto& p : r.pain.ranked)
        w.entry(p.rank > 0 ? fmt::format("{}. {}", p.rank, p.description)
                           : fmt::format("-. {}", p.description),
                p.priority, w.say(painStatusLabel(p.status)));
}

void importancePerformance(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Importance-performance (step 5)"));
    if (r.importancePerformance.empty()) w.line("  " + w.say(text::term("(no attribute ratings)")));
    for (const auto& q : r.importancePerformance)
        w.entry(fmt::format("{} ({})", q.attribute,
                            q.segmentId.empty() ? w.say(q.segmentName) : q.segmentName),
                q.score, q.quadrant ? w.say(quadrantLabel(*q.quadrant)) : std::string{});
}

void relationship(Writer& w, const AssessmentResult& r) {
    w.heading(text::term("Relationship state (step 4)"));
    w.entry("NPS", r.relationship.nps);
    w.entry("CSAT", r.relationship.csat);
    w.entry(w.say(text::term("Perception gap")), r.relationship.perceptionGap);
}

Phrase impactLabel(Impact impact) {
    switch (impact) {
        case Impact::High:
            return text::term("high impact");
        case Impact::Medium:
            return text::term("medium impact");
        case Impact::Low:
            return text::term("low impact");
    }
    return text::term("low impact");
}

void recommendations(Writer& w, const AssessmentResult& r) {
    const auto shown = static_cast<long long>(r.recommendations.size());
    const auto found = static_cast<long long>(r.findings.size());
    w.heading(text::phrasePlural("Recommendations ({0} of {1} finding)",
                                 "Recommendations ({0} of {1} findings)", found, text::count(shown),
                                 text::count(found)));
    if (r.recommendations.empty()) w.line("  " + w.say(text::term("(none)")));
    for (const auto& rec : r.recommendations)
        w.line(fmt::format(
            "  {}. [{}, {}] {}\n      {}\n      {}", rec.rank, w.say(impactLabel(rec.impact)),
            w.number(rec.impactScore), w.words(rec.action, rec.actionPhrase),
            w.say(text::phrase("because: {0}",
                               text::userText(w.words(rec.because, rec.becausePhrase)))),
            w.say(text::phrase("step {0}: {1}", text::count(rec.step),
                               text::term(stepTitle(rec.step))))));
}

}  // namespace

std::string assessmentText(const AssessmentResult& r, const Cycle& cycle,
                           std::string_view language) {
    std::string text;
    Writer w(text, cycle, language);
    const auto cycleName = text::userText(r.cycleName.empty() ? r.cycleId : r.cycleName);
    w.line(r.assessmentDate ? w.say(text::phrase("Assessment of cycle {0} as of {1}", cycleName,
                                                 dateArg(*r.assessmentDate)))
                            : w.say(text::phrase("Assessment of cycle {0}", cycleName)));
    w.line(w.say(text::phrase("Methodology profile: {0} (hash {1})", text::userText(r.profileName),
                              text::userText(r.profileHash))));
    completeness(w, r);
    attainment(w, r);
    segments(w, r);
    capabilities(w, r);
    alignment(w, r);
    pain(w, r);
    importancePerformance(w, r);
    relationship(w, r);
    recommendations(w, r);
    return text;
}

}  // namespace crm::cli
