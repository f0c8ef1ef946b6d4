#pragma once
// View ▸ Assessment (Ctrl+Shift+M; Ctrl+Shift+A is Participants): the assessment of the current
// cycle inside the window.

namespace crm::gui {

class MainWindow;

// Adds the Assessment dock (hidden at first) and its checkable action to the View menu; does
// nothing when the window already has it.
void attachAssessmentView(MainWindow& window);

}  // namespace crm::gui
