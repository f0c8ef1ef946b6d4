#pragma once
// Where each segment of the customer data goes in step 6: into an existing segment (same name
// preselected), as a new segment, or nowhere. Shows the figures that will be written.
#include <QDialog>
#include <QList>

#include <memory>

#include "engine/model/cycle.h"
#include "gui/commands/customer_figure_edits.h"

class QComboBox;

namespace Ui {
class SegmentFiguresDialog;
}

namespace crm::gui {

class SegmentFiguresDialog : public QDialog {
    Q_OBJECT
  public:
    SegmentFiguresDialog(const Cycle& cycle, const QList<SegmentFigures>& offered,
                         QWidget* parent = nullptr);
    ~SegmentFiguresDialog() override;

    QList<SegmentAssignment> assignments() const;  // the rows not set to "Leave out"
    QComboBox* targetCombo(int row) const;

  private:
    QList<SegmentFigures> offered_;
    std::unique_ptr<Ui::SegmentFiguresDialog> ui_;  // ui/customer_data/segment_figures_dialog.ui
};

}  // namespace crm::gui
