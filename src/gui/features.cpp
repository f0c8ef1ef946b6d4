#include "gui/features.h"

#include "gui/assessment_view/assessment_view.h"
#include "gui/customer_data_link/customer_data_link.h"
#include "gui/deliverables_pages/deliverables_pages.h"
#include "gui/main_window.h"
#include "gui/report_export/report_export.h"

namespace crm::gui {

void attachFeatures(MainWindow& window) {
    attachAssessmentView(window);
    attachReportExport(window);
    attachCustomerData(window);
    attachDeliverablePages(window);
}

}  // namespace crm::gui
