#pragma once
// One editable table for any list kind of the current cycle: a column per descriptor field.
// Edits become SetFieldCommands; values the field rejects are announced, never stored.
// Flags are check boxes; dates that contradict another field are marked at the cell.
#include <QAbstractTableModel>

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "engine/model/descriptor.h"
#include "engine/workshop/rating_spread.h"

namespace crm::gui {

class DocumentSession;

class EntityTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    // Roles for the delegate: the field descriptor's index and the raw edit text.
    static constexpr int FieldIndexRole = Qt::UserRole + 1;
    static constexpr int ItemIdRole = Qt::UserRole + 2;
    static constexpr int ConflictRole = Qt::UserRole + 3;  // a date contradicting another field

    EntityTableModel(DocumentSession& session, const EntityDescriptor& kind,
                     QObject* parent = nullptr);

    const EntityDescriptor& kind() const { return kind_; }
    // The field shown in a column: hidden fields (a logo's data) get no column.
    const FieldDescriptor& fieldAt(int column) const;
    int fieldIndexOf(int column) const;
    DocumentSession& session() const { return session_; }
    EntityId itemId(int row) const;
    // "Row 2, Due: due 2027-01-31, after its objective's target date 2026-12-31", per cell.
    QStringList conflicts() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

  signals:
    void editRejected(const QString& message);  // shown next to the table
    void editAccepted();
    void rowsRebuilt(int focusRow);  // after an insert, removal or move

  private:
    void onListChanged(const QString& kind, int focusRow);
    void refreshAll();
    // The room's votes on this item's field, when there are any (workshop mode).
    const workshop::RatingSpread* voteFor(const Entity& item, const FieldDescriptor& field) const;
    QString voteTip(const workshop::RatingSpread& vote, const FieldValue& own) const;

    DocumentSession& session_;
    const EntityDescriptor& kind_;
    std::vector<int> shownFields_;  // descriptor field index per column
    int rows_ = 0;
    using VoteKey = std::pair<EntityId, RatingDimension>;
    mutable std::optional<std::map<VoteKey, workshop::RatingSpread>> votes_;  // until an edit
};

}  // namespace crm::gui
