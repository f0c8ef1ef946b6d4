#pragma once
// The Assessment view's content: the profile in use, every score with its value, band and reason,
// the findings and the recommendations. Enter, a double-click or "Go to step" opens the step and
// selects the row that causes the selected line. Re-scores 200 ms after the last edit.
#include <QWidget>

#include "engine/assessment/assessment_result.h"

class QAbstractItemView;
class QLabel;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace crm::gui {

class DocumentSession;
class FindingTableModel;
class MainWindow;
class RecommendationTableModel;
class ScoreTreeModel;

class AssessmentPanel : public QWidget {
    Q_OBJECT
  public:
    explicit AssessmentPanel(MainWindow& window, QWidget* parent = nullptr);

    ScoreTreeModel* scores() const { return scores_; }
    FindingTableModel* findings() const { return findings_; }
    RecommendationTableModel* recommendations() const { return recommendations_; }
    QTreeView* scoreView() const { return scoreView_; }
    QTableView* findingView() const { return findingView_; }
    QTableView* recommendationView() const { return recommendationView_; }
    QTabWidget* tabs() const { return tabs_; }

    void refreshNow();
    int refreshCount() const { return refreshCount_; }
    double lastAssessMs() const { return lastAssessMs_; }  // cost of assess() alone
    void goToSelection();                                  // what Enter and "Go to step" do

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void scheduleRefresh();
    void showDetail();
    QAbstractItemView* currentView() const;
    void jumpTo(const QModelIndex& index);
    void restoreSelection(QAbstractItemView* view, const QString& key);

    MainWindow& window_;
    DocumentSession& session_;
    QLabel* header_ = nullptr;
    QLabel* detail_ = nullptr;
    QPushButton* goButton_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ScoreTreeModel* scores_ = nullptr;
    FindingTableModel* findings_ = nullptr;
    RecommendationTableModel* recommendations_ = nullptr;
    QTreeView* scoreView_ = nullptr;
    QTableView* findingView_ = nullptr;
    QTableView* recommendationView_ = nullptr;
    QTimer* refreshTimer_ = nullptr;
    bool stale_ = true;  // edited while hidden: re-score when shown
    int refreshCount_ = 0;
    double lastAssessMs_ = 0;
};

}  // namespace crm::gui
