#pragma once
// Help > Keyboard shortcuts: every key of the window, read from its actions when the dialog
// opens, so the list cannot fall behind the menus.
#include <QDialog>
#include <QString>
#include <QVector>

class QLineEdit;
class QMainWindow;
class QTableWidget;

namespace crm::gui {

struct ShortcutEntry {
    QString place;   // the menu ("Edit", "File › Open Recent"), or "Pages and panels"
    QString action;  // its text without the & marks and the trailing dots
    QString keys;    // "Ctrl+Shift+Z or Ctrl+Y"
};

// The menus' actions in menu order, then any other action below the window that has a key.
QVector<ShortcutEntry> windowShortcuts(const QMainWindow& window);
QString plainActionText(const QString& text);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit ShortcutsDialog(QMainWindow& window);
    QTableWidget* table() const { return table_; }

  private:
    void filter(const QString& text);

    QLineEdit* filter_ = nullptr;
    QTableWidget* table_ = nullptr;
};

}  // namespace crm::gui
