#pragma once
// The findings (most severe first) and the recommendations (in the engine's rank order) of the
// current cycle, as tables for the Assessment view. Both carry the step and item to jump to.
#include "engine/assessment/assessment_result.h"
#include "gui/common/column_table_model.h"

namespace crm::gui {

class FindingTableModel : public RowVectorTableModel<FindingTableModel, assessment::Finding> {
    Q_OBJECT
  public:
    enum Column { Severity, Step, Message, ColumnCount };
    explicit FindingTableModel(QObject* parent = nullptr);

    // Keeps the findings sorted by severity (highest first), then step, then id.
    void setFindings(std::vector<assessment::Finding> findings);
    const assessment::Finding& finding(int row) const { return this->row(row); }
    int rowOfId(const QString& findingId) const;

  private:
    static ColumnTable columnTable();
    QVariant extraData(const assessment::Finding& f, int column, int role) const override;
};

class RecommendationTableModel
    : public RowVectorTableModel<RecommendationTableModel, assessment::Recommendation> {
    Q_OBJECT
  public:
    enum Column { Rank, Impact, Action, ColumnCount };
    explicit RecommendationTableModel(QObject* parent = nullptr);

    void setRecommendations(std::vector<assessment::Recommendation> recommendations);
    int rowOfFinding(const QString& findingId) const;

  private:
    static ColumnTable columnTable();
    QVariant extraData(const assessment::Recommendation& r, int column, int role) const override;
};

}  // namespace crm::gui
