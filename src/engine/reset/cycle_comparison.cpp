#include "engine/reset/cycle_comparison.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <stdexcept>

#include "engine/model/descriptor.h"
#include "engine/model/validation.h"
#include "engine/text/phrase.h"

namespace crm::reset {

std::string_view movementName(Movement m) {
    switch (m) {
        case Movement::Better:
            return text::englishTerm("better");
        case Movement::Worse:
            return text::englishTerm("worse");
        case Movement::Unchanged:
            return text::englishTerm("unchanged");
        case Movement::NotComparable:
            return text::englishTerm("not comparable");
    }
    return "";
}

std::string_view milestoneResultName(MilestoneResult r) {
    switch (r) {
        case MilestoneResult::Hit:
            return text::englishTerm("hit");
        case MilestoneResult::Missed:
            return text::englishTerm("missed");
        case MilestoneResult::NoActual:
            return text::englishTerm("no actual recorded");
        case MilestoneResult::NotDue:
            return text::englishTerm("not yet due");
    }
    return "";
}

std::string_view changeKindName(ChangeKind c) {
    switch (c) {
        case ChangeKind::Added:
            return text::englishTerm("added");
        case ChangeKind::Changed:
            return text::englishTerm("changed");
        case ChangeKind::Dropped:
            return text::englishTerm("dropped");
    }
    return "";
}

const Cycle* findCycleByIdOrName(const Assessment& a, const std::string& idOrName) {
    if (const Cycle* c = a.findCycle(idOrName)) return c;
    for (const Cycle& c : a.cycles)
        if (c.name == idOrName) return &c;
    return nullptr;
}

namespace {

// Maps each item id of the later cycle to its ancestor in the earlier cycle, if any.
class Lineage {
  public:
    Lineage(const Assessment& a, const Cycle& from) {
        for (const Cycle& c : a.cycles)
            for (const auto* d : entityDescriptors())
                if (!d->singleton)
                    for (std::size_t i = 0; i < d->count(c); ++i)
                        originOf_[d->at(c, i).id] = d->at(c, i).originId;
        for (const auto* d : entityDescriptors())
            if (!d->singleton)
                for (std::size_t i = 0; i < d->count(from); ++i)
                    inFrom_.insert({d->at(from, i).id, i});
    }
    // The earlier cycle's item this one descends from, or empty.
    std::string ancestorInFrom(std::string id) const {
        for (int guard = 0; guard < 1000 && !id.empty(); ++guard) {
            if (inFrom_.count(id)) return id;
            auto it = originOf_.find(id);
            id = it == originOf_.end() ? std::string{} : it->second;
        }
        return {};
    }

  private:
    std::map<std::string, std::string> originOf_;
    std::map<std::string, std::size_t> inFrom_;
};

Movement movementOf(std::optional<double> delta, Direction direction) {
    if (!delta) return Movement::NotComparable;
    if (std::abs(*delta) < 1e-12) return Movement::Unchanged;
    const bool up = *delta > 0;
    return (up == (direction == Direction::HigherIsBetter)) ? Movement::Better : Movement::Worse;
}

MeasureDelta makeDelta(std::string source, std::string name, std::string unit, Direction direction,
                       std::optional<double> from, std::optional<double> to) {
    MeasureDelta m{std::move(source), std::move(name),        std::move(unit), direction, from, to,
                   std::nullopt,      Movement::NotComparable};
    if (from && to) m.delta = *to - *from;
    m.movement = movementOf(m.delta, direction);
    return m;
}

std::optional<double> netPromoterScore(const RelationshipState& r) {
    if (!r.promoters || !r.passives || !r.detractors) return std::nullopt;
    const double total = static_cast<double>(*r.promoters + *r.passives + *r.detractors);
    if (total <= 0) return std::nullopt;
    return (static_cast<double>(*r.promoters) - static_cast<double>(*r.detractors)) / total * 100.0;
}

std::optional<double> satisfactionScore(const RelationshipState& r) {
    if (!r.csatSatisfied || !r.csatResponses || *r.csatResponses <= 0) return std::nullopt;
    return static_cast<double>(*r.csatSatisfied) / static_cast<double>(*r.csatResponses) * 100.0;
}

std::optional<double> asReal(const std::optional<std::int64_t>& v) {
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

void addRelationshipDeltas(const Cycle& from, const Cycle& to, std::vector<MeasureDelta>& out) {
    const auto& f = from.relationship;
    const auto& t = to.relationship;
    const auto up = Direction::HigherIsBetter;
    out.push_back(makeDelta("relationship", "Net promoter score", "points", up, netPromoterScore(f),
                            netPromoterScore(t)));
    out.push_back(makeDelta("relationship", "Customer satisfaction", "%", up, satisfactionScore(f),
                            satisfactionScore(t)));
    out.push_back(makeDelta("relationship", "One-time buyers", "%", Direction::LowerIsBetter,
                            f.oneTimeSharePct, t.oneTimeSharePct));
    out.push_back(
        makeDelta("relationship", "Repeat customers", "%", up, f.repeatSharePct, t.repeatSharePct));
    out.push_back(makeDelta("relationship", "Advanced customers", "%", up, f.advancedSharePct,
                            t.advancedSharePct));
    out.push_back(makeDelta("relationship", "Customer-rated experience", "1-10", up,
                            asReal(f.customerRatedExperience), asReal(t.customerRatedExperience)));
}

template <class Item, class Value>
void addItemDeltas(const Lineage& lineage, const std::vector<Item>& fromItems,
                   const std::vector<Item>& toItems, std::string_view source, Value value,
                   std::vector<MeasureDelta>& out) {
    std::map<std::string, const Item*> byId;
    for (const auto& item : fromItems) byId[item.id] = &item;
    for (const auto& item : toItems) {
        auto it = byId.find(lineage.ancestorInFrom(item.id));
        if (it == byId.end()) continue;
        out.push_back(makeDelta(std::string(source), item.name, item.unit, item.direction,
                                value(*it->second), value(item)));
    }
}

std::vector<MaturityDelta> maturityDeltas(const Cycle& from, const Cycle& to) {
    std::vector<MaturityDelta> out;
    for (const auto& t : to.capabilities) {
        MaturityDelta m{t.areaKey,    t.name,   std::nullopt, t.current,
                        std::nullopt, t.target, std::nullopt};
        // The same catalog area, or for a capability the facilitator added by hand (no key)
        // the item it was copied from.
        for (const auto& f : from.capabilities)
            if (t.areaKey.empty() ? (!t.originId.empty() && f.id == t.originId)
                                  : f.areaKey == t.areaKey) {
                m.fromCurrent = f.current;
                m.fromTarget = f.target;
            }
        if (m.fromCurrent && m.toCurrent) m.delta = *m.toCurrent - *m.fromCurrent;
        out.push_back(m);
    }
    return out;
}

void addMilestoneOutcomes(const Lineage& lineage, const Cycle& from, const Cycle& to,
                          CycleComparison& out) {
    std::map<std::string, std::pair<std::string, Direction>> owners;  // id -> name, direction
    for (const auto& k : from.kpis) owners[k.id] = {k.name, k.direction};
    for (const auto& o : from.segmentObjectives) owners[o.id] = {o.description, o.direction};
    std::map<std::string, const Milestone*> laterCopy;
    for (const auto& m : to.milestones) laterCopy[lineage.ancestorInFrom(m.id)] = &m;
    for (const auto& m : from.milestones) {
        auto owner = owners.find(m.ownerId);
        MilestoneOutcome o{m.id,     owner == owners.end() ? m.ownerId : owner->second.first,
                           m.due,    m.target,
                           m.actual, MilestoneResult::NoActual};
        if (!o.actual && laterCopy.count(m.id)) o.actual = laterCopy[m.id]->actual;
        const bool due = !m.due || !to.assessmentDate || *m.due <= *to.assessmentDate;
        if (!due)
            o.result = MilestoneResult::NotDue;
        else if (!o.actual || !o.target)
            o.result = MilestoneResult::NoActual;
        else {
            const bool higher =
                owner == owners.end() || owner->second.second == Direction::HigherIsBetter;
            o.result = (higher ? *o.actual >= *o.target : *o.actual <= *o.target)
                           ? MilestoneResult::Hit
                           : MilestoneResult::Missed;
        }
        out.milestonesHit += o.result == MilestoneResult::Hit;
        out.milestonesMissed += o.result == MilestoneResult::Missed;
        out.milestonesWithoutActual += o.result == MilestoneResult::NoActual;
        out.milestones.push_back(o);
    }
}

void addItemChanges(const Lineage& lineage, const Cycle& from, const Cycle& to,
                    std::vector<ItemChange>& out) {
    for (std::string_view kindName :
         {"objective", "segment_objective", "segment", "kpi", "treatment"}) {
        const EntityDescriptor& kind = *findDescriptor(kindName);
        std::map<std::string, std::size_t> matched;  // from index by id
        for (std::size_t i = 0; i < kind.count(to); ++i) {
            const Entity& later = kind.at(to, i);
            const std::string ancestor = lineage.ancestorInFrom(later.id);
            auto index = ancestor.empty() ? std::nullopt : kind.indexOf(from, ancestor);
            if (!index) {
                out.push_back({std::string(kindName),
                               later.id,
                               itemFullCaption(kind, later),
                               ChangeKind::Added,
                               {},
                               {}});
                continue;
            }
            matched[ancestor] = *index;
            ItemChange change{std::string(kindName), later.id, itemFullCaption(kind, later),
                              ChangeKind::Changed,   {},       {}};
            for (const auto& f : kind.fields) {
                // References differ by id between cycles by design; compare what people typed.
                if (f.type == FieldType::Reference || f.type == FieldType::ReferenceList) continue;
                FieldValue before = f.get(kind.at(from, *index));
                FieldValue after = f.get(later);
                if (after == before) continue;
                change.changedFields.emplace_back(f.label);
                change.fieldChanges.push_back({std::string(f.key), std::string(f.label), f.type,
                                               std::move(before), std::move(after)});
            }
            if (!change.changedFields.empty()) out.push_back(change);
        }
        for (std::size_t i = 0; i < kind.count(from); ++i) {
            const Entity& earlier = kind.at(from, i);
            if (!matched.count(earlier.id))
                out.push_back({std::string(kindName),
                               earlier.id,
                               itemFullCaption(kind, earlier),
                               ChangeKind::Dropped,
                               {},
                               {}});
        }
    }
}

}  // namespace

CycleComparison compareCycles(const Assessment& a, const EntityId& fromCycleId,
                              const EntityId& toCycleId) {
    const Cycle* from = a.findCycle(fromCycleId);
    const Cycle* to = a.findCycle(toCycleId);
    if (!from || !to)
        throw std::invalid_argument(fmt::format("no cycle '{}'", from ? toCycleId : fromCycleId));
    CycleComparison out{from->id, from->name, to->id, to->name, {}, {}, {}, {}, 0, 0, 0};
    const Lineage lineage(a, *from);
    addRelationshipDeltas(*from, *to, out.measures);
    addItemDeltas(
        lineage, from->kpis, to->kpis, "kpi",
        [](const Kpi& k) { return k.current ? k.current : k.baseline; }, out.measures);
    addItemDeltas(
        lineage, from->metrics, to->metrics, "metric",
        [](const CurrentMetric& m) { return m.baseline; }, out.measures);
    out.maturity = maturityDeltas(*from, *to);
    addMilestoneOutcomes(lineage, *from, *to, out);
    addItemChanges(lineage, *from, *to, out.items);
    return out;
}

}  // namespace crm::reset
