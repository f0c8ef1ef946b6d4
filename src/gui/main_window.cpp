#include "gui/main_window.h"

#include "gui/features.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "gui/catalog.h"
#include "gui/document_session.h"
#include "gui/reset_workspace.h"
#include "gui/step_page.h"
#include "gui/step_sidebar.h"
#include "gui/step_titles.h"
#include "gui/workshop_mode.h"
#include "store/json_io.h"
#include "store/store_error.h"

namespace crm::gui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), session_(new DocumentSession(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    normalFont_ = QApplication::font();
    buildActions();
    buildCentre();
    buildMenus();
    new WorkshopMode(*this);  // workshop mode: menu, dock, step timer, presenter view
    attachFeatures(*this);    // report export, assessment view, customer data
    connect(session_, &DocumentSession::errorOccurred, this, &MainWindow::showMessage);
    connect(session_, &DocumentSession::edited, this, &MainWindow::refreshProgress);
    connect(session_, &DocumentSession::edited, this, &MainWindow::refreshTitle);
    connect(session_, &DocumentSession::documentReset, this, [this] {
        refreshTitle();
        refreshCycles();
        refreshProgress();
        const bool open = session_->isOpen();
        pages_->setEnabled(open);
        emptyHint_->setVisible(!open);
        exportAct_->setEnabled(open);
        closeAct_->setEnabled(open);
    });
    emit session_->documentReset();
    goToStep(1);
    resize(1366, 768);
}

MainWindow::~MainWindow() { session_->undoStack()->clear(); }

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
    importAct_ =
        make(tr("&Import JSON…"), {QKeySequence(Qt::CTRL | Qt::Key_I)}, &MainWindow::importJson);
    exportAct_ =
        make(tr("&Export JSON…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportJson);
    closeAct_ = make(tr("&Close"), {QKeySequence::Close}, &MainWindow::closeDocument);
    quitAct_ = make(tr("&Quit"), {QKeySequence::Quit}, &QWidget::close);
    undoAct_ = session_->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAct_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    redoAct_ = session_->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAct_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(undoAct_);
    addAction(redoAct_);
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
        stepActs_ << make(QStringLiteral("&%1 %2").arg(digit).arg(stepTitle(step)),
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
    menuBar()->addMenu(reset_->menu());  // annual reset
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
    banner_->setStyleSheet(QStringLiteral(
        "background:#fdecea; color:#7a1c1c; border:1px solid #e0a8a8; padding:6px;"));
    banner_->hide();
    bannerTimer_ = new QTimer(this);
    bannerTimer_->setSingleShot(true);
    bannerTimer_->setInterval(10000);
    connect(bannerTimer_, &QTimer::timeout, banner_, &QLabel::hide);

    emptyHint_ = new QLabel(tr(
        "No document is open. Ctrl+N creates one, Ctrl+O opens one, Ctrl+I imports a JSON file."));
    emptyHint_->setObjectName(QStringLiteral("emptyHint"));
    emptyHint_->setAlignment(Qt::AlignCenter);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(banner_);
    rightLayout->addWidget(emptyHint_);
    // Annual reset: the step pages with Back/Next are view 0; the reset pages follow.
    auto* steps = new QWidget;
    auto* stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(pages_, 1);
    stepsLayout->addLayout(nav);
    views_ = new QStackedWidget;
    views_->setObjectName(QStringLiteral("views"));
    views_->addWidget(steps);
    reset_ = new ResetWorkspace(*this, *session_, *views_);
    connect(views_, &QStackedWidget::currentChanged, this, &MainWindow::refreshHelp);
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
}

StepPage* MainWindow::page(int step) const {
    return step >= 1 && step <= stepPages_.size() ? stepPages_[step - 1] : nullptr;
}

int MainWindow::currentStep() const { return pages_->currentIndex() + 1; }

void MainWindow::goToStep(int step) {
    if (step < 1 || step > kStepCount) return;
    if (step != currentStep()) flushPending();
    views_->setCurrentIndex(0);  // annual reset: back from its pages
    pages_->setCurrentIndex(step - 1);
    if (sidebar_->currentRow() != step - 1) sidebar_->setCurrentRow(step - 1);
    back_->setEnabled(step > 1);
    next_->setEnabled(step < kStepCount);
    refreshHelp();
    if (auto* first = page(step)->firstInput();
        first && session_->isOpen() && !sidebar_->hasFocus())
        first->setFocus();
}

void MainWindow::refreshHelp() {
    const QString path =
        views_->currentIndex() > 0  // annual reset: one help text for its pages
            ? resourcesDir() + QStringLiteral("/help/reset.md")
            : resourcesDir() +
                  QStringLiteral("/help/step-%1.md").arg(currentStep(), 2, 10, QLatin1Char('0'));
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
    if (const Cycle* c = session_->cycle())
        sidebar_->setProgress(StepFillRatio::compute(*c));
    else
        sidebar_->setProgress({});
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

bool MainWindow::openFile(const QString& path) {
    flushPending();
    try {
        session_->open(path);
    } catch (const store::StoreError& e) {
        refuse(tr("Cannot open the document"), QString::fromUtf8(e.what()));
        return false;
    }
    rememberRecent(session_->path());
    banner_->hide();
    goToStep(currentStep());
    return true;
}

void MainWindow::newDocument() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New assessment"), QString(),
                                                      tr("CRM Workbench documents (*.crmw)"));
    if (path.isEmpty()) return;
    const QString target =
        path.endsWith(QStringLiteral(".crmw")) ? path : path + QStringLiteral(".crmw");
    flushPending();
    try {
        session_->create(target, store::Document::blankAssessment(
                                     toStd(QFileInfo(target).completeBaseName()),
                                     toStd(QString::number(QDate::currentDate().year()))));
    } catch (const store::StoreError& e) {
        refuse(tr("Cannot create the document"), QString::fromUtf8(e.what()));
        return;
    }
    rememberRecent(target);
    goToStep(1);
}

void MainWindow::openDocument() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open assessment"), QString(),
                                     tr("CRM Workbench documents (*.crmw);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::importJsonFile(const QString& jsonPath, const QString& documentPath) {
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(tr("Cannot import"), tr("%1 cannot be read.").arg(jsonPath));
        return false;
    }
    flushPending();
    try {
        const QByteArray bytes = file.readAll();
        session_->create(documentPath,
                         store::importAssessmentJson(std::string_view(
                             bytes.constData(), static_cast<std::size_t>(bytes.size()))));
    } catch (const store::StoreError& e) {
        refuse(tr("Cannot import"),
               QStringLiteral("%1: %2").arg(jsonPath, QString::fromUtf8(e.what())));
        return false;
    }
    rememberRecent(documentPath);
    goToStep(1);
    return true;
}

void MainWindow::importJson() {
    const QString json =
        QFileDialog::getOpenFileName(this, tr("Import JSON"), QString(), tr("JSON files (*.json)"));
    if (json.isEmpty()) return;
    QString target =
        QFileDialog::getSaveFileName(this, tr("Save the imported assessment as"),
                                     QFileInfo(json).completeBaseName() + QStringLiteral(".crmw"),
                                     tr("CRM Workbench documents (*.crmw)"));
    if (target.isEmpty()) return;
    if (!target.endsWith(QStringLiteral(".crmw"))) target += QStringLiteral(".crmw");
    importJsonFile(json, target);
}

bool MainWindow::exportJsonFile(const QString& jsonPath) {
    if (!session_->isOpen()) return false;
    flushPending();
    QFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        showMessage(tr("%1 cannot be written.").arg(jsonPath));
        return false;
    }
    const std::string json = store::exportAssessmentJson(session_->assessment());
    if (file.write(json.data(), static_cast<qint64>(json.size())) !=
            static_cast<qint64>(json.size()) ||
        !file.flush()) {
        showMessage(tr("%1 could not be written completely.").arg(jsonPath));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(jsonPath), 5000);
    return true;
}

void MainWindow::exportJson() {
    if (!session_->isOpen()) return;
    const QString suggested =
        QFileInfo(session_->path()).completeBaseName() + QStringLiteral(".json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export JSON"), suggested, tr("JSON files (*.json)"));
    if (!path.isEmpty()) exportJsonFile(path);
}

void MainWindow::closeDocument() {
    flushPending();
    session_->close();
}

void MainWindow::flushPending() {
    for (auto* page : stepPages_) page->flushPending();
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) recent.removeLast();
    settings.setValue(kRecentKey, recent);
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int n = 0;
    for (const QString& path : recent) {
        auto* action = recentMenu_->addAction(
            QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::setProjectorMode(bool on) {
    if (on == projector_) return;
    projector_ = on;
    projectorAct_->setChecked(on);
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
    flushPending();  // the last paragraph typed is written before the window goes
    event->accept();
}

}  // namespace crm::gui
