#include "gui/features.h"

#include "gui/main_window.h"

namespace crm::gui {

void attachFeatures(MainWindow& window) { (void)window; }

}  // namespace crm::gui
