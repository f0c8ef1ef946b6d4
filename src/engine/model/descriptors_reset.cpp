// Field lists of the annual reset flow (outward, inward, decisions, schedule).
#include "engine/model/descriptor.h"
#include "engine/model/field_builders.h"

namespace crm {

std::vector<EntityDescriptor> buildResetDescriptors() {
    using namespace fields;
    auto make = [](std::string_view kind, std::string_view table, std::string_view jsonKey,
                   std::string_view label) {
        return kindOf(kind, table, jsonKey, label, kResetStep);
    };
    std::vector<EntityDescriptor> all;

    using OO = OutwardObservation;
    auto outward = make("outward", "outward_observation", "outward", "Outward observation");
    outward.fields = {text("measure", "Measure", &OO::measure, true),
                      choice("kind", "Kind", &OO::kind),
                      choice("level", "Level", &OO::level),
                      real("last_year", "Last year", &OO::lastYear),
                      real("this_year", "This year", &OO::thisYear),
                      real("target", "Target", &OO::target),
                      choice("direction", "Direction", &OO::direction),
                      text("note", "Note", &OO::note)};
    bindList(outward, &Cycle::outward);
    all.push_back(std::move(outward));

    using IF = InwardFinding;
    auto inward = make("inward", "inward_finding", "inward", "Inward finding");
    inward.fields = {text("department", "Department", &IF::department, true),
                     choice("method", "Method", &IF::method),
                     integer("respondents", "Respondents", &IF::respondents, 0, std::nullopt),
                     rating("understanding", "Understanding (1-5)", &IF::understanding),
                     rating("application", "Application (1-5)", &IF::application),
                     longText("drift_noticed", "Drift from the plan", &IF::driftNoticed)};
    bindList(inward, &Cycle::inward);
    all.push_back(std::move(inward));

    using RD = ResetDecision;
    auto decision = make("decision", "reset_decision", "decisions", "Reset decision");
    decision.fields = {reference("subject_id", "Item", &RD::subjectId,
                                 "objective|segment_objective|kpi|treatment"),
                       choice("decision", "Decision", &RD::decision),
                       text("change", "Change or new item", &RD::change),
                       text("reason", "Reason", &RD::reason, true)};
    bindList(decision, &Cycle::decisions);
    all.push_back(std::move(decision));

    using SE = ScheduledEvent;
    auto event = make("event", "scheduled_event", "schedule", "Scheduled meeting");
    event.fields = {choice("kind", "Kind", &SE::kind),
                    text("title", "Title", &SE::title, true),
                    day("day", "Date", &SE::day),
                    text("start_time", "Start (HH:MM)", &SE::startTime),
                    integer("duration_minutes", "Minutes", &SE::durationMinutes, 1, 24 * 60),
                    text("location", "Location", &SE::location),
                    text("attendees", "Attendees", &SE::attendees),
                    longText("agenda", "Agenda", &SE::agenda)};
    bindList(event, &Cycle::schedule);
    all.push_back(std::move(event));
    return all;
}

}  // namespace crm
