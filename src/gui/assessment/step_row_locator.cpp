#include "gui/assessment/step_row_locator.h"

#include <QScrollArea>
#include <QTableView>

#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/step_page.h"

namespace crm::gui {

bool selectItemRow(StepPage& page, const std::string& itemId) {
    if (itemId.empty()) return false;
    for (auto* editor : page.findChildren<EntityTableEditor*>()) {
        EntityTableModel* model = editor->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->itemId(row) != itemId) continue;
            QTableView* view = editor->view();
            view->setCurrentIndex(model->index(row, 0));
            view->scrollTo(model->index(row, 0));
            view->setFocus(Qt::OtherFocusReason);
            if (auto* scroll = page.findChild<QScrollArea*>()) scroll->ensureWidgetVisible(view);
            return true;
        }
    }
    return false;
}

}  // namespace crm::gui
