#include "gui/app/main_window.h"

#include "gui/app/features.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "engine/assessment/completeness.h"
#include "engine/assessment/objective_coverage.h"
#include "engine/workshop/rating_spread.h"
#include "gui/app/document_session.h"
#include "gui/app/recent_files.h"
#include "gui/app/recovery_offer.h"
#include "gui/app/window_memory.h"
#include "gui/common/language.h"
#include "gui/common/style_sheet.h"
#include "gui/steps/catalog.h"
#include "gui/steps/step_page.h"
#include "gui/steps/step_sidebar.h"
#include "gui/steps/step_titles.h"

namespace crm::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), session_(new DocumentSession(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    normalFont_ = QApplication::font();
    applyStyleSheet(StyleSheetKind::Normal);
    recent_ = new RecentFiles(this);
    connect(recent_, &RecentFiles::changed, this, &MainWindow::refreshRecentMenu);
    buildActions();
    buildCentre();
    buildMenus();
    recovery_ = new RecoveryOffer(
        this, [this](const QString& path) { return openFile(path); },
        [this](const QString& message) { showMessage(message); });
    attachFeatures(*this);  // workshop mode, annual reset, report export, customer data...
    connect(session_, &DocumentSession::errorOccurred, this, &MainWindow::showMessage);
    connect(session_, &DocumentSession::edited, this, &MainWindow::refreshProgress);
    connect(session_, &DocumentSession::edited, this, &MainWindow::refreshTitle);
    connect(session_, &DocumentSession::documentReset, this, [this] {
        refreshTitle();
        refreshCycles();
        refreshProgress();
        const bool open = session_->isOpen();
        pages_->setEnabled(open);
        noDocumentPage_->setVisible(!open);
        views_->setVisible(open);
        sidebar_->setVisible(open);
        exportAct_->setEnabled(open);
        closeAct_->setEnabled(open);
        refreshHelp();  // the welcome page has its own help text
    });
    emit session_->documentReset();
    goToStep(1);
    restoreWindowLayout(*this);  // the last run's size, docks and splitters, else the screen's
}

MainWindow::~MainWindow() {
    // A cell editor still open commits as the views go; this half-gone window must not hear it.
    disconnect(session_, nullptr, this, nullptr);
    session_->undoStack()->clear();
}

void MainWindow::buildActions() {
    auto make = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);  // shortcuts work in full screen too, where the menu bar may hide
        return action;
    };
    newAct_ = make(tr("&New…"), {QKeySequence::New}, &MainWindow::newDocument);
    openAct_ = make(tr("&Open…"), {QKeySequence::Open}, &MainWindow::openDocument);
    newAct_->setObjectName(QStringLiteral("actionNew"));  // the welcome page's buttons use them
    openAct_->setObjectName(QStringLiteral("actionOpen"));
    importAct_ =
        make(tr("&Import JSON…"), {QKeySequence(Qt::CTRL | Qt::Key_I)}, &MainWindow::importJson);
    exportAct_ =
        make(tr("&Export JSON…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportJson);
    closeAct_ = make(tr("&Close"), {QKeySequence::Close}, &MainWindow::closeDocument);
    quitAct_ = make(tr("&Quit"), {QKeySequence::Quit}, &QWidget::close);
    undoAct_ = make(tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)}, &MainWindow::undo);
    redoAct_ =
        make(tr("&Redo"),
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
             &MainWindow::redo);
    followUndoStack();
    helpAct_ = make(tr("Step &help"), {QKeySequence(Qt::Key_F1)},
                    [this] { helpDock_->setVisible(!helpDock_->isVisible()); });
    helpAct_->setCheckable(true);
    projectorAct_ =
        make(tr("&Projector mode"),
             {QKeySequence(Qt::Key_F11), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
             [this] { setProjectorMode(!projector_); });
    projectorAct_->setCheckable(true);
    backAct_ = make(tr("&Back"),
                    {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)},
                    [this] { goToStep(currentStep() - 1); });
    nextAct_ =
        make(tr("&Next"),
             {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)},
             [this] { goToStep(currentStep() + 1); });
    for (int step = 1; step <= kStepCount; ++step) {
        const int digit = step % 10;  // Ctrl+0 is step 10
        QString title = stepTitle(step);
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));  // "Segments & objectives"
        stepActs_ << make(QStringLiteral("&%1 %2").arg(digit).arg(title),
                          {QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + digit))},
                          [this, step] { goToStep(step); });
    }
}

void MainWindow::buildMenus() {
    QMenu* file = fileMenu_ = menuBar()->addMenu(tr("&File"));
    file->addAction(newAct_);
    file->addAction(openAct_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(importAct_);
    file->addAction(exportAct_);
    file->addSeparator();
    file->addAction(closeAct_);
    file->addAction(quitAct_);
    refreshRecentMenu();
    menuBar()->setCornerWidget(cycleBox_, Qt::TopRightCorner);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAct_);
    edit->addAction(redoAct_);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(backAct_);
    go->addAction(nextAct_);
    go->addSeparator();
    go->addActions(stepActs_);
    QMenu* view = viewMenu_ = menuBar()->addMenu(tr("&View"));
    view->addAction(helpAct_);
    view->addAction(projectorAct_);
}

void MainWindow::buildCentre() {
    sidebar_ = new StepSidebar;
    pages_ = new QStackedWidget;
    pages_->setObjectName(QStringLiteral("stepPages"));
    for (int step = 1; step <= kStepCount; ++step) {
        auto* page = new StepPage(*session_, step);
        stepPages_ << page;
        pages_->addWidget(page);
    }
    connect(sidebar_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) goToStep(row + 1);
    });

    back_ = new QPushButton(tr("← Back"));
    back_->setObjectName(QStringLiteral("backButton"));
    back_->setToolTip(tr("Previous step (Ctrl+PgUp)"));
    next_ = new QPushButton(tr("Next →"));
    next_->setObjectName(QStringLiteral("nextButton"));
    next_->setToolTip(tr("Next step (Ctrl+PgDn)"));
    connect(back_, &QPushButton::clicked, backAct_, &QAction::trigger);
    connect(next_, &QPushButton::clicked, nextAct_, &QAction::trigger);
    auto* nav = new QHBoxLayout;
    nav->addWidget(back_);
    nav->addStretch(1);
    nav->addWidget(next_);

    banner_ = new QLabel;
    banner_->setObjectName(QStringLiteral("messageBanner"));
    banner_->setWordWrap(true);
    markRole(banner_, "banner");
    banner_->hide();
    bannerTimer_ = new QTimer(this);
    bannerTimer_->setSingleShot(true);
    bannerTimer_->setInterval(10000);
    connect(bannerTimer_, &QTimer::timeout, banner_, &QLabel::hide);

    auto* emptyHint = new QLabel(tr(
        "No document is open. Ctrl+N creates one, Ctrl+O opens one, Ctrl+I imports a JSON file."));
    emptyHint->setObjectName(QStringLiteral("emptyHint"));
    emptyHint->setAlignment(Qt::AlignCenter);
    noDocumentPage_ = emptyHint;

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(banner_);
    rightLayout->addWidget(noDocumentPage_, 1);
    // The step pages with Back/Next are view 0; the features' pages follow.
    auto* steps = new QWidget;
    auto* stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(pages_, 1);
    stepsLayout->addLayout(nav);
    views_ = new QStackedWidget;
    views_->setObjectName(QStringLiteral("views"));
    views_->addWidget(steps);
    connect(views_, &QStackedWidget::currentChanged, this, &MainWindow::refreshHelp);
    connect(views_, &QStackedWidget::currentChanged, this, &MainWindow::refreshPageName);
    rightLayout->addWidget(views_, 1);

    auto* centre = new QWidget;
    auto* layout = new QHBoxLayout(centre);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(sidebar_);
    layout->addWidget(right, 1);
    setCentralWidget(centre);
    setTabOrder(sidebar_, pages_);

    help_ = new QTextBrowser;
    help_->setObjectName(QStringLiteral("helpBrowser"));
    help_->setOpenExternalLinks(true);
    helpDock_ = new QDockWidget(tr("Help for this step"), this);
    helpDock_->setObjectName(QStringLiteral("helpDock"));
    helpDock_->setWidget(help_);
    helpDock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, helpDock_);
    resizeDocks({helpDock_}, {300}, Qt::Horizontal);
    connect(helpDock_, &QDockWidget::visibilityChanged, helpAct_, &QAction::setChecked);

    // The cycle selector sits in the menu bar's corner and shows only when there is a choice.
    cycleBox_ = new QWidget;
    auto* cycleLayout = new QHBoxLayout(cycleBox_);
    cycleLayout->setContentsMargins(0, 0, 6, 0);
    auto* cycleLabel = new QLabel(tr("C&ycle:"));
    cycles_ = new QComboBox;
    cycles_->setObjectName(QStringLiteral("cycleSelector"));
    cycleLabel->setBuddy(cycles_);
    cycleLayout->addWidget(cycleLabel);
    cycleLayout->addWidget(cycles_);
    connect(cycles_, &QComboBox::activated, this, [this](int index) {
        flushPending();
        session_->switchCycle(toStd(cycles_->itemData(index).toString()));
    });
    statusBar()->showMessage(tr("Every change is saved to the file at once."));
    pageName_ = new QLabel;
    pageName_->setObjectName(QStringLiteral("pageName"));
    pageName_->setTextFormat(Qt::PlainText);
    pageName_->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(pageName_);  // first, so left of the features' widgets
}

void MainWindow::setNoDocumentPage(QWidget* page) {
    QWidget* old = noDocumentPage_;
    delete old->parentWidget()->layout()->replaceWidget(old, page);
    delete old;
    noDocumentPage_ = page;
    page->setVisible(!session_->isOpen());
}

void MainWindow::insertMenuAfterGo(QMenu* menu) {
    menuBar()->insertMenu(viewMenu_->menuAction(), menu);
}

StepPage* MainWindow::page(int step) const {
    return step >= 1 && step <= stepPages_.size() ? stepPages_[step - 1] : nullptr;
}

int MainWindow::currentStep() const { return pages_->currentIndex() + 1; }

void MainWindow::goToStep(int step) {
    if (step < 1 || step > kStepCount) return;
    if (step != currentStep()) flushPending();
    views_->setCurrentIndex(0);  // back from a feature's page
    pages_->setCurrentIndex(step - 1);
    if (sidebar_->currentRow() != step - 1) sidebar_->setCurrentRow(step - 1);
    back_->setEnabled(step > 1);
    next_->setEnabled(step < kStepCount);
    refreshHelp();
    refreshPageName();
    if (auto* first = page(step)->firstInput();
        first && session_->isOpen() && !sidebar_->hasFocus())
        first->setFocus();
}

void MainWindow::refreshHelp() {
    // A page other than the steps names its own help text (see views()); so does the page
    // shown while no document is open.
    const QWidget* shown = session_->isOpen() ? views_->currentWidget() : noDocumentPage_;
    const QString pageHelp = shown->property("helpFile").toString();
    const QString path = localizedFile(  // help/de/... in German, English where it has none
        resourcesDir() + QStringLiteral("/help"),
        !pageHelp.isEmpty()
            ? pageHelp
            : QStringLiteral("step-%1.md").arg(currentStep(), 2, 10, QLatin1Char('0')));
    helpDock_->setWindowTitle(!session_->isOpen() || views_->currentIndex() > 0
                                  ? tr("Help for this page")
                                  : tr("Help for this step"));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        help_->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        help_->setPlainText(tr("No help text for this step yet (%1).").arg(path));
}

void MainWindow::refreshTitle() {
    QString title = tr("CRM Strategy Workbench");
    if (session_->isOpen()) {
        const Cycle* c = session_->cycle();
        title = tr("%1 — %2 — cycle %3 — %4")
                    .arg(QFileInfo(session_->path()).fileName(),
                         QString::fromStdString(session_->assessment().companyName),
                         c ? QString::fromStdString(c->name) : QStringLiteral("?"), title);
        if (session_->document().readOnly()) title += tr(" (read-only)");
    }
    setWindowTitle(title);
}

void MainWindow::refreshCycles() {
    cycles_->clear();
    for (const auto& c : session_->assessment().cycles)
        cycles_->addItem(QString::fromStdString(c.name), QString::fromStdString(c.id));
    cycles_->setCurrentIndex(cycles_->findData(QString::fromStdString(session_->cycleId())));
    cycleBox_->setVisible(cycles_->count() > 1);
}

void MainWindow::refreshProgress() {
    QElapsedTimer clock;
    clock.start();
    if (const Cycle* c = session_->cycle()) {
        // Scored as the report scores it: agreed workshop values, not-applicable items left out.
        const Cycle effective = workshop::effectiveCycle(*c, session_->assessment().profile);
        sidebar_->setProgress(assessment::scoreCompleteness(
            effective, assessment::scoreObjectiveCoverage(effective)));
    } else {
        sidebar_->setProgress({});
    }
    lastProgressMs_ = static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void MainWindow::showMessage(const QString& message) {
    banner_->setText(message);
    banner_->show();
    bannerTimer_->start();
    statusBar()->showMessage(message, 10000);
}

void MainWindow::refuse(const QString& title, const QString& message) {
    if (dialogsEnabled_)
        QMessageBox::critical(this, title, message);
    else
        showMessage(message);
}

void MainWindow::closeDocument() {
    flushPending();
    session_->close();
}

void MainWindow::flushPending() {
    for (auto* page : stepPages_) page->flushPending();
}

void MainWindow::setProjectorMode(bool on) {
    if (on == projector_) return;
    projector_ = on;
    projectorAct_->setChecked(on);
    // The sheet first: the rows of the tables follow the font and the sheet's padding.
    applyStyleSheet(on ? StyleSheetKind::Projector : StyleSheetKind::Normal);
    QFont font = normalFont_;
    if (on) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 1.5);
        else
            font.setPixelSize(font.pixelSize() * 3 / 2);
    }
    QApplication::setFont(font);
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    flushPending();           // the last paragraph typed is written before the window goes
    setProjectorMode(false);  // the next start is at a desk: keep the size from before it
    saveWindowLayout(*this);
    event->accept();
}

}  // namespace crm::gui
