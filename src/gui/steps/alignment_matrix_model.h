#pragma once
// Step 9: KPIs (rows) x corporate objectives (columns). A ticked cell is an AlignmentLink;
// ticking inserts a link, unticking removes it, both undoable. Headers of objectives with no
// KPI and of KPIs serving no objective are highlighted.
#include <QAbstractTableModel>

#include "engine/model/cycle.h"

namespace crm::gui {

class DocumentSession;

class AlignmentMatrixModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    static constexpr int GapRole = Qt::UserRole + 10;  // bool: this header is a gap

    explicit AlignmentMatrixModel(DocumentSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value,
                 int role = Qt::CheckStateRole) override;

    // Toggles a cell (Space in the view does the same through setData).
    void toggle(const QModelIndex& index);

  private:
    void rebuild();
    void refresh();
    const AlignmentLink* linkAt(int row, int column) const;

    DocumentSession& session_;
    int kpis_ = 0, objectives_ = 0;
};

}  // namespace crm::gui
