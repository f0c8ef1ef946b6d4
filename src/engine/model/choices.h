#pragma once
// The fixed lists of the domain. Each enum's keys (stored in files) and labels (shown to
// people) are listed in enum order by ChoiceList<Enum>.
#include <array>
#include <optional>
#include <string_view>

namespace crm {

enum class Department { Sales, Service, Marketing, Other };
enum class Direction { HigherIsBetter, LowerIsBetter };
enum class InputSourceKind {
    FocusGroup,
    Survey,
    FeedbackSystem,
    FrontlineInterviews,
    PartnerInterviews,
    Other
};
enum class Voice { Customers, Partners, Frontline };  // external, external, internal
enum class ObjectiveKind { Acquisition, Development, Retention };
enum class MeasureLevel { Strategy, Tactic };
enum class MeasureKind { Objective, Subjective };  // hard data vs perception
enum class Perspective { External, Internal };     // outside-in vs inside-out
enum class Cadence { Weekly, Monthly, Quarterly, Yearly };
enum class CapabilityGroup { BuildingBlock, Readiness };
enum class ResourceCategory { People, Process, Technology };
enum class ResetDecisionKind { Keep, Change, Drop, Add };
enum class InwardMethod { Survey, Interview, Observation };
enum class EventKind { Reset, Preparation, Review };
enum class RatingDimension { Current, Target, Importance, Performance, Severity, Frequency };
enum class ActionStatus { NotStarted, InProgress, Blocked, Done, Dropped };
// The report sections a facilitator can write a narrative for (keys are the report's anchors).
enum class ReportPart {
    Summary,
    Step1,
    Step2,
    Step3,
    Step4,
    Step5,
    Step6,
    Step7,
    Step8,
    Step9,
    Step10,
    Changes,
    ActionPlan,
    Recommendations,
    Closing
};

template <class Enum>
struct ChoiceList;

#define CRMW_CHOICES(Enum, ...)                                            \
    template <>                                                            \
    struct ChoiceList<Enum> {                                              \
        static constexpr auto entries =                                    \
            std::to_array<std::array<std::string_view, 2>>({__VA_ARGS__}); \
    }

CRMW_CHOICES(Department, {{"sales", "Sales"}}, {{"service", "Service & support"}},
             {{"marketing", "Marketing"}}, {{"other", "Other"}});
CRMW_CHOICES(Direction, {{"higher_is_better", "Higher is better"}},
             {{"lower_is_better", "Lower is better"}});
CRMW_CHOICES(InputSourceKind, {{"focus_group", "Focus group"}}, {{"survey", "Survey"}},
             {{"feedback_system", "Feedback system"}},
             {{"frontline_interviews", "Frontline staff interviews"}},
             {{"partner_interviews", "Partner interviews"}}, {{"other", "Other"}});
CRMW_CHOICES(Voice, {{"customers", "Customers (external)"}}, {{"partners", "Partners (external)"}},
             {{"frontline", "Frontline staff (internal)"}});
CRMW_CHOICES(ObjectiveKind, {{"acquisition", "Acquisition"}}, {{"development", "Development"}},
             {{"retention", "Retention"}});
CRMW_CHOICES(MeasureLevel, {{"strategy", "Strategy level"}}, {{"tactic", "Tactic level"}});
CRMW_CHOICES(MeasureKind, {{"objective", "Objective (hard data)"}},
             {{"subjective", "Subjective (perception)"}});
CRMW_CHOICES(Perspective, {{"external", "External (outside-in)"}},
             {{"internal", "Internal (inside-out)"}});
CRMW_CHOICES(Cadence, {{"weekly", "Weekly"}}, {{"monthly", "Monthly"}},
             {{"quarterly", "Quarterly"}}, {{"yearly", "Yearly"}});
CRMW_CHOICES(CapabilityGroup, {{"building_block", "CRM building block"}},
             {{"readiness", "Readiness area"}});
CRMW_CHOICES(ResourceCategory, {{"people", "People"}}, {{"process", "Process"}},
             {{"technology", "Technology"}});

CRMW_CHOICES(ResetDecisionKind, {{"keep", "Keep"}}, {{"change", "Change"}}, {{"drop", "Drop"}},
             {{"add", "Add (new)"}});
CRMW_CHOICES(InwardMethod, {{"survey", "Short survey"}}, {{"interview", "Interview"}},
             {{"observation", "Observation"}});
CRMW_CHOICES(EventKind, {{"reset", "Strategy reset"}}, {{"preparation", "Preparation meeting"}},
             {{"review", "Progress review"}});

CRMW_CHOICES(RatingDimension, {{"current", "Current maturity"}}, {{"target", "Target maturity"}},
             {{"importance", "Importance"}}, {{"performance", "Performance"}},
             {{"severity", "Severity"}}, {{"frequency", "Frequency"}});

CRMW_CHOICES(ActionStatus, {{"not_started", "Not started"}}, {{"in_progress", "In progress"}},
             {{"blocked", "Blocked"}}, {{"done", "Done"}}, {{"dropped", "Dropped"}});
CRMW_CHOICES(ReportPart, {{"summary", "Executive summary"}}, {{"step-1", "1 Business strategy"}},
             {{"step-2", "2 Current metrics"}}, {{"step-3", "3 Customer pain"}},
             {{"step-4", "4 Relationship state"}}, {{"step-5", "5 What matters to customers"}},
             {{"step-6", "6 Segments & objectives"}}, {{"step-7", "7 Segment treatment"}},
             {{"step-8", "8 Monitoring metrics"}}, {{"step-9", "9 Alignment"}},
             {{"step-10", "10 Capabilities"}}, {{"changes", "What changed since the last cycle"}},
             {{"action-plan", "Action plan"}}, {{"recommendations", "Recommendations"}},
             {{"closing", "Closing and sign-off"}});

#undef CRMW_CHOICES

template <class Enum>
constexpr std::string_view choiceKey(Enum value) {
    return ChoiceList<Enum>::entries[static_cast<std::size_t>(value)][0];
}

template <class Enum>
constexpr std::string_view choiceLabel(Enum value) {
    return ChoiceList<Enum>::entries[static_cast<std::size_t>(value)][1];
}

template <class Enum>
constexpr std::optional<Enum> choiceFromKey(std::string_view key) {
    const auto& entries = ChoiceList<Enum>::entries;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i][0] == key) return static_cast<Enum>(i);
    return std::nullopt;
}

}  // namespace crm
