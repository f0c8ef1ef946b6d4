#pragma once
// The findings (most severe first) and the recommendations (in the engine's rank order) of the
// current cycle, as tables for the Assessment view. Both carry the step and item to jump to.
#include <QAbstractTableModel>

#include "engine/assessment/assessment_result.h"

namespace crm::gui {

class FindingTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Severity, Step, Message, ColumnCount };
    explicit FindingTableModel(QObject* parent = nullptr);

    // Keeps the findings sorted by severity (highest first), then step, then id.
    void setFindings(std::vector<assessment::Finding> findings);
    const assessment::Finding& finding(int row) const { return findings_[std::size_t(row)]; }
    int rowOfId(const QString& findingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<assessment::Finding> findings_;
};

class RecommendationTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Rank, Impact, Action, ColumnCount };
    explicit RecommendationTableModel(QObject* parent = nullptr);

    void setRecommendations(std::vector<assessment::Recommendation> recommendations);
    int rowOfFinding(const QString& findingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    std::vector<assessment::Recommendation> recommendations_;
};

}  // namespace crm::gui
