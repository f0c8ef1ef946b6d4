#include "gui/commands/document_properties_command.h"

#include <QCoreApplication>
#include <QStringList>

#include "gui/app/document_session.h"

namespace crm::gui {

QString documentPropertiesChangeText(const DocumentProperties& before,
                                     const DocumentProperties& after) {
    auto tr = [](const char* text) { return QCoreApplication::translate("crm::gui", text); };
    QStringList changed;
    if (before.companyName != after.companyName) changed << tr("company");
    if (before.facilitator != after.facilitator) changed << tr("facilitator");
    if (before.industry != after.industry) changed << tr("industry");
    if (before.currency != after.currency) changed << tr("currency");
    if (before.language != after.language) changed << tr("report language");
    if (changed.isEmpty()) return tr("Change document properties");
    return tr("Change document properties (%1)").arg(changed.join(QStringLiteral(", ")));
}

ChangeDocumentPropertiesCommand::ChangeDocumentPropertiesCommand(DocumentSession& session,
                                                                 DocumentProperties newProperties,
                                                                 QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      old_(session.assessment().properties()),
      new_(std::move(newProperties)) {
    setText(documentPropertiesChangeText(old_, new_));
}

bool ChangeDocumentPropertiesCommand::apply(const DocumentProperties& properties) {
    if (!session_.runOnDocument([&](store::Document& d) { d.setDocumentProperties(properties); }))
        return false;
    emit session_.propertiesChanged();
    emit session_.edited();  // the window title shows the company
    return true;
}

void ChangeDocumentPropertiesCommand::redo() {
    if (apply(new_))
        applied_ = true;
    else if (!applied_)
        setObsolete(true);  // refused the first time: QUndoStack drops it
}

void ChangeDocumentPropertiesCommand::undo() { apply(old_); }

}  // namespace crm::gui
