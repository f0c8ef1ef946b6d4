#pragma once
// A view of one EntityTableModel for the workshop pages: only the rows whose field equals a value
// (the notes of one item), without some columns (the item id), yes/no fields as check boxes
// (ticking is an undoable SetFieldCommand) and a step number shown with its title. Cells are
// edited by the table's own FieldDelegate, which looks through the proxy.
#include <QSortFilterProxyModel>

#include <set>
#include <string>

namespace crm::gui {

class EntityTableModel;

class WorkshopListProxy : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    explicit WorkshopListProxy(EntityTableModel* source, QObject* parent = nullptr);
    EntityTableModel* entityModel() const { return source_; }

    void showOnlyWhere(std::string_view fieldKey,
                       const QString& value);                  // rows whose field equals value
    void hideWhereTrue(std::string_view fieldKey, bool hide);  // e.g. closed parking items
    void hideField(std::string_view fieldKey);
    void showStepTitles(std::string_view fieldKey);  // "10 · Capabilities" instead of 10
    int columnOf(std::string_view fieldKey) const;   // in this proxy; -1 when hidden

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;

  private:
    int sourceColumnOf(std::string_view fieldKey) const;
    bool isFlag(int sourceColumn) const;

    EntityTableModel* source_;
    std::string onlyKey_, hideTrueKey_, stepKey_;
    QString onlyValue_;
    bool hideTrue_ = false;
    std::set<int> hiddenColumns_;
};

}  // namespace crm::gui
