#include "gui/app/features.h"

#include "gui/app/language_menu.h"
#include "gui/app/main_window.h"
#include "gui/assessment/assessment_view.h"
#include "gui/customer_data/customer_data_link.h"
#include "gui/deliverables/deliverables_pages.h"
#include "gui/document_properties/document_properties_dialog.h"
#include "gui/help/help_menu.h"
#include "gui/report_export/report_export.h"
#include "gui/reset/reset_workspace.h"
#include "gui/room_votes/room_votes_feature.h"
#include "gui/welcome/welcome.h"
#include "gui/workshop/workshop_mode.h"

namespace crm::gui {

void attachFeatures(MainWindow& window) {
    // The order is the order of the menus and of the pages beside the steps.
    attachReset(window);      // Reset menu after Go; the reset flow and the comparison
    attachWorkshop(window);   // Workshop menu after View; its dock, the step timer
    attachRoomVotes(window);  // "Vote from phones…" on the workshop's vote page
    attachAssessmentView(window);
    attachReportExport(window);
    attachCustomerData(window);
    attachDeliverablePages(window);
    attachDocumentProperties(window);  // File > Document properties, before Close
    attachLanguageMenu(window);        // View > Language
    attachWelcome(window);             // in place of the steps while no document is open; drops
    attachHelpMenu(window);            // last: the Help menu closes the menu bar
}

}  // namespace crm::gui
