// The field lists of every entity kind, in wizard order.
#include "engine/model/descriptor.h"
#include "engine/model/field_builders.h"

namespace crm {
namespace {

using namespace fields;

constexpr auto make = kindOf;

std::vector<EntityDescriptor> buildAll() {
    std::vector<EntityDescriptor> all;
    using SS = StrategyStatement;
    auto statement = make("statement", "strategy_statement", "statement", "Strategy statement", 1);
    statement.fields = {
        longText("business_model", "Business model", &SS::businessModel),
        longText("customer_definition", "Who the customer is", &SS::customerDefinition),
        longText("value_proposition", "Value proposition", &SS::valueProposition)};
    bindSingleton(statement, &Cycle::statement);
    all.push_back(std::move(statement));

    using CO = CorporateObjective;
    auto objective =
        make("objective", "corporate_objective", "objectives", "Corporate objective", 1);
    objective.fields = {text("name", "Objective", &CO::name, true),
                        text("target", "Measurable target", &CO::target),
                        real("target_value", "Target value", &CO::targetValue),
                        text("unit", "Unit", &CO::unit), day("horizon", "Horizon", &CO::horizon)};
    bindList(objective, &Cycle::objectives);
    all.push_back(std::move(objective));

    auto priority = make("priority", "strategic_priority", "priorities", "Strategic priority", 1);
    priority.fields = {text("text", "Priority", &StrategicPriority::text, true)};
    bindList(priority, &Cycle::priorities);
    all.push_back(std::move(priority));

    using CM = CurrentMetric;
    auto metric = make("metric", "current_metric", "metrics", "Current metric", 2);
    metric.fields = {choice("department", "Department", &CM::department),
                     text("name", "Metric", &CM::name, true),
                     catalogKey("catalog_key", &CM::catalogKey),
                     text("unit", "Unit", &CM::unit),
                     choice("direction", "Direction", &CM::direction),
                     real("baseline", "Baseline", &CM::baseline),
                     day("baseline_date", "Baseline date", &CM::baselineDate),
                     text("source", "Source", &CM::source),
                     text("owner", "Owner", &CM::owner)};
    bindList(metric, &Cycle::metrics);
    all.push_back(std::move(metric));

    using IS = InputSource;
    auto source = make("source", "input_source", "input_sources", "Input source", 3);
    source.fields = {choice("kind", "Kind", &IS::kind), choice("voice", "Voice", &IS::voice),
                     text("description", "Description", &IS::description, true),
                     day("held_on", "Date", &IS::heldOn),
                     integer("sample_size", "Sample size", &IS::sampleSize, 0, std::nullopt)};
    bindList(source, &Cycle::inputSources);
    all.push_back(std::move(source));

    using PP = PainPoint;
    auto pain = make("pain", "pain_point", "pain_points", "Pain point", 3);
    pain.fields = {text("description", "Pain point", &PP::description, true),
                   reference("source_id", "Source", &PP::sourceId, "source"),
                   choice("voice", "Voice", &PP::voice),
                   referenceList("segment_ids", "Segments affected", &PP::segmentIds, "segment"),
                   rating("severity", "Severity (1-5)", &PP::severity),
                   rating("frequency", "Frequency (1-5)", &PP::frequency),
                   rating("reach", "Reach (1-5)", &PP::reach)};
    bindList(pain, &Cycle::painPoints);
    all.push_back(std::move(pain));

    using RS = RelationshipState;
    auto relationship =
        make("relationship", "relationship_state", "relationship", "Relationship state", 4);
    relationship.fields = {
        integer("promoters", "Promoters (9-10)", &RS::promoters, 0, std::nullopt),
        integer("passives", "Passives (7-8)", &RS::passives, 0, std::nullopt),
        integer("detractors", "Detractors (0-6)", &RS::detractors, 0, std::nullopt),
        integer("csat_satisfied", "Satisfied responses", &RS::csatSatisfied, 0, std::nullopt),
        integer("csat_responses", "All satisfaction responses", &RS::csatResponses, 0,
                std::nullopt),
        real("one_time_share_pct", "One-time buyers (%)", &RS::oneTimeSharePct),
        real("repeat_share_pct", "Repeat customers (%)", &RS::repeatSharePct),
        real("advanced_share_pct", "Advanced customers (%)", &RS::advancedSharePct),
        rating("customer_focus_rating", "Our customer focus (1-5)", &RS::customerFocusRating),
        rating("self_rated_experience", "Experience as we rate it (1-10)", &RS::selfRatedExperience,
               10),
        rating("customer_rated_experience", "Experience as customers rate it (1-10)",
               &RS::customerRatedExperience, 10),
        longText("notes", "Notes", &RS::notes)};
    bindSingleton(relationship, &Cycle::relationship);
    all.push_back(std::move(relationship));

    using AR = AttributeRating;
    auto attribute = make("attribute", "attribute_rating", "attributes", "Customer attribute", 5);
    attribute.fields = {text("attribute", "Attribute", &AR::attribute, true),
                        catalogKey("catalog_key", &AR::catalogKey),
                        reference("segment_id", "Segment", &AR::segmentId, "segment"),
                        rating("importance", "Importance (1-5)", &AR::importance),
                        rating("performance", "Performance (1-5)", &AR::performance)};
    bindList(attribute, &Cycle::attributes);
    all.push_back(std::move(attribute));
    return all;
}

}  // namespace

std::vector<EntityDescriptor> buildLaterStepDescriptors();    // descriptors_later_steps.cpp
std::vector<EntityDescriptor> buildResetDescriptors();        // descriptors_reset.cpp
std::vector<EntityDescriptor> buildWorkshopDescriptors();     // descriptors_workshop.cpp
std::vector<EntityDescriptor> buildDeliverableDescriptors();  // descriptors_deliverables.cpp

const std::vector<const EntityDescriptor*>& entityDescriptors() {
    static const std::vector<EntityDescriptor> storage = [] {
        auto all = buildAll();
        for (auto& d : buildLaterStepDescriptors()) all.push_back(std::move(d));
        for (auto& d : buildResetDescriptors()) all.push_back(std::move(d));
        for (auto& d : buildWorkshopDescriptors()) all.push_back(std::move(d));
        for (auto& d : buildDeliverableDescriptors()) all.push_back(std::move(d));
        return all;
    }();
    static const std::vector<const EntityDescriptor*> pointers = [] {
        std::vector<const EntityDescriptor*> out;
        for (const auto& d : storage) out.push_back(&d);
        return out;
    }();
    return pointers;
}

}  // namespace crm
