#pragma once
// File > Properties as one undoable edit: company, facilitator, industry and currency change
// together (one store transaction), and one undo puts all four back.
#include <QUndoCommand>

#include "engine/model/assessment.h"

namespace crm::gui {

class DocumentSession;

class ChangeDocumentPropertiesCommand : public QUndoCommand {
  public:
    ChangeDocumentPropertiesCommand(DocumentSession& session, DocumentProperties newProperties,
                                    QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    bool apply(const DocumentProperties& properties);

    DocumentSession& session_;
    DocumentProperties old_, new_;
    bool applied_ = false;
};

// "Change document properties (company, currency)": the fields that differ, in form order.
QString documentPropertiesChangeText(const DocumentProperties& before,
                                     const DocumentProperties& after);

}  // namespace crm::gui
