#include "gui/app/features.h"

#include "gui/assessment/assessment_view.h"
#include "gui/customer_data/customer_data_link.h"
#include "gui/deliverables/deliverables_pages.h"
#include "gui/app/main_window.h"
#include "gui/report_export/report_export.h"

namespace crm::gui {

void attachFeatures(MainWindow& window) {
    attachAssessmentView(window);
    attachReportExport(window);
    attachCustomerData(window);
    attachDeliverablePages(window);
}

}  // namespace crm::gui
