// Field lists of the deliverables: the tracked actions, the report's narrative, cover and
// sign-off. They are edited on their own pages, not in a wizard step.
#include "engine/model/descriptor.h"
#include "engine/model/field_builders.h"

namespace crm {

std::vector<EntityDescriptor> buildDeliverableDescriptors() {
    using namespace fields;
    auto make = [](std::string_view kind, std::string_view table, std::string_view jsonKey,
                   std::string_view label) {
        return kindOf(kind, table, jsonKey, label, kDeliverablesStep);
    };
    std::vector<EntityDescriptor> all;

    auto cover = make("cover", "report_cover", "cover", "Report cover");
    auto logo = text("logo", "Logo", &ReportCover::logo);
    logo.hidden = true;
    cover.fields = {text("title", "Report title", &ReportCover::title),
                    text("prepared_for", "Prepared for", &ReportCover::preparedFor),
                    text("prepared_by", "Prepared by", &ReportCover::preparedBy),
                    text("confidentiality", "Confidentiality", &ReportCover::confidentiality),
                    std::move(logo)};
    bindSingleton(cover, &Cycle::cover);
    all.push_back(std::move(cover));

    auto action = make("action", "action_item", "actions", "Action");
    // The finding a drafted action came from: drafting uses it to add no action twice; people
    // read the action's own words.
    auto fromFinding = text("finding_id", "From finding", &ActionItem::findingId);
    fromFinding.hidden = true;
    action.fields = {text("title", "Action", &ActionItem::title, true),
                     text("owner", "Owner", &ActionItem::owner),
                     day("due", "Due", &ActionItem::due),
                     choice("status", "Status", &ActionItem::status),
                     reference("kpi_id", "KPI", &ActionItem::kpiId, "kpi"),
                     reference("objective_id", "Objective", &ActionItem::objectiveId, "objective"),
                     reference("resource_id", "Paid from", &ActionItem::resourceId, "resource"),
                     money("cost", "Cost", &ActionItem::cost),
                     longText("note", "Progress note", &ActionItem::note),
                     std::move(fromFinding)};
    bindList(action, &Cycle::actions);
    all.push_back(std::move(action));

    auto narrative = make("narrative", "section_narrative", "narratives", "Section narrative");
    narrative.fields = {choice("part", "Section", &SectionNarrative::part),
                        longText("text", "Narrative", &SectionNarrative::text)};
    bindList(narrative, &Cycle::narratives);
    all.push_back(std::move(narrative));

    auto signOff = make("signoff", "sign_off", "sign_off", "Sign-off");
    signOff.fields = {text("name", "Name", &SignOff::name, true),
                      text("role", "Role", &SignOff::role),
                      day("signed_on", "Signed on", &SignOff::signedOn)};
    bindList(signOff, &Cycle::signOffs);
    all.push_back(std::move(signOff));
    return all;
}

}  // namespace crm
