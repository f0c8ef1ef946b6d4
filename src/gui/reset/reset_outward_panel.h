#pragma once
// Phase 1 of the reset, looking outward: the measures this cycle against the last one and the
// targets (KPI values typed in here), last cycle's milestones with this year's actuals, and the
// facilitator's outward observations; a filter by kind (objective / subjective) and by level
// (strategy / tactic) applies to the measures and the observations alike.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;
class MeasureFilterProxy;
class ResetMeasuresModel;
class ResetMilestonesModel;

class ResetOutwardPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ResetOutwardPanel(DocumentSession& session, QWidget* parent = nullptr);

    ResetMeasuresModel* measuresModel() const { return measures_; }
    MeasureFilterProxy* measuresFilter() const { return filter_; }
    QTableView* measuresView() const { return measuresView_; }
    ResetMilestonesModel* milestonesModel() const { return milestones_; }
    QTableView* milestonesView() const { return milestonesView_; }
    EntityTableEditor* observations() const { return observations_; }
    QComboBox* kindFilter() const { return kindFilter_; }
    QComboBox* levelFilter() const { return levelFilter_; }

  private:
    void applyFilter();
    void refreshSummary();

    DocumentSession& session_;
    ResetMeasuresModel* measures_ = nullptr;
    MeasureFilterProxy* filter_ = nullptr;
    QTableView* measuresView_ = nullptr;
    ResetMilestonesModel* milestones_ = nullptr;
    QTableView* milestonesView_ = nullptr;
    QCheckBox* onlyDue_ = nullptr;
    QLabel* milestoneSummary_ = nullptr;
    QLabel* error_ = nullptr;
    EntityTableEditor* observations_ = nullptr;
    QComboBox *kindFilter_ = nullptr, *levelFilter_ = nullptr;
};

}  // namespace crm::gui
