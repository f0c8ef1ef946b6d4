#include "gui/commands/undo_notice.h"

#include <QCoreApplication>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"

namespace crm::gui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("crm::gui", text); }

// Where the items of `kind` are shown: a step's page, or a feature's place for the kind.
UndoPlace placeOfKind(const EntityDescriptor& kind, const EntityId& cycleId) {
    UndoPlace place;
    place.cycleId = cycleId;
    if (kind.step >= 1 && kind.step <= 10)
        place.step = kind.step;
    else if (kind.step == kResetStep)
        place.page = QStringLiteral("resetFlowPage");
    else
        place.kind = toQString(kind.kind);
    return place;
}

// Describes a group by its children: "the 3 actions it added are gone".
UndoNotice describeChildren(const QUndoCommand& command, bool undone) {
    int added = 0, removed = 0, other = 0;
    const ItemEditCommand* first = nullptr;
    for (int i = 0; i < command.childCount(); ++i) {
        const QUndoCommand* child = command.child(i);
        const auto* edit = dynamic_cast<const ItemEditCommand*>(child);
        if (edit && !first) first = edit;
        if (dynamic_cast<const InsertItemCommand*>(child))
            ++added;
        else if (dynamic_cast<const RemoveItemCommand*>(child))
            ++removed;
        else
            ++other;
    }
    const QString kind = first ? kindInSentence(first->kind()) : tr("item");
    QStringList parts;
    if (added > 0)
        parts << (undone ? tr("the %1 it added are gone") : tr("the %1 are back"))
                     .arg(countedItems(added, kind));
    if (removed > 0)
        parts << (undone ? tr("the %1 it removed are back") : tr("the %1 are removed again"))
                     .arg(countedItems(removed, kind));
    if (other == 1)
        parts << (undone ? tr("1 other change taken back") : tr("1 other change made again"));
    if (other > 1)
        parts << (undone ? tr("%1 other changes taken back") : tr("%1 other changes made again"))
                     .arg(other);
    UndoNotice notice;
    notice.message = parts.join(QStringLiteral("; "));
    if (first) notice.place = placeOfKind(first->kind(), first->cycleId());
    return notice;
}
}  // namespace

EditGroupCommand::EditGroupCommand(const QString& text, UndoPlace place, QString afterUndo,
                                   QString afterRedo)
    : place_(std::move(place)), afterUndo_(std::move(afterUndo)), afterRedo_(std::move(afterRedo)) {
    setText(text);
}

QString countedItems(int count, const QString& kindInSentence) {
    if (count == 1) return QStringLiteral("1 %1").arg(kindInSentence);
    return QStringLiteral("%1 %2s").arg(count).arg(kindInSentence);
}

std::optional<UndoNotice> undoNoticeFor(const QUndoCommand& command, bool undone) {
    UndoNotice notice;
    if (const auto* noticed = dynamic_cast<const NoticedCommand*>(&command)) {
        notice.message = undone ? noticed->afterUndo() : noticed->afterRedo();
        notice.place = noticed->place();
    } else if (command.childCount() > 1) {
        notice = describeChildren(command, undone);
    } else {
        return std::nullopt;  // one field: it changes where the user is looking
    }
    const QString what = (undone ? tr("Undone: %1") : tr("Redone: %1")).arg(command.text());
    notice.message = notice.message.isEmpty() ? what : tr("%1 — %2").arg(what, notice.message);
    return notice;
}

}  // namespace crm::gui
