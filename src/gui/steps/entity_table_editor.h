#pragma once
// A titled, editable table for one list kind with its buttons (add, delete, move up/down,
// optionally "add from catalog") and a line under it for rejected input.
// Keys: Enter on the last row or Ctrl+Enter adds a row, Delete removes, Alt+Up/Down moves,
// Space ticks a flag. In a paragraph cell Enter keeps the text, Shift/Ctrl+Enter is a new line.
#include <QWidget>

#include "engine/model/descriptor.h"

class QLabel;
class QPushButton;
class QTableView;

namespace crm::gui {

class DocumentSession;
class EntityTableModel;

class EntityTableEditor : public QWidget {
    Q_OBJECT
  public:
    EntityTableEditor(DocumentSession& session, const EntityDescriptor& kind,
                      QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    EntityTableModel* model() const { return model_; }
    QLabel* errorLabel() const { return error_; }
    QLabel* conflictLabel() const { return conflicts_; }  // dates contradicting another field
    // Adds the "Add from catalog…" button; the page connects it to its picker.
    QPushButton* addCatalogButton(const QString& text);

    void addRow();  // after the current row (or at the end)
    void removeCurrentRow();
    void moveCurrentRow(int delta);

  protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void focusRow(int row);
    void updateButtons();
    void fitHeight();
    void fitColumns();
    int currentRow() const;
    void updateConflicts();

    DocumentSession& session_;
    const EntityDescriptor& kind_;
    EntityTableModel* model_ = nullptr;
    QTableView* view_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* conflicts_ = nullptr;
    QPushButton *add_ = nullptr, *remove_ = nullptr, *up_ = nullptr, *down_ = nullptr;
    QWidget* buttonRow_ = nullptr;
    int sizedForRows_ = -1;
    bool wrapsText_ = false;
};

}  // namespace crm::gui
