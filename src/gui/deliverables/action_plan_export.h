#pragma once
// The action plan as a spreadsheet from the window: .xlsx with every sheet (actions, KPIs,
// milestones, capability gaps, the plan of step 10) or .csv with the actions, for the open cycle.
#include <QString>

#include <functional>

class QWidget;

namespace crm::gui {

class DocumentSession;

// Written to PATH.tmp, then renamed; false with *error naming the file. The format follows the
// extension: ".csv" gives the actions sheet, anything else the workbook.
bool writeActionPlanFile(const DocumentSession& session, const QString& path, QString* error);

// Asks where to save (a window-modal file dialog, no nested event loop), writes, and reports
// the outcome through `done` (message, ok).
void chooseAndExportActionPlan(QWidget* parent, DocumentSession& session,
                               const std::function<void(const QString&, bool)>& done);

}  // namespace crm::gui
