#include "room_votes/round_items.h"

#include <nlohmann/json.hpp>

#include <set>

#include "engine/workshop/rating_spread.h"

namespace crm::room_votes {

namespace {

// The scale in words for the dimensions no catalog describes.
std::array<std::string, 5> genericLevels(RatingDimension dimension) {
    switch (dimension) {
        case RatingDimension::Importance:
            return {"Hardly matters", "Matters a little", "Matters", "Matters a lot",
                    "Matters most"};
        case RatingDimension::Performance:
            return {"Very poor", "Poor", "Adequate", "Good", "Excellent"};
        case RatingDimension::Severity:
            return {"Minor annoyance", "Noticeable", "Serious", "Very serious",
                    "Drives customers away"};
        case RatingDimension::Frequency:
            return {"Rarely", "Now and then", "Often", "Very often", "All the time"};
        case RatingDimension::Current:
        case RatingDimension::Target:
            break;
    }
    return {"Developing", "Practicing", "Optimizing", "Leading", "Maximum value"};
}

RoundItem makeItem(const Entity& entity, RatingDimension dimension, std::string name,
                   std::string description) {
    RoundItem item;
    item.itemId = entity.id;
    item.dimension = dimension;
    item.name = std::move(name);
    item.question = std::string(choiceLabel(dimension));
    item.description = std::move(description);
    item.levels = genericLevels(dimension);
    return item;
}

}  // namespace

LevelTexts levelsFromCatalog(std::string_view catalogJson) {
    LevelTexts out;
    const auto catalog = nlohmann::json::parse(catalogJson, nullptr, false);
    if (catalog.is_discarded() || !catalog.is_object() || !catalog.contains("items") ||
        !catalog["items"].is_array())
        return out;
    for (const auto& item : catalog["items"]) {
        if (!item.is_object() || !item.contains("key") || !item["key"].is_string() ||
            !item.contains("levels") || !item["levels"].is_object())
            continue;
        std::array<std::string, 5> levels;
        bool complete = true;
        for (int level = 1; level <= 5; ++level) {
            const auto text = item["levels"].find(std::to_string(level));
            if (text == item["levels"].end() || !text->is_string())
                complete = false;
            else
                levels[static_cast<std::size_t>(level - 1)] = text->get<std::string>();
        }
        const auto description = item.find("description");
        if (complete)
            out[item["key"].get<std::string>()] = {
                description != item.end() && description->is_string()
                    ? description->get<std::string>()
                    : std::string(),
                levels};
    }
    return out;
}

std::optional<VotedField> parseVotedField(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const auto kind = text.substr(0, colon);
    const auto dimension = workshop::votedDimension(kind, text.substr(colon + 1));
    if (!dimension) return std::nullopt;
    return VotedField{std::string(kind), *dimension};
}

std::string_view ratedKindOfStep(int step) {
    switch (step) {
        case 3:
            return "pain";
        case 5:
            return "attribute";
        case 10:
            return "capability";
        default:
            return {};
    }
}

std::vector<RoundItem> roundItems(const Cycle& cycle, const VotedField& field,
                                  const LevelTexts& capabilityLevels) {
    std::set<EntityId> excluded;
    for (const auto& x : cycle.exclusions) excluded.insert(x.itemId);
    std::vector<RoundItem> out;
    if (field.kind == "capability") {
        for (const auto& c : cycle.capabilities) {
            if (excluded.count(c.id)) continue;
            // The catalog's words, never the facilitator's notes: the phones see only the item.
            RoundItem item = makeItem(c, field.dimension, c.name, "");
            const auto area = capabilityLevels.find(c.areaKey);
            if (area != capabilityLevels.end()) {
                item.description = area->second.description;
                if (field.dimension != RatingDimension::Importance)
                    item.levels = area->second.levels;
            }
            out.push_back(std::move(item));
        }
    } else if (field.kind == "attribute") {
        for (const auto& a : cycle.attributes) {
            if (excluded.count(a.id)) continue;
            std::string segment = "All customers";
            for (const auto& s : cycle.segments)
                if (s.id == a.segmentId) segment = s.name;
            out.push_back(makeItem(a, field.dimension, a.attribute, "For: " + segment));
        }
    } else if (field.kind == "pain") {
        for (const auto& p : cycle.painPoints)
            if (!excluded.count(p.id))
                out.push_back(makeItem(p, field.dimension, p.description, ""));
    }
    return out;
}

std::vector<RoundPerson> roundPeople(const Cycle& cycle) {
    std::vector<RoundPerson> out;
    for (const auto& p : cycle.participants) out.push_back({p.id, p.name});
    return out;
}

}  // namespace crm::room_votes
