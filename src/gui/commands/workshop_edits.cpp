#include "gui/commands/workshop_edits.h"

#include <QCoreApplication>
#include <QUndoStack>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("crm::gui", text); }

const EntityDescriptor& kindNamed(std::string_view name) { return *findDescriptor(name); }

// Pushes the command; true when it is on the stack (the store took it).
bool pushed(DocumentSession& session, QUndoCommand* command) {
    const int before = session.undoStack()->index();
    session.undoStack()->push(command);
    return session.undoStack()->index() != before;
}

bool insert(DocumentSession& session, const EntityDescriptor& kind, EntityRecord record,
            const QString& text) {
    const Cycle* cycle = session.cycle();
    if (!cycle) return false;
    auto* command = new InsertItemCommand(session, kind, kind.count(*cycle), std::move(record));
    command->setText(text);
    return pushed(session, command);
}

bool setField(DocumentSession& session, const EntityDescriptor& kind, const EntityId& id,
              std::string_view key, FieldValue value, const QString& text) {
    auto* command = new SetFieldCommand(session, kind, id, *kind.field(key), std::move(value));
    command->setText(text);
    return pushed(session, command);
}

bool remove(DocumentSession& session, const EntityDescriptor& kind, const EntityId& id,
            const QString& text) {
    auto* command = new RemoveItemCommand(session, kind, id);
    command->setText(text);
    return pushed(session, command);
}

QString participantName(const Cycle& cycle, const EntityId& id) {
    for (const auto& p : cycle.participants)
        if (p.id == id)
            return p.name.empty() ? QString::fromStdString(id) : QString::fromStdString(p.name);
    return QString::fromStdString(id);
}

QString itemName(const Cycle& cycle, const EntityId& id, RatingDimension dimension) {
    return QStringLiteral("%1 (%2)").arg(describeItem(cycle, id),
                                         dimensionLabel(dimension).toLower());
}

bool refuse(DocumentSession& session, const QString& message) {
    session.reportError(message);
    return false;
}

// A 1..5 rating as the descriptor's field accepts it; empty when it is out of range.
std::optional<QString> ratingError(const EntityDescriptor& kind, std::int64_t value) {
    const CoerceResult checked = coerceValue(*kind.field("value"), FieldValue{value});
    if (checked.error.empty()) return std::nullopt;
    return QString::fromStdString(checked.error);
}

}  // namespace

EntityRecord makeRecord(const EntityDescriptor& kind,
                        std::initializer_list<std::pair<std::string_view, FieldValue>> values) {
    EntityRecord record;
    for (const auto& f : kind.fields) {
        FieldValue value = coerceValue(f, FieldValue{}).value;
        if (f.type == FieldType::Choice) value = std::string(f.choiceKeys.front());
        for (const auto& [key, given] : values)
            if (key == f.key) value = given;
        record.values.push_back(std::move(value));
    }
    return record;
}

const Rating* findVote(const Cycle& cycle, const EntityId& itemId, RatingDimension dimension,
                       const EntityId& participantId) {
    for (const auto& r : cycle.ratings)
        if (r.itemId == itemId && r.dimension == dimension && r.participantId == participantId)
            return &r;
    return nullptr;
}

const ConsensusValue* findAgreement(const Cycle& cycle, const EntityId& itemId,
                                    RatingDimension dimension) {
    for (const auto& c : cycle.consensus)
        if (c.itemId == itemId && c.dimension == dimension) return &c;
    return nullptr;
}

const ScopeExclusion* findExclusion(const Cycle& cycle, const EntityId& itemId) {
    for (const auto& x : cycle.exclusions)
        if (x.itemId == itemId) return &x;
    return nullptr;
}

bool castVote(DocumentSession& session, const EntityId& itemId, RatingDimension dimension,
              const EntityId& participantId, std::optional<std::int64_t> value) {
    const Cycle* cycle = session.cycle();
    if (!cycle) return false;
    const EntityDescriptor& kind = kindNamed("rating");
    if (value)
        if (auto error = ratingError(kind, *value))
            return refuse(session, tr("Vote %1: %2").arg(*value).arg(*error));
    const QString who = participantName(*cycle, participantId);
    const QString what = itemName(*cycle, itemId, dimension);
    const Rating* existing = findVote(*cycle, itemId, dimension, participantId);
    if (!existing && !value) return true;
    if (existing && existing->value == value) return true;
    if (!value)
        return remove(session, kind, existing->id,
                      tr("Remove the vote of %1 on %2").arg(who, what));
    const QString text = tr("Vote %1 by %2 on %3").arg(*value).arg(who, what);
    if (existing) return setField(session, kind, existing->id, "value", *value, text);
    return insert(session, kind,
                  makeRecord(kind, {{"item_id", itemId},
                                    {"dimension", std::string(choiceKey(dimension))},
                                    {"participant_id", participantId},
                                    {"value", *value}}),
                  text);
}

bool agreeValue(DocumentSession& session, const EntityId& itemId, RatingDimension dimension,
                std::optional<std::int64_t> value, const QString& reason) {
    const Cycle* cycle = session.cycle();
    if (!cycle) return false;
    const EntityDescriptor& kind = kindNamed("consensus");
    const QString what = itemName(*cycle, itemId, dimension);
    const ConsensusValue* existing = findAgreement(*cycle, itemId, dimension);
    if (!value)
        return existing ? remove(session, kind, existing->id,
                                 tr("Clear the agreed value of %1").arg(what))
                        : true;
    if (auto error = ratingError(kind, *value))
        return refuse(session, tr("Agreed value %1: %2").arg(*value).arg(*error));
    const std::string why = toStd(reason.trimmed());
    if (why.empty())
        return refuse(session, tr("Say why the room agreed on %1 for %2.").arg(*value).arg(what));
    const QString text = tr("Agree %1 on %2").arg(*value).arg(what);
    if (!existing)
        return insert(session, kind,
                      makeRecord(kind, {{"item_id", itemId},
                                        {"dimension", std::string(choiceKey(dimension))},
                                        {"value", *value},
                                        {"reason", why}}),
                      text);
    if (existing->value == value && existing->reason == why) return true;
    const EntityId id = existing->id;
    const bool valueChanges = existing->value != value, reasonChanges = existing->reason != why;
    QUndoStack& stack = *session.undoStack();
    const int before = stack.index();
    stack.beginMacro(text);
    if (valueChanges)
        stack.push(new SetFieldCommand(session, kind, id, *kind.field("value"), *value));
    if (reasonChanges)
        stack.push(new SetFieldCommand(session, kind, id, *kind.field("reason"), why));
    stack.endMacro();
    return stack.index() != before;
}

bool markNotApplicable(DocumentSession& session, const EntityId& itemId, const QString& reason) {
    const Cycle* cycle = session.cycle();
    if (!cycle) return false;
    const EntityDescriptor& kind = kindNamed("exclusion");
    const QString what = describeItem(*cycle, itemId);
    const std::string why = toStd(reason.trimmed());
    if (why.empty()) return refuse(session, tr("Say why %1 does not apply.").arg(what));
    if (const ScopeExclusion* existing = findExclusion(*cycle, itemId)) {
        if (existing->reason == why) return true;
        return setField(session, kind, existing->id, "reason", why,
                        tr("Change why %1 does not apply").arg(what));
    }
    return insert(session, kind, makeRecord(kind, {{"item_id", itemId}, {"reason", why}}),
                  tr("Mark %1 not applicable").arg(what));
}

bool markApplicable(DocumentSession& session, const EntityId& itemId) {
    const Cycle* cycle = session.cycle();
    if (!cycle || !findExclusion(*cycle, itemId)) return true;
    const EntityDescriptor& kind = kindNamed("exclusion");
    std::vector<EntityId> ids;
    for (const auto& x : cycle->exclusions)
        if (x.itemId == itemId) ids.push_back(x.id);
    QUndoStack& stack = *session.undoStack();
    const int before = stack.index();
    stack.beginMacro(tr("Mark %1 applicable again").arg(describeItem(*cycle, itemId)));
    for (const auto& id : ids) stack.push(new RemoveItemCommand(session, kind, id));
    stack.endMacro();
    return stack.index() != before;
}

bool addEvidence(DocumentSession& session, const EntityId& itemId, const QString& text,
                 const QString& source, const QString& fileReference, bool toReview) {
    const Cycle* cycle = session.cycle();
    if (!cycle) return false;
    if (text.trimmed().isEmpty() && source.trimmed().isEmpty() && fileReference.trimmed().isEmpty())
        return refuse(session, tr("Write a note, a source or a file before adding it."));
    const EntityDescriptor& kind = kindNamed("evidence");
    return insert(session, kind,
                  makeRecord(kind, {{"item_id", itemId},
                                    {"text", toStd(text.trimmed())},
                                    {"source", toStd(source.trimmed())},
                                    {"file_reference", toStd(fileReference.trimmed())},
                                    {"to_review", toReview}}),
                  tr("Add a note to %1").arg(describeItem(*cycle, itemId)));
}

bool addParkingItem(DocumentSession& session, int step, const QString& text,
                    const QString& raisedBy) {
    if (!session.cycle()) return false;
    if (text.trimmed().isEmpty())
        return refuse(session, tr("Write the question or idea before parking it."));
    const EntityDescriptor& kind = kindNamed("parking");
    return insert(session, kind,
                  makeRecord(kind, {{"step", std::int64_t{step}},
                                    {"text", toStd(text.trimmed())},
                                    {"raised_by", toStd(raisedBy.trimmed())}}),
                  tr("Park \"%1\"").arg(text.trimmed().left(40)));
}

}  // namespace crm::gui
