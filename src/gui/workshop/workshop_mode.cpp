#include "gui/workshop/workshop_mode.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/common/scroll_page.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/step_page.h"
#include "gui/steps/step_sidebar.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/agenda_page.h"
#include "gui/workshop/agenda_step_timer.h"
#include "gui/workshop/agenda_timer_label.h"
#include "gui/workshop/catalog_update.h"
#include "gui/workshop/catalog_update_dialog.h"
#include "gui/workshop/parking_lot_page.h"
#include "gui/workshop/parking_quick_add.h"
#include "gui/workshop/participants_page.h"
#include "gui/workshop/presenter_view.h"
#include "gui/workshop/vote_grid_view.h"
#include "gui/workshop/vote_page.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

namespace {

// The item view `widget` is (or sits in), if its model names the item of a row.
QAbstractItemView* itemViewOf(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget())
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) return view;
    return nullptr;
}

bool belongsTo(const QWidget* widget, const QWidget* window) {
    for (const QWidget* w = widget; w; w = w->parentWidget())
        if (w == window) return true;
    return false;
}

}  // namespace

void attachWorkshop(MainWindow& window) {
    if (!workshopModeOf(window)) new WorkshopMode(window);
}

WorkshopMode* workshopModeOf(MainWindow& window) {
    return window.findChild<WorkshopMode*>(QStringLiteral("workshopMode"),
                                           Qt::FindDirectChildrenOnly);
}

WorkshopMode::WorkshopMode(MainWindow& window) : QObject(&window), window_(window) {
    setObjectName(QStringLiteral("workshopMode"));
    DocumentSession& session = window_.session();
    timer_ = new StepTimer(session, this);
    timerLabel_ =
        new StepTimerLabel(*timer_, [this] { return window_.projectorMode() ? 1.4 : 1.0; });
    window_.statusBar()->addPermanentWidget(timerLabel_);
    buildDock();
    buildMenu();
    attachToItemTables();
    connect(window_.sidebar(), &QListWidget::currentRowChanged, this, &WorkshopMode::onStepChanged);
    // A page beside the steps may count as a step of its own (the annual reset's pages are
    // step 11) for the timer and the parking lot.
    connect(window_.views(), &QStackedWidget::currentChanged, this, &WorkshopMode::onStepChanged);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (QAbstractItemView* view = itemViewOf(now); view && belongsTo(view, &window_))
            lastItemView_ = view;
    });
    // Queued: the window hides its message banner once a file has opened.
    connect(&session, &DocumentSession::documentReset, this, &WorkshopMode::mentionOutdatedCatalogs,
            Qt::QueuedConnection);
    window_.installEventFilter(this);
    // An undone or redone edit of the workshop's lists shows its tab.
    connect(&window_, &MainWindow::showKindRequested, this, [this](const QString& kind) {
        if (kind == QLatin1String("agenda")) showAgenda();
        if (kind == QLatin1String("participant")) showParticipants();
        if (kind == QLatin1String("parking")) showParkingLot();
        if (kind == QLatin1String("rating") || kind == QLatin1String("consensus")) showVotes();
    });
    onStepChanged();
}

QAction* WorkshopMode::makeAction(const QString& text, const QString& name,
                                  const QKeySequence& key) {
    auto* action = new QAction(text, &window_);
    action->setObjectName(name);
    if (!key.isEmpty()) action->setShortcut(key);
    window_.addAction(action);  // shortcuts work in full screen too, where the menu bar may hide
    return action;
}

void WorkshopMode::buildDock() {
    DocumentSession& session = window_.session();
    votes_ = new VotePage(session);
    participants_ = new ParticipantsPage(session);
    parking_ = new ParkingLotPage(session);
    agenda_ = new AgendaPage(session);
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("workshopTabs"));
    tabs_->setDocumentMode(true);
    // The table pages scroll, so the dock can stay low on a 768-pixel screen.
    auto scrolled = [](QWidget* page) {
        return wrapInScrollPage(page, nullptr, ScrollFocus::TabStop);
    };
    tabs_->addTab(votes_, tr("&Vote"));
    tabs_->addTab(scrolled(participants_), tr("Partici&pants"));
    tabs_->addTab(parking_, tr("Parking &lot"));
    tabs_->addTab(scrolled(agenda_), tr("A&genda"));
    dock_ = new QDockWidget(tr("Workshop"), &window_);
    dock_->setObjectName(QStringLiteral("workshopDock"));
    dock_->setWidget(tabs_);
    dock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                       QDockWidget::DockWidgetFloatable);
    window_.addDockWidget(Qt::BottomDockWidgetArea, dock_);
    dock_->hide();
}

void WorkshopMode::buildMenu() {
    auto* participants = makeAction(tr("&Participants"), QStringLiteral("actionParticipants"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto* vote = makeAction(tr("&Vote on this step"), QStringLiteral("actionVote"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    auto* park = makeAction(tr("Park a &question…"), QStringLiteral("actionParkQuestion"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auto* parkingLot = makeAction(tr("Parking &lot"), QStringLiteral("actionParkingLot"));
    notesAct_ = makeAction(tr("&Notes and evidence…"), QStringLiteral("actionItemNotes"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    scopeAct_ = makeAction(tr("Not &applicable…"), QStringLiteral("actionNotApplicable"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    auto* agenda = makeAction(tr("A&genda && timer"), QStringLiteral("actionAgenda"));
    auto* pause = makeAction(tr("Pa&use the step timer"), QStringLiteral("actionPauseTimer"));
    pause->setCheckable(true);
    presenterAct_ = makeAction(tr("Pre&senter view"), QStringLiteral("actionPresenter"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    presenterAct_->setCheckable(true);
    auto* catalogs = makeAction(tr("&Catalog versions…"), QStringLiteral("actionCatalogVersions"));
    catalogs->setToolTip(tr("Which catalog versions this document uses, and what newer ones add"));
    notesAct_->setToolTip(tr("Evidence and notes on the selected row's item"));
    scopeAct_->setToolTip(tr("Mark the selected row's item not applicable, with a reason"));

    connect(participants, &QAction::triggered, this, &WorkshopMode::showParticipants);
    connect(vote, &QAction::triggered, this, &WorkshopMode::showVotes);
    connect(park, &QAction::triggered, this, &WorkshopMode::parkQuestion);
    connect(parkingLot, &QAction::triggered, this, &WorkshopMode::showParkingLot);
    connect(notesAct_, &QAction::triggered, this,
            [this] { openItemNotes(ItemNotesDialog::Focus::Notes); });
    connect(scopeAct_, &QAction::triggered, this,
            [this] { openItemNotes(ItemNotesDialog::Focus::Scope); });
    connect(agenda, &QAction::triggered, this, &WorkshopMode::showAgenda);
    connect(pause, &QAction::toggled, timer_, &StepTimer::setPaused);
    connect(presenterAct_, &QAction::triggered, this, &WorkshopMode::togglePresenter);
    connect(catalogs, &QAction::triggered, this, &WorkshopMode::showCatalogVersions);

    QMenu* menu = window_.menuBar()->addMenu(tr("&Workshop"));
    menu->setObjectName(QStringLiteral("workshopMenu"));
    menu->addAction(participants);
    menu->addAction(vote);
    menu->addSeparator();
    menu->addAction(park);
    menu->addAction(parkingLot);
    menu->addSeparator();
    menu->addAction(notesAct_);
    menu->addAction(scopeAct_);
    menu->addSeparator();
    menu->addAction(agenda);
    menu->addAction(pause);
    menu->addSeparator();
    menu->addAction(presenterAct_);
    menu->addSeparator();
    menu->addAction(catalogs);
}

void WorkshopMode::attachToItemTables() {
    // Right-click on a row of any step table (and of the vote grid) offers notes and scope.
    QList<QAbstractItemView*> views;
    for (int step = 1; step <= kStepCount; ++step)
        if (StepPage* page = window_.page(step))
            for (auto* view : page->findChildren<QTableView*>())
                if (qobject_cast<EntityTableModel*>(view->model())) views << view;
    views << votes_->grid();
    for (auto* view : views) {
        view->addAction(notesAct_);
        view->addAction(scopeAct_);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

void WorkshopMode::onStepChanged() {
    // A page beside the steps names the step it counts as ("step", see MainWindow::views());
    // without one (customer data, action plan, report content) the clock stays with the
    // wizard's step.
    const QStackedWidget* views = window_.views();
    const QVariant ownStep =
        views->currentIndex() > 0 ? views->currentWidget()->property("step") : QVariant();
    const int step =
        ownStep.isValid() ? ownStep.toInt() : std::clamp(window_.currentStep(), 1, kStepCount);
    timer_->setStep(step);
    timerLabel_->setAway(views->currentIndex() > 0 && !ownStep.isValid());
    votes_->setStep(step);
    parking_->setStep(step);
    if (presenter_) presenter_->setStep(step);
}

void WorkshopMode::showTab(QWidget* page, QWidget* focus) {
    dock_->show();
    dock_->raise();
    for (int i = 0; i < tabs_->count(); ++i)
        if (tabs_->widget(i) == page || tabs_->widget(i)->isAncestorOf(page))
            tabs_->setCurrentIndex(i);
    if (focus) focus->setFocus();
}

void WorkshopMode::showVotes() {
    showTab(votes_, nullptr);
    votes_->grid()->focusFirstOpenCell();
}

void WorkshopMode::showParticipants() { showTab(participants_, participants_->editor()->view()); }

void WorkshopMode::showParkingLot() { showTab(parking_, parking_->textEdit()); }

void WorkshopMode::showAgenda() { showTab(agenda_, agenda_->editor()->view()); }

void WorkshopMode::showPresenter() {
    if (!presenter_) {
        presenter_ = new PresenterView(window_.session(), *timer_, &window_);
        presenter_->addAction(presenterAct_);  // Ctrl+Shift+F5 closes it from its own screen too
        connect(presenter_, &PresenterView::closed, this,
                [this] { presenterAct_->setChecked(false); });
        presenter_->setStep(timer_->step());
    }
    presenter_->showOnSecondScreen(&window_);
    presenterAct_->setChecked(true);
}

void WorkshopMode::togglePresenter() {
    if (presenter_ && presenter_->isVisible())
        presenter_->close();
    else
        showPresenter();
}

CatalogUpdateDialog* WorkshopMode::showCatalogVersions() {
    if (!window_.session().isOpen()) return nullptr;
    auto* dialog = new CatalogUpdateDialog(window_.session(), &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void WorkshopMode::mentionOutdatedCatalogs() {
    DocumentSession& session = window_.session();
    if (!session.isOpen() || session.document().readOnly()) return;
    const QVector<CatalogStatus> outdated = outdatedCatalogs(session);
    if (outdated.isEmpty()) return;
    QStringList lines;
    for (const auto& status : outdated) lines << describeStatus(status);
    // A message, not a dialog: opening a file must not stop on a question.
    window_.showMessage(tr("A newer catalog is available. %1. Workshop ▸ Catalog versions… lists "
                           "what changed and updates (undoable).")
                            .arg(lines.join(QStringLiteral("; "))));
}

ParkingQuickAddDialog* WorkshopMode::parkQuestion() {
    if (!window_.session().cycle()) return nullptr;
    auto* dialog = new ParkingQuickAddDialog(window_.session(), timer_->step(), &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

EntityId WorkshopMode::selectedItem() const {
    QAbstractItemView* view = itemViewOf(QApplication::focusWidget());
    if (!view || !belongsTo(view, &window_)) view = lastItemView_;
    return itemAtCurrentRow(view);
}

ItemNotesDialog* WorkshopMode::openItemNotes(ItemNotesDialog::Focus focus) {
    return openItemNotesFor(selectedItem(), focus);
}

ItemNotesDialog* WorkshopMode::openItemNotesFor(const EntityId& itemId,
                                                ItemNotesDialog::Focus focus) {
    const Cycle* cycle = window_.session().cycle();
    if (!cycle) return nullptr;
    if (itemId.empty() || !acceptsNotes(*cycle, itemId)) {
        window_.showMessage(
            tr("Select a row in one of the steps' tables (or the vote grid) first: notes and "
               "\"not applicable\" belong to that item."));
        return nullptr;
    }
    auto* dialog = new ItemNotesDialog(window_.session(), itemId, focus, &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool WorkshopMode::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && event->type() == QEvent::Close) {
        timer_->tick();
        timer_->record();  // the last seconds of the step, before the window goes
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace crm::gui
