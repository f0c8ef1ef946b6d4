#pragma once
// Customer data > Analysis settings as one undoable edit: calibration end, period, horizon and
// discount rate change together (one store transaction), and one undo puts all four back. The
// customer-data page sees the document's settings change and analyses the lines again.
#include <QUndoCommand>

#include "engine/model/assessment.h"

namespace crm::gui {

class DocumentSession;

class ChangeAnalysisSettingsCommand : public QUndoCommand {
  public:
    ChangeAnalysisSettingsCommand(DocumentSession& session, CustomerAnalysisSettings newSettings,
                                  QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

  private:
    bool apply(const CustomerAnalysisSettings& settings);

    DocumentSession& session_;
    CustomerAnalysisSettings old_, new_;
    bool applied_ = false;
};

}  // namespace crm::gui
