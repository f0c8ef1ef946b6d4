#include "gui/commands/edit_commands.h"

#include <QCoreApplication>

#include "engine/model/validation.h"
#include "gui/app/document_session.h"
#include "gui/common/language.h"
#include "gui/common/local_format.h"

namespace crm::gui {

namespace {

QString lowerFirstUnlessAcronym(QString text) {
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

QString captionOf(DocumentSession& session, const EntityDescriptor& kind, const EntityId& id) {
    const Cycle* c = session.cycle();
    if (!c || kind.singleton) return {};
    auto index = kind.indexOf(*c, id);
    if (!index) return {};
    return QString::fromStdString(itemCaption(kind, kind.at(*c, *index)));
}

}  // namespace

QString labelInSentence(std::string_view label) {
    // English lowers a label inside a sentence; German keeps its nouns capitalised.
    const QString shown = engineText("assessment", label);
    return windowLanguage() == QLatin1String("en") ? lowerFirstUnlessAcronym(shown) : shown;
}

QString kindInSentence(const EntityDescriptor& kind) { return labelInSentence(kind.label); }

ItemEditCommand::ItemEditCommand(DocumentSession& session, const EntityDescriptor& kind,
                                 QUndoCommand* parent)
    : QUndoCommand(parent), session_(session), kind_(kind), cycleId_(session.cycleId()) {}

SetFieldCommand::SetFieldCommand(DocumentSession& session, const EntityDescriptor& kind,
                                 EntityId itemId, const FieldDescriptor& field, FieldValue newValue)
    : ItemEditCommand(session, kind),
      itemId_(std::move(itemId)),
      field_(field),
      newValue_(std::move(newValue)) {
    if (const Cycle* c = session.cycle()) {
        auto index = kind.singleton ? std::optional<std::size_t>{0} : kind.indexOf(*c, itemId_);
        if (index) oldValue_ = field.get(kind.at(*c, *index));
    }
    setText(QCoreApplication::translate("crm::gui", "Edit %1 %2")
                .arg(kindInSentence(kind), labelInSentence(field.label)));
}

void SetFieldCommand::redo() {
    if (!session_.applyField(cycleId_, kind_, itemId_, field_.key, newValue_)) setObsolete(true);
}

void SetFieldCommand::undo() {
    session_.applyField(cycleId_, kind_, itemId_, field_.key, oldValue_);
}

bool SetFieldCommand::mergeWith(const QUndoCommand* other) {
    auto* next = dynamic_cast<const SetFieldCommand*>(other);
    if (!next || !mergeable_ || !next->mergeable_ || &next->kind_ != &kind_ ||
        &next->field_ != &field_ || next->itemId_ != itemId_ || next->cycleId_ != cycleId_)
        return false;
    newValue_ = next->newValue_;
    return true;
}

InsertItemCommand::InsertItemCommand(DocumentSession& session, const EntityDescriptor& kind,
                                     std::size_t index, std::optional<EntityRecord> record,
                                     QUndoCommand* parent)
    : ItemEditCommand(session, kind, parent), index_(index), record_(std::move(record)) {
    setText(QCoreApplication::translate("crm::gui", "Add %1").arg(kindInSentence(kind)));
}

void InsertItemCommand::redo() {
    auto id = session_.applyInsert(cycleId_, kind_, index_, record_);
    if (!id) {
        setObsolete(true);
        return;
    }
    insertedId_ = *id;
}

void InsertItemCommand::undo() {
    // Keep the item as it is now (with the edits made after inserting it) for a redo.
    if (auto removed = session_.applyRemove(cycleId_, kind_, insertedId_))
        record_ = removed->record;
}

RemoveItemCommand::RemoveItemCommand(DocumentSession& session, const EntityDescriptor& kind,
                                     EntityId itemId, QUndoCommand* parent)
    : ItemEditCommand(session, kind, parent), itemId_(std::move(itemId)) {
    const QString caption = captionOf(session, kind, itemId_);
    setText(caption.isEmpty() || caption == QString::fromStdString(itemId_)
                ? QCoreApplication::translate("crm::gui", "Delete %1").arg(kindInSentence(kind))
                : QCoreApplication::translate("crm::gui", "Delete %1 '%2'")
                      .arg(kindInSentence(kind), caption));
}

void RemoveItemCommand::redo() {
    removed_ = session_.applyRemove(cycleId_, kind_, itemId_);
    if (!removed_) setObsolete(true);
}

void RemoveItemCommand::undo() {
    if (removed_) session_.applyInsert(cycleId_, kind_, removed_->index, removed_->record);
}

MoveItemCommand::MoveItemCommand(DocumentSession& session, const EntityDescriptor& kind,
                                 EntityId itemId, std::size_t fromIndex, std::size_t toIndex)
    : ItemEditCommand(session, kind), itemId_(std::move(itemId)), from_(fromIndex), to_(toIndex) {
    const QString caption = captionOf(session, kind, itemId_);
    setText(QCoreApplication::translate("crm::gui", "Move %1 '%2' %3")
                .arg(kindInSentence(kind), caption,
                     toIndex < fromIndex ? QCoreApplication::translate("crm::gui", "up")
                                         : QCoreApplication::translate("crm::gui", "down")));
}

void MoveItemCommand::redo() {
    if (!session_.applyMove(cycleId_, kind_, itemId_, to_)) setObsolete(true);
}

void MoveItemCommand::undo() { session_.applyMove(cycleId_, kind_, itemId_, from_); }

}  // namespace crm::gui
