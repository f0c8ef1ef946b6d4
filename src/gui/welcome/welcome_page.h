#pragma once
// What the window shows while no document is open: the product in a line, New, Open, the
// sample workshop, and the documents opened lately (the list of File ▸ Open Recent). A recent
// document whose file is gone stays listed, greyed and marked "not found", until it is removed.
#include <QWidget>

#include <memory>

class QListWidgetItem;

namespace Ui {
class WelcomePage;
}

namespace crm::gui {

class MainWindow;

class WelcomePage : public QWidget {
    Q_OBJECT
  public:
    explicit WelcomePage(MainWindow& window, QWidget* parent = nullptr);
    ~WelcomePage() override;

    void refreshRecent();  // the list again from the settings, files looked up afresh
    // The recent entry at `row` opens; false (with a message) when its file is missing.
    bool openRecent(int row);
    void removeRecent(int row);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;  // Enter, Delete on the list

  private:
    int selectedRow() const;
    void selectionChanged();

    MainWindow& window_;
    std::unique_ptr<Ui::WelcomePage> ui_;
};

// The role under which a recent entry keeps its full path, and whether its file is missing.
inline constexpr int kRecentPathRole = Qt::UserRole;
inline constexpr int kRecentMissingRole = Qt::UserRole + 1;

}  // namespace crm::gui
