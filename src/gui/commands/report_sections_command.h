#pragma once
// The report sections the export dialog leaves out, kept in the document (one undoable edit),
// so next year's report of the same document has the same shape.
#include <QUndoCommand>

#include <string>
#include <vector>

namespace crm::gui {

class DocumentSession;

class ChooseReportSectionsCommand : public QUndoCommand {
  public:
    ChooseReportSectionsCommand(DocumentSession& session, std::vector<std::string> leftOut,
                                QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    bool apply(const std::vector<std::string>& leftOut);

    DocumentSession& session_;
    std::vector<std::string> old_, new_;
    bool applied_ = false;
};

}  // namespace crm::gui
