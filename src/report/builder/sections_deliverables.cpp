// The facilitator's deliverables in the report: the cover, the narratives placed in their
// sections, the tracked action plan and the sign-off block.
#include <fmt/format.h>

#include <array>
#include <cctype>
#include <map>

#include "engine/deliverables/action_drafts.h"
#include "engine/deliverables/logo_image.h"
#include "report/builder/build_context.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

std::string narrativeHeading() { return reportText("Facilitator's note"); }

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool hasNarrative(const Cycle& cycle, ReportPart part) {
    for (const auto& n : cycle.narratives)
        if (n.part == part && !isBlank(n.text)) return true;
    return false;
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
    return reportPlural(one, many, static_cast<long long>(count));
}

// "3 actions: 1 done, 1 in progress, 1 not started; total cost 27,500 EUR".
std::string actionSummary(const Cycle& cycle, const std::string& currency) {
    std::array<std::size_t, 5> byStatus{};
    Money total;
    std::size_t withoutCost = 0;
    for (const auto& a : cycle.actions) {
        ++byStatus[static_cast<std::size_t>(a.status)];
        if (a.status == ActionStatus::Dropped) continue;  // will not be spent
        if (auto cost = deliverables::effectiveCost(cycle, a))
            total += *cost;
        else
            ++withoutCost;
    }
    std::string counts;
    // Done first: what a review asks about first.
    for (ActionStatus status :
         {ActionStatus::Done, ActionStatus::InProgress, ActionStatus::NotStarted,
          ActionStatus::Blocked, ActionStatus::Dropped}) {
        const std::size_t n = byStatus[static_cast<std::size_t>(status)];
        if (n == 0) continue;
        std::string label = choiceText(choiceLabel(status));  // "3 done", "3 erledigt"
        label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + label;
    }
    const bool anyDropped = byStatus[static_cast<std::size_t>(ActionStatus::Dropped)] > 0;
    const std::string actions = counted(cycle.actions.size(), "{0} action", "{0} actions");
    const std::string cost = formatAmountIn(total, currency);
    std::string line = anyDropped
                           ? reportFormat("{0}: {1}; total cost without the dropped ones {2}",
                                          actions, counts, cost)
                           : reportFormat("{0}: {1}; total cost {2}", actions, counts, cost);
    if (withoutCost > 0)
        line += " " + reportFormat("({0} no cost)",
                                   counted(withoutCost, "{0} action has", "{0} actions have"));
    return line + ".";
}

}  // namespace

void applyCover(TitlePage& title, const ReportCover& cover) {
    if (!isBlank(cover.title)) title.reportTitle = cover.title;
    title.preparedFor = cover.preparedFor;
    title.preparedBy = cover.preparedBy;
    title.confidentiality = cover.confidentiality;
    std::string error;
    // A logo that no longer decodes is left out: the report must still come out.
    if (auto logo = deliverables::decodeLogo(cover.logo, &error))
        title.logo = Logo{logo->mimeType, std::string(logo->bytes.begin(), logo->bytes.end()),
                          logo->width, logo->height};
}

void addNarratives(ReportData& report, const Cycle& cycle) {
    std::map<std::string, std::size_t, std::less<>> placed;  // narratives already put per section
    for (const auto& n : cycle.narratives) {
        if (isBlank(n.text)) continue;
        RichTextBlock block{narrativeHeading(), n.text, deliverables::parseRichText(n.text)};
        const std::string_view key = choiceKey(n.part);
        if (n.part == ReportPart::Summary) {
            report.summary.narratives.push_back(std::move(block));
            continue;
        }
        for (auto& section : report.sections)
            if (section.id == key) {
                std::size_t& count = placed[section.id];
                section.blocks.insert(section.blocks.begin() + static_cast<long>(count++),
                                      std::move(block));
                break;
            }
    }
}

std::optional<Section> actionPlanSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    if (c.actions.empty() && !hasNarrative(c, ReportPart::ActionPlan)) return std::nullopt;
    Section s{
        "action-plan",
        "",
        reportText("Action plan"),
        reportText(
            "The actions the room agreed to take, who owns each one, when it is due, how far it "
            "has got, the KPI that will show it worked and what it costs."),
        {}};
    if (c.actions.empty()) {
        s.lead = reportText("What the room agreed to do next.");
        return s;
    }
    s.blocks.push_back(Paragraph{"", actionSummary(c, ctx.assessment.currency)});
    Table t{reportText("Actions"),
            {{reportText("Action")},
             {reportText("Owner")},
             {reportText("Due")},
             {reportText("Status")},
             {reportText("KPI")},
             {reportText("Objective")},
             {moneyHeading(reportText("Cost"), ctx.assessment.currency), Align::Right}},
            {},
            reportText("No action entered.")};
    auto name = [&](const EntityId& id) { return id.empty() ? std::string{} : ctx.nameOf(id); };
    for (const auto& a : c.actions)
        t.rows.push_back({a.title, a.owner, formatDay(a.due), choiceText(choiceLabel(a.status)),
                          name(a.kpiId), name(a.objectiveId),
                          formatAmount(deliverables::effectiveCost(c, a))});
    s.blocks.push_back(std::move(t));
    return s;
}

std::optional<Section> closingSection(const BuildContext& ctx) {
    const Cycle& c = ctx.cycle;
    if (c.signOffs.empty() && !hasNarrative(c, ReportPart::Closing)) return std::nullopt;
    Section s{
        "closing",
        "",
        reportText("Closing and sign-off"),
        reportText(
            "By signing, the people below accept this report and the action plan it sets out."),
        {}};
    if (c.signOffs.empty()) {
        s.title = reportText("Closing");
        s.lead = reportText("The facilitator's closing words.");
        return s;
    }
    SignOffBlock block{reportText("Sign-off"), {}};
    for (const auto& person : c.signOffs)
        block.people.push_back({person.name, person.role, formatDay(person.signedOn)});
    s.blocks.push_back(std::move(block));
    return s;
}

}  // namespace crm::report
