#include "gui/features.h"

#include "gui/assessment_view/assessment_view.h"
#include "gui/main_window.h"

namespace crm::gui {

void attachFeatures(MainWindow& window) { attachAssessmentView(window); }

}  // namespace crm::gui
