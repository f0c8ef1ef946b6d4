#include "gui/commands/cycle_commands.h"

#include <QCoreApplication>

#include "gui/app/document_session.h"
#include "gui/common/language.h"
#include "gui/common/local_format.h"

namespace crm::gui {

namespace {
// Lower case inside an English sentence; German nouns keep their capital.
QString englishLower(const QString& label) {
    return windowLanguage() == QLatin1String("en") ? label.toLower() : label;
}
}  // namespace

namespace {

QString cycleName(DocumentSession& session, const EntityId& id) {
    const Cycle* c = session.assessment().findCycle(id);
    return c ? QString::fromStdString(c->name) : QString::fromStdString(id);
}

// Runs one store call that changes the list of cycles; a refusal goes to the message area and
// returns false. Before it, whatever keeps unsaved state for the cycle in use (the workshop
// step timer) writes it, as when the file or the cycle changes.
bool storeCall(DocumentSession& session, const std::function<void(store::Document&)>& call) {
    if (!session.isOpen()) return false;
    emit session.aboutToReset();
    return session.runOnDocument(call);
}

}  // namespace

StartCycleCommand::StartCycleCommand(DocumentSession& session, EntityId fromCycleId,
                                     std::string name, std::optional<Date> assessmentDate,
                                     QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      fromId_(std::move(fromCycleId)),
      editedBefore_(session.cycleId()),
      name_(std::move(name)),
      date_(assessmentDate) {
    setText(QCoreApplication::translate("crm::gui", "Start cycle %1 from %2")
                .arg(QString::fromStdString(name_), cycleName(session, fromId_)));
}

void StartCycleCommand::redo() {
    bool ok = false;
    if (started_) {
        ok = storeCall(session_, [&](store::Document& d) { d.insertCycle(*started_, position_); });
    } else {
        ok = storeCall(session_, [&](store::Document& d) {
            startedId_ = d.startNewCycle(fromId_, name_, date_);
            position_ = d.assessment().cycles.size() - 1;
        });
    }
    if (!ok) {
        if (!started_) setObsolete(true);
        return;
    }
    session_.announceCycles(startedId_);
}

void StartCycleCommand::undo() {
    if (startedId_.empty()) return;
    const bool ok = storeCall(session_, [&](store::Document& d) {
        auto [cycle, position] = d.deleteCycle(startedId_);
        started_ = std::move(cycle);
        position_ = position;
    });
    if (ok) session_.announceCycles(editedBefore_);
}

RenameCycleCommand::RenameCycleCommand(DocumentSession& session, EntityId cycleId,
                                       std::string newName, QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      cycleId_(std::move(cycleId)),
      newName_(std::move(newName)) {
    oldName_ = toStd(cycleName(session, cycleId_));
    setText(QCoreApplication::translate("crm::gui", "Rename cycle %1 to %2")
                .arg(QString::fromStdString(oldName_), QString::fromStdString(newName_)));
}

bool RenameCycleCommand::rename(const std::string& name) {
    if (!storeCall(session_, [&](store::Document& d) { d.setCycleName(cycleId_, name); }))
        return false;
    session_.announceCycles(session_.cycleId());
    return true;
}

QString StartCycleCommand::afterUndo() const {
    return QCoreApplication::translate("crm::gui", "the cycle %1 is gone; you are back in %2")
        .arg(QString::fromStdString(name_), cycleName(session_, session_.cycleId()));
}

QString StartCycleCommand::afterRedo() const {
    return QCoreApplication::translate("crm::gui", "the cycle %1 is back and in use")
        .arg(QString::fromStdString(name_));
}

UndoPlace StartCycleCommand::place() const {
    UndoPlace place;
    place.cycleId = session_.cycleId();  // the command chose it
    place.page = QStringLiteral("resetFlowPage");
    return place;
}

void RenameCycleCommand::redo() {
    if (!rename(newName_)) setObsolete(true);
}

void RenameCycleCommand::undo() { rename(oldName_); }

DeleteCycleCommand::DeleteCycleCommand(DocumentSession& session, EntityId cycleId,
                                       QUndoCommand* parent)
    : QUndoCommand(parent), session_(session), cycleId_(std::move(cycleId)) {
    name_ = cycleName(session, cycleId_);
    setText(QCoreApplication::translate("crm::gui", "Delete cycle %1").arg(name_));
}

QString DeleteCycleCommand::afterUndo() const {
    return QCoreApplication::translate("crm::gui",
                                       "the cycle %1 is back with everything in it; you are in %2")
        .arg(name_, cycleName(session_, session_.cycleId()));
}

QString DeleteCycleCommand::afterRedo() const {
    return QCoreApplication::translate("crm::gui", "the cycle %1 is gone again; you are in %2")
        .arg(name_, cycleName(session_, session_.cycleId()));
}

UndoPlace DeleteCycleCommand::place() const {
    UndoPlace place;
    place.cycleId = session_.cycleId();
    place.page = QStringLiteral("resetFlowPage");
    return place;
}

void DeleteCycleCommand::redo() {
    wasEdited_ = session_.cycleId() == cycleId_;
    const bool ok = storeCall(session_, [&](store::Document& d) {
        auto [cycle, position] = d.deleteCycle(cycleId_);
        removed_ = std::move(cycle);
        position_ = position;
    });
    if (!ok) {
        setObsolete(true);
        return;
    }
    // The store has chosen the next current cycle when this one was in use.
    session_.announceCycles(wasEdited_ ? session_.assessment().currentCycleId : session_.cycleId());
}

void DeleteCycleCommand::undo() {
    if (!removed_) return;
    if (!storeCall(session_, [&](store::Document& d) { d.insertCycle(*removed_, position_); }))
        return;
    session_.announceCycles(wasEdited_ ? cycleId_ : session_.cycleId());
}

SetCycleFieldCommand::SetCycleFieldCommand(DocumentSession& session, EntityId cycleId,
                                           const EntityDescriptor& kind, EntityId itemId,
                                           const FieldDescriptor& field, FieldValue newValue,
                                           QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      cycleId_(std::move(cycleId)),
      kind_(kind),
      itemId_(std::move(itemId)),
      field_(field),
      newValue_(std::move(newValue)),
      child_(parent != nullptr) {
    if (const Cycle* c = session.assessment().findCycle(cycleId_)) {
        if (auto index = kind.indexOf(*c, itemId_)) oldValue_ = field.get(kind.at(*c, *index));
    }
    setText(QCoreApplication::translate("crm::gui", "Edit %1 %2 in cycle %3")
                .arg(englishLower(engineText("assessment", kind.label)),
                     englishLower(engineText("assessment", field.label)),
                     cycleName(session, cycleId_)));
}

void SetCycleFieldCommand::redo() {
    applied_ = session_.applyField(cycleId_, kind_, itemId_, field_.key, newValue_);
    if (!applied_ && !child_) setObsolete(true);
}

void SetCycleFieldCommand::undo() {
    if (applied_) session_.applyField(cycleId_, kind_, itemId_, field_.key, oldValue_);
}

}  // namespace crm::gui
