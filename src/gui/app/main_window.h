#pragma once
// The facilitator's window: step sidebar, the current step's page, Back/Next, the help panel,
// menus (File, Edit, Go, View) and a message area for errors that does not block typing.
// Features (workshop mode, the annual reset, customer data...) attach themselves in
// features.cpp through the extension points below; the window knows none of them.
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QDockWidget;
class QTimer;

namespace crm::gui {

class DocumentSession;
class RecentFiles;
class RecoveryOffer;
struct NewDocumentChoice;
class StepPage;
class StepSidebar;
struct UndoNotice;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DocumentSession& session() { return *session_; }
    StepSidebar* sidebar() const { return sidebar_; }
    StepPage* page(int step) const;
    int currentStep() const;
    QLabel* messageBanner() const { return banner_; }
    // Features attach their actions here (export, customer data, assessment view).
    QMenu* fileMenu() const { return fileMenu_; }
    QMenu* viewMenu() const { return viewMenu_; }
    // A feature's own menu goes between Go and View, after any inserted before it.
    void insertMenuAfterGo(QMenu* menu);
    // Pages beside the ten steps share the right column with them: index 0 shows the steps
    // with Back/Next, features add their pages after it (objectName "views"). A page may carry
    // two properties: "helpFile", its help text in resources/help/ (else the step's help is
    // shown), and "step", the step it counts as for the workshop clock (the annual reset's
    // pages are step 11; without it the clock stays with the step last shown).
    QStackedWidget* views() const { return views_; }
    // What the right column shows while no document is open (the welcome page); the window
    // takes it over and shows it in place of the steps. By default a one-line hint.
    void setNoDocumentPage(QWidget* page);
    QWidget* noDocumentPage() const { return noDocumentPage_; }
    // The documents opened lately (File > Open Recent).
    RecentFiles& recentFiles() const { return *recent_; }

    // Off in tests: a refused file is then reported in the message area, not a dialog.
    void setDialogsEnabled(bool enabled) { dialogsEnabled_ = enabled; }
    bool dialogsEnabled() const { return dialogsEnabled_; }

    // A damaged file is not opened: the window offers a recovered copy (see recoveryOffer()).
    bool openFile(const QString& path);
    RecoveryOffer* recoveryOffer() const { return recovery_; }
    bool importJsonFile(const QString& jsonPath, const QString& documentPath);
    // File > New: the New document dialog, then the file name. createNewDocument does the
    // rest without dialogs (tests call it): false, and no file, when it cannot be made.
    void newDocument();
    bool createNewDocument(const NewDocumentChoice& choice, const QString& path);
    bool exportJsonFile(const QString& jsonPath);
    void closeDocument();
    void goToStep(int step);  // 1..10
    void setProjectorMode(bool on);
    bool projectorMode() const { return projector_; }
    void showMessage(const QString& message);
    // The page on screen as the status bar names it: "Step 5 of 10: What matters to customers",
    // or a page's "pageTitle" (see views()).
    QString pageName() const;
    // Edit > Undo and Redo. After an edit of several fields the window says what was undone or
    // redone and shows the place it changed (commands/undo_notice.h).
    void undo();
    void redo();
    void showUndoNotice(const UndoNotice& notice);
    double lastProgressMs() const { return lastProgressMs_; }  // cost of one sidebar refresh

  signals:
    // An undone or redone edit changed items of `kind` that no step page shows (e.g. "agenda"):
    // the feature that shows them opens its place.
    void showKindRequested(const QString& kind);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildActions();
    void buildMenus();
    void buildCentre();
    void openDocument();
    void importJson();
    void exportJson();
    void refreshTitle();
    void refreshCycles();
    void refreshProgress();
    void refreshHelp();
    void refreshPageName();
    void followUndoStack();  // main_window_undo.cpp: the actions' text and state
    void refreshRecentMenu();
    void rememberRecent(const QString& path);
    void refuse(const QString& title, const QString& message);
    void flushPending();

    DocumentSession* session_ = nullptr;
    StepSidebar* sidebar_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QList<StepPage*> stepPages_;
    QPushButton *back_ = nullptr, *next_ = nullptr;
    QComboBox* cycles_ = nullptr;
    QWidget* cycleBox_ = nullptr;
    QLabel* banner_ = nullptr;
    QLabel* pageName_ = nullptr;  // in the status bar
    QTimer* bannerTimer_ = nullptr;
    QWidget* noDocumentPage_ = nullptr;
    QDockWidget* helpDock_ = nullptr;
    QTextBrowser* help_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QAction *newAct_ = nullptr, *openAct_ = nullptr, *importAct_ = nullptr, *exportAct_ = nullptr,
            *closeAct_ = nullptr, *quitAct_ = nullptr, *undoAct_ = nullptr, *redoAct_ = nullptr,
            *helpAct_ = nullptr, *projectorAct_ = nullptr, *backAct_ = nullptr, *nextAct_ = nullptr;
    QList<QAction*> stepActs_;
    QStackedWidget* views_ = nullptr;  // the step pages (index 0), then the features' pages
    bool dialogsEnabled_ = true;
    bool projector_ = false;
    QFont normalFont_;
    double lastProgressMs_ = 0;
    RecoveryOffer* recovery_ = nullptr;
    RecentFiles* recent_ = nullptr;
};

}  // namespace crm::gui
