#pragma once
// The room's spread for the items of one step, read-only, as the presenter view shows it: a row
// per item and dimension that has votes (median, min–max, standard deviation, the disagreement
// flag, the agreed value). No participant names: the projector shows the room, not who said what.
#include <QAbstractTableModel>
#include <QVector>

#include "engine/workshop/rating_spread.h"

namespace crm::gui {

class DocumentSession;

class VoteSpreadModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    static constexpr int FlaggedRole = Qt::UserRole + 20;
    enum Column { Item, Dimension, Votes, Median, Range, Spread, Agreed, Flag, ColumnCount };

    explicit VoteSpreadModel(DocumentSession& session, QObject* parent = nullptr);
    void setStep(int step);
    int step() const { return step_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    struct Row {
        QString caption;
        workshop::RatingSpread spread;
    };
    void rebuild();

    DocumentSession& session_;
    int step_ = 0;
    QVector<Row> rows_;
};

}  // namespace crm::gui
