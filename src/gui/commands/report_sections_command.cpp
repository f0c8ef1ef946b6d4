#include "gui/commands/report_sections_command.h"

#include <QCoreApplication>

#include "gui/app/document_session.h"

namespace crm::gui {

ChooseReportSectionsCommand::ChooseReportSectionsCommand(DocumentSession& session,
                                                         std::vector<std::string> leftOut,
                                                         QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      old_(session.assessment().reportSectionsLeftOut),
      new_(std::move(leftOut)) {
    setText(QCoreApplication::translate("crm::gui", "Choose the report's sections"));
}

bool ChooseReportSectionsCommand::apply(const std::vector<std::string>& leftOut) {
    if (!session_.runOnDocument([&](store::Document& d) { d.setReportSectionsLeftOut(leftOut); }))
        return false;
    emit session_.edited();
    return true;
}

void ChooseReportSectionsCommand::redo() {
    if (apply(new_))
        applied_ = true;
    else if (!applied_)
        setObsolete(true);  // refused the first time (a read-only file): QUndoStack drops it
}

void ChooseReportSectionsCommand::undo() { apply(old_); }

}  // namespace crm::gui
