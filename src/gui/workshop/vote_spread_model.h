#pragma once
// The room's spread for the items of one step, read-only, as the presenter view shows it: a row
// per item and dimension that has votes (median, min–max, standard deviation, the disagreement
// flag, the agreed value). No participant names: the projector shows the room, not who said what.
#include "engine/workshop/rating_spread.h"
#include "gui/common/column_table_model.h"

namespace crm::gui {

class DocumentSession;

// One row: an item and its spread on one dimension.
struct VoteSpreadRow {
    QString caption;
    workshop::RatingSpread spread;
};

class VoteSpreadModel : public RowVectorTableModel<VoteSpreadModel, VoteSpreadRow> {
    Q_OBJECT
  public:
    static constexpr int FlaggedRole = Qt::UserRole + 20;
    enum Column { Item, Dimension, Votes, Median, Range, Spread, Agreed, Flag, ColumnCount };

    explicit VoteSpreadModel(DocumentSession& session, QObject* parent = nullptr);
    void setStep(int step);
    int step() const { return step_; }

  private:
    static ColumnTable columnTable();
    QVariant extraData(const VoteSpreadRow& row, int column, int role) const override;
    void rebuild();

    DocumentSession& session_;
    int step_ = 0;
};

}  // namespace crm::gui
