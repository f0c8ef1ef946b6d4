#pragma once
// Editors for the cells of an EntityTableModel, chosen by the field's type: a combo box for
// choices and references, a spin box for ratings, a date editor for dates, a check list for
// lists of references, a multi-line editor for paragraphs (Enter keeps the text, Shift+Enter or
// Ctrl+Enter starts a new line), a line edit for the rest. A view may show the model through a
// proxy (QSortFilterProxyModel): the editors still read and write the model's own cells.
#include <QStyledItemDelegate>

namespace crm::gui {

class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
  public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    // The keys of the paragraph editor, for tooltips and help.
    static QString paragraphKeysHint();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace crm::gui
