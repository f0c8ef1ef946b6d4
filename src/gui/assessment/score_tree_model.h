#pragma once
// Every score of the current cycle as a two-level tree: a group per part of the assessment
// ("Metric attainment", "Segment priority"...), a row per score with its value, band and reason.
#include <QAbstractItemModel>

#include "gui/assessment/assessment_rows.h"

namespace crm::gui {

// Roles shared by the Assessment view's models.
namespace assessment_role {
inline constexpr int Step = Qt::UserRole + 1;    // int: the step to jump to, 0 for a group
inline constexpr int ItemId = Qt::UserRole + 2;  // QString: the item causing it
inline constexpr int Key = Qt::UserRole + 3;     // QString: stable across refreshes
inline constexpr int Detail = Qt::UserRole + 4;  // QString: the plain-words explanation
}  // namespace assessment_role

class ScoreTreeModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Column { Label, Value, Band, Reason, ColumnCount };
    explicit ScoreTreeModel(QObject* parent = nullptr);

    void setGroups(QVector<ScoreGroup> groups);
    const QVector<ScoreGroup>& groups() const { return groups_; }
    QModelIndex indexOfKey(const QString& key) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    const ScoreRow* rowAt(const QModelIndex& index) const;

    QVector<ScoreGroup> groups_;
};

}  // namespace crm::gui
