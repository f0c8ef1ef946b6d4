#include "engine/model/validation.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "engine/deliverables/logo_image.h"
#include "engine/model/descriptor.h"

namespace crm {

std::string itemFullCaption(const EntityDescriptor& d, const Entity& entity) {
    for (std::string_view key :
         {"name", "title", "description", "attribute", "text", "what_to_learn"})
        if (const auto* f = d.field(key)) {
            auto text = displayText(f->get(entity));
            if (!text.empty()) return text;
        }
    return entity.id;
}

std::string itemCaption(const EntityDescriptor& d, const Entity& entity) {
    const std::string text = itemFullCaption(d, entity);
    return text.size() > 40 ? text.substr(0, 40) + "..." : text;
}

namespace {

struct CycleIndex {
    std::map<std::string, std::string, std::less<>> kindOfId;  // id -> kind
    std::map<std::string, std::optional<Date>, std::less<>> dueDateOfOwner;
};

CycleIndex indexCycle(const Cycle& cycle) {
    CycleIndex index;
    for (const auto* d : entityDescriptors()) {
        if (d->singleton) continue;
        for (std::size_t i = 0; i < d->count(cycle); ++i)
            index.kindOfId[d->at(cycle, i).id] = d->kind;
    }
    for (const auto& o : cycle.segmentObjectives) index.dueDateOfOwner[o.id] = o.targetDate;
    for (const auto& k : cycle.kpis) index.dueDateOfOwner[k.id] = k.targetDate;
    return index;
}

void checkReference(const CycleIndex& index, const FieldDescriptor& f, const std::string& id,
                    const std::string& where, std::vector<ValidationProblem>& out) {
    if (id.empty()) return;
    auto it = index.kindOfId.find(id);
    if (it == index.kindOfId.end())
        out.push_back(
            {where, fmt::format("refers to '{}', which does not exist in this cycle", id)});
    else if (!refersToKind(f.refersTo, it->second))
        out.push_back(
            {where, fmt::format("refers to '{}', a {} (expected {})", id, it->second, f.refersTo)});
}

void checkEntity(const Cycle& cycle, const CycleIndex& index, const EntityDescriptor& d,
                 const Entity& e, std::vector<ValidationProblem>& out) {
    const std::string base =
        fmt::format("cycle {} / {} {} ({})", cycle.name, d.label, e.id, itemCaption(d, e));
    for (const auto& f : d.fields) {
        const FieldValue value = f.get(e);
        const std::string where = base + " / " + std::string(f.key);
        if (f.required && isEmpty(value)) out.push_back({where, "is required but empty"});
        if (auto* i = std::get_if<std::int64_t>(&value)) {
            if ((f.minimum && *i < *f.minimum) || (f.maximum && *i > *f.maximum))
                out.push_back({where, coerceValue(f, value).error});
        }
        if (f.type == FieldType::Reference)
            checkReference(index, f, std::get<std::string>(value), where, out);
        if (f.type == FieldType::ReferenceList)
            for (const auto& id : std::get<std::vector<std::string>>(value))
                checkReference(index, f, id, where, out);
    }
}

void checkMilestoneDates(const Cycle& cycle, const CycleIndex& index,
                         std::vector<ValidationProblem>& out) {
    for (const auto& m : cycle.milestones) {
        auto it = index.dueDateOfOwner.find(m.ownerId);
        if (!m.due || it == index.dueDateOfOwner.end() || !it->second) continue;
        if (*m.due > *it->second)
            out.push_back({fmt::format("cycle {} / Milestone {} / due", cycle.name, m.id),
                           fmt::format("is due {} , after its objective's target date {}",
                                       formatDate(*m.due), formatDate(*it->second))});
    }
}

// A logo the report could not show, and a report section with two narratives (which to print?).
void checkDeliverables(const Cycle& cycle, std::vector<ValidationProblem>& out) {
    std::string error;
    if (!cycle.cover.logo.empty() && !deliverables::decodeLogo(cycle.cover.logo, &error))
        out.push_back({fmt::format("cycle {} / Report cover / logo", cycle.name), error});
    std::map<ReportPart, EntityId> firstOfPart;
    for (const auto& n : cycle.narratives) {
        auto [it, added] = firstOfPart.emplace(n.part, n.id);
        if (!added)
            out.push_back({fmt::format("cycle {} / Section narrative {} / part", cycle.name, n.id),
                           fmt::format("'{}' already has a narrative ({})", choiceLabel(n.part),
                                       it->second)});
    }
}

}  // namespace

std::vector<ValidationProblem> validateAssessment(const Assessment& assessment) {
    std::vector<ValidationProblem> out;
    if (assessment.cycles.empty()) out.push_back({"document", "has no cycle"});
    if (!assessment.currentCycleId.empty() && !assessment.findCycle(assessment.currentCycleId))
        out.push_back({"document / current_cycle",
                       fmt::format("cycle '{}' does not exist", assessment.currentCycleId)});
    if (const std::string problem = documentPropertiesProblem(assessment.properties());
        !problem.empty())
        out.push_back({"document / properties", problem});
    std::set<std::string, std::less<>> seen;
    for (const auto& cycle : assessment.cycles) {
        if (!seen.insert(cycle.id).second)
            out.push_back({fmt::format("cycle {}", cycle.name),
                           fmt::format("id '{}' is used twice", cycle.id)});
        const CycleIndex index = indexCycle(cycle);
        for (const auto* d : entityDescriptors()) {
            for (std::size_t i = 0; i < d->count(cycle); ++i) {
                const Entity& e = d->at(cycle, i);
                if (!d->singleton && (e.id.empty() || !seen.insert(e.id).second))
                    out.push_back({fmt::format("cycle {} / {}", cycle.name, d->label),
                                   fmt::format("id '{}' is empty or used twice", e.id)});
                checkEntity(cycle, index, *d, e, out);
            }
        }
        checkMilestoneDates(cycle, index, out);
        checkDeliverables(cycle, out);
    }
    return out;
}

}  // namespace crm
