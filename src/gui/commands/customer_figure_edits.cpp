#include "gui/commands/customer_figure_edits.h"

#include <QUndoStack>

#include <cmath>
#include <vector>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"

namespace crm::gui {
namespace {

double roundedPercent(double percent) { return std::round(percent * 10.0) / 10.0; }

// The values an offer writes into a segment, by field key; unset figures are left alone.
std::vector<std::pair<std::string_view, FieldValue>> segmentValues(const SegmentFigures& f) {
    std::vector<std::pair<std::string_view, FieldValue>> values{
        {"customers", FieldValue{f.customers}}, {"revenue", FieldValue{f.revenue}}};
    if (f.marginPct) values.emplace_back("margin_pct", FieldValue{roundedPercent(*f.marginPct)});
    if (f.customerValue) values.emplace_back("customer_value", FieldValue{*f.customerValue});
    return values;
}

struct FieldEdit {
    EntityId itemId;
    const FieldDescriptor* field;
    FieldValue value;
};

// The edit when the item's field holds another value.
void planField(std::vector<FieldEdit>& plan, const EntityDescriptor& kind, const Entity& item,
               std::string_view key, const FieldValue& value) {
    const FieldDescriptor* field = kind.field(key);
    if (field && !(field->get(item) == value)) plan.push_back({item.id, field, value});
}

void pushEdits(DocumentSession& session, const EntityDescriptor& kind,
               const std::vector<FieldEdit>& plan) {
    for (const FieldEdit& e : plan)
        session.undoStack()->push(new SetFieldCommand(session, kind, e.itemId, *e.field, e.value));
}

}  // namespace

int applyRelationshipFigures(DocumentSession& session, const RelationshipLevelFigures& figures) {
    const Cycle* cycle = session.cycle();
    const EntityDescriptor* kind = findDescriptor("relationship");
    if (!cycle || !kind || figures.purchasingCustomers == 0) return 0;
    const Entity& item = kind->at(*cycle, 0);
    std::vector<FieldEdit> plan;
    planField(plan, *kind, item, "one_time_share_pct",
              FieldValue{roundedPercent(figures.oneTimeSharePct)});
    planField(plan, *kind, item, "repeat_share_pct",
              FieldValue{roundedPercent(figures.repeatSharePct)});
    planField(plan, *kind, item, "advanced_share_pct",
              FieldValue{roundedPercent(figures.advancedSharePct)});
    if (plan.empty()) return 0;
    session.undoStack()->beginMacro(QObject::tr("Use the customer data for step 4"));
    pushEdits(session, *kind, plan);
    session.undoStack()->endMacro();
    return static_cast<int>(plan.size());
}

int applySegmentFigures(DocumentSession& session, const QList<SegmentAssignment>& assignments) {
    const Cycle* cycle = session.cycle();
    const EntityDescriptor* kind = findDescriptor("segment");
    if (!cycle || !kind) return 0;
    std::vector<FieldEdit> plan;
    std::vector<Segment> added;
    int touched = 0;
    for (const SegmentAssignment& a : assignments) {
        if (a.targetSegmentId.isEmpty()) {
            Segment s;
            s.name = a.figures.name;
            s.customers = a.figures.customers;
            s.revenue = a.figures.revenue;
            if (a.figures.marginPct) s.marginPct = roundedPercent(*a.figures.marginPct);
            s.customerValue = a.figures.customerValue;
            added.push_back(std::move(s));
            ++touched;
            continue;
        }
        const auto index = kind->indexOf(*cycle, toStd(a.targetSegmentId));
        if (!index) continue;
        const std::size_t before = plan.size();
        for (const auto& [key, value] : segmentValues(a.figures))
            planField(plan, *kind, kind->at(*cycle, *index), key, value);
        if (plan.size() > before) ++touched;
    }
    if (touched == 0) return 0;
    session.undoStack()->beginMacro(QObject::tr("Use the customer data for step 6"));
    pushEdits(session, *kind, plan);
    for (const Segment& s : added)
        session.undoStack()->push(new InsertItemCommand(
            session, *kind, kind->count(*session.cycle()), captureRecord(*kind, s)));
    session.undoStack()->endMacro();
    return touched;
}

}  // namespace crm::gui
