#include "gui/commands/analysis_settings_command.h"

#include <QCoreApplication>

#include "gui/app/document_session.h"
#include "store/document.h"

namespace crm::gui {

ChangeAnalysisSettingsCommand::ChangeAnalysisSettingsCommand(DocumentSession& session,
                                                             CustomerAnalysisSettings newSettings,
                                                             QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      old_(session.assessment().customerAnalysis),
      new_(std::move(newSettings)) {
    setText(QCoreApplication::translate("crm::gui", "Change analysis settings"));
}

bool ChangeAnalysisSettingsCommand::apply(const CustomerAnalysisSettings& settings) {
    if (!session_.runOnDocument(
            [&](store::Document& d) { d.setCustomerAnalysisSettings(settings); }))
        return false;
    emit session_.edited();  // the customer-data page compares its settings and re-analyses
    return true;
}

void ChangeAnalysisSettingsCommand::redo() {
    if (apply(new_))
        applied_ = true;
    else if (!applied_)
        setObsolete(true);  // refused the first time (a read-only file): QUndoStack drops it
}

void ChangeAnalysisSettingsCommand::undo() { apply(old_); }

}  // namespace crm::gui
