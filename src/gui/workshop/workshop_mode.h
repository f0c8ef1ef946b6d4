#pragma once
// Workshop mode in the facilitator's window: the Workshop menu, a dock with the vote grid,
// participants, parking lot and agenda, the step timer in the status bar, notes and "not
// applicable" for the selected row of any table, and the presenter view for a second screen.
// attachWorkshop() adds it to a window, which knows nothing of it; it follows the window's
// current step through the sidebar and the pages beside the steps, and the document through
// the DocumentSession.
#include <QObject>
#include <QPointer>

#include "engine/model/field_value.h"
#include "gui/workshop/workshop_item_notes.h"

class QAbstractItemView;
class QAction;
class QDockWidget;
class QTabWidget;

namespace crm::gui {

class AgendaPage;
class CatalogUpdateDialog;
class MainWindow;
class ParkingLotPage;
class ParkingQuickAddDialog;
class ParticipantsPage;
class PresenterView;
class StepTimer;
class StepTimerLabel;
class VotePage;

class WorkshopMode : public QObject {
    Q_OBJECT
  public:
    explicit WorkshopMode(MainWindow& window);

    QDockWidget* dock() const { return dock_; }
    QTabWidget* tabs() const { return tabs_; }
    VotePage* votePage() const { return votes_; }
    ParticipantsPage* participantsPage() const { return participants_; }
    ParkingLotPage* parkingLotPage() const { return parking_; }
    AgendaPage* agendaPage() const { return agenda_; }
    StepTimer* stepTimer() const { return timer_; }
    StepTimerLabel* timerLabel() const { return timerLabel_; }
    PresenterView* presenter() const { return presenter_; }  // nullptr until first shown

    void showVotes();
    void showParticipants();
    void showParkingLot();
    void showAgenda();
    void showPresenter();
    void togglePresenter();
    // Workshop ▸ Catalog versions…: versions used, what is new, the undoable update.
    CatalogUpdateDialog* showCatalogVersions();
    ParkingQuickAddDialog* parkQuestion();  // for the current step; the dialog deletes itself
    // Notes and scope of the selected row's item; nullptr (and a message) when no item is selected.
    ItemNotesDialog* openItemNotes(ItemNotesDialog::Focus focus);
    ItemNotesDialog* openItemNotesFor(const EntityId& itemId, ItemNotesDialog::Focus focus);
    EntityId selectedItem() const;

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QAction* makeAction(const QString& text, const QString& name, const QKeySequence& key = {});
    void buildDock();
    void buildMenu();
    void attachToItemTables();
    void onStepChanged();
    void mentionOutdatedCatalogs();
    void showTab(QWidget* page, QWidget* focus);

    MainWindow& window_;
    QDockWidget* dock_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    VotePage* votes_ = nullptr;
    ParticipantsPage* participants_ = nullptr;
    ParkingLotPage* parking_ = nullptr;
    AgendaPage* agenda_ = nullptr;
    StepTimer* timer_ = nullptr;
    StepTimerLabel* timerLabel_ = nullptr;
    PresenterView* presenter_ = nullptr;
    QAction *notesAct_ = nullptr, *scopeAct_ = nullptr, *presenterAct_ = nullptr;
    QPointer<QAbstractItemView> lastItemView_;
};

// Once per window (features.cpp attaches it; a second call does nothing).
void attachWorkshop(MainWindow& window);
// The window's workshop mode; nullptr when it was not attached.
WorkshopMode* workshopModeOf(MainWindow& window);

}  // namespace crm::gui
