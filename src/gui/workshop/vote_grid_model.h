#pragma once
// The vote grid of one step and one dimension: a row per rated item, a column per participant
// holding that participant's vote, then the room's spread as the engine computes it (mean,
// median, min–max, standard deviation, the disagreement flag), the agreed value and the value
// the scores use. Setting a vote cell is an undoable edit (see castVote).
#include <QAbstractTableModel>
#include <QVector>

#include <map>
#include <optional>

#include "engine/model/cycle.h"
#include "engine/workshop/rating_spread.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

class DocumentSession;

class VoteGridModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    static constexpr int FlaggedRole = Qt::UserRole + 20;  // bool: the room disagrees on this row
    static constexpr int VoteRole =
        Qt::UserRole + 21;  // int or null: the vote in a participant cell
    enum class Stat { Mean, Median, Range, Spread, Disagrees, Agreed, Used };
    static constexpr int kStatCount = 7;

    explicit VoteGridModel(DocumentSession& session, QObject* parent = nullptr);

    void setStep(int step);  // 1..10; steps without votes give an empty grid
    int step() const { return step_; }
    void setDimension(RatingDimension dimension);
    RatingDimension dimension() const { return dimension_; }

    int participantCount() const { return static_cast<int>(participants_.size()); }
    int statColumn(Stat stat) const { return participantCount() + static_cast<int>(stat); }
    bool isVoteColumn(int column) const { return column >= 0 && column < participantCount(); }
    EntityId itemId(int row) const;
    EntityId participantId(int column) const;
    QString itemCaption(int row) const;
    const workshop::RatingSpread* spread(int row) const;  // nullptr before the first vote
    bool notApplicable(int row) const;
    QStringList flaggedItems() const;  // captions of the rows the room disagrees on

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A vote cell takes 1..5 (int or text) or nothing (removes the vote).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

  private:
    struct Voter {
        EntityId id;
        QString name, detail;
    };
    struct Row {
        RatedItem item;
        std::optional<workshop::RatingSpread> spread;
        std::map<EntityId, std::int64_t> votes;  // participant -> vote
        std::optional<std::int64_t> agreed, used;
        QString agreedReason, exclusionReason;
        bool notApplicable = false;
    };

    void rebuild();
    QVariant voteData(const Row& row, int column, int role) const;
    QVariant statData(const Row& row, Stat stat, int role) const;

    DocumentSession& session_;
    int step_ = 0;
    RatingDimension dimension_ = RatingDimension::Current;
    QVector<Row> rows_;
    QVector<Voter> participants_;
};

// "3.2", "4", "3.5", "1.47": the numbers as the grid and the presenter view show them.
QString formatMean(double mean);
QString formatMedian(double median);
QString formatSpread(double standardDeviation);
QString formatRange(std::int64_t minimum, std::int64_t maximum);

}  // namespace crm::gui
