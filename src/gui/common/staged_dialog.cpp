#include "gui/common/staged_dialog.h"

#include "gui/common/screen_room.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

#include "gui/common/scroll_page.h"

namespace crm::gui {

namespace {

int indexOf(StagedDialog::Stage stage) { return static_cast<int>(stage); }

}  // namespace

StagedDialog::StagedDialog(QWidget* parent) : QDialog(parent) {
    stages_ = new QStackedWidget(this);
    stages_->addWidget(new QWidget);  // the setup page, until the feature sets it
    stages_->addWidget(buildProgressPage());
    stages_->addWidget(new QWidget);  // the result page, likewise
    // A box per stage rather than one box whose buttons come and go: a button box shows all
    // its buttons again whenever it lays them out (a new button, a change of style sheet).
    buttonStages_ = new QStackedWidget(this);
    for (int i = 0; i < 3; ++i) buttonStages_->addWidget(new QDialogButtonBox);

    cancel_ = addButton(Stage::Progress, tr("&Cancel"), QDialogButtonBox::RejectRole);
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (stage() == Stage::Progress) cancelRun();
    });
    for (const Stage stage : {Stage::Setup, Stage::Result}) {
        QPushButton* close = buttonsOf(stage)->addButton(QDialogButtonBox::Close);
        connect(close, &QPushButton::clicked, this, [this] {
            if (this->stage() == Stage::Result)
                accept();
            else
                reject();
        });
    }
    setMainButton(Stage::Result, closeButton(Stage::Result));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(stages_, 1);
    layout->addWidget(buttonStages_);
    showStage(Stage::Setup);
}

StagedDialog::Stage StagedDialog::stage() const {
    return static_cast<Stage>(stages_->currentIndex());
}

void StagedDialog::setSetupPage(QWidget* page) {
    QWidget* placeholder = stages_->widget(indexOf(Stage::Setup));
    setupScroll_ = wrapInScrollPage(page);
    setupScroll_->setObjectName(QStringLiteral("setupScroll"));
    stages_->insertWidget(indexOf(Stage::Setup), setupScroll_);
    stages_->removeWidget(placeholder);
    delete placeholder;
    stages_->setCurrentIndex(indexOf(Stage::Setup));
    fitSetupWidth();
}

void StagedDialog::setResultPage(QWidget* page) {
    const Stage shown = stage();
    QWidget* placeholder = stages_->widget(indexOf(Stage::Result));
    stages_->insertWidget(indexOf(Stage::Result), page);
    stages_->removeWidget(placeholder);
    delete placeholder;
    stages_->setCurrentIndex(indexOf(shown));
}

QDialogButtonBox* StagedDialog::buttonsOf(Stage stage) const {
    return static_cast<QDialogButtonBox*>(buttonStages_->widget(indexOf(stage)));
}

QPushButton* StagedDialog::addButton(Stage stage, const QString& text,
                                     QDialogButtonBox::ButtonRole role) {
    return buttonsOf(stage)->addButton(text, role);
}

QPushButton* StagedDialog::closeButton(Stage stage) const {
    return buttonsOf(stage)->button(QDialogButtonBox::Close);
}

void StagedDialog::setMainButton(Stage stage, QPushButton* button) {
    mainButtons_[static_cast<std::size_t>(indexOf(stage))] = button;
    if (stage == this->stage() && button) button->setDefault(true);
}

QWidget* StagedDialog::buildProgressPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("progressPage"));
    phase_ = new QLabel(page);
    phase_->setObjectName(QStringLiteral("phaseLabel"));
    phase_->setWordWrap(true);
    bar_ = new QProgressBar(page);
    bar_->setObjectName(QStringLiteral("progressBar"));
    bar_->setTextVisible(true);
    detail_ = new QLabel(page);
    detail_->setObjectName(QStringLiteral("progressDetailLabel"));
    note_ = new QLabel(page);
    note_->setWordWrap(true);
    note_->hide();

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(phase_);
    layout->addWidget(bar_);
    layout->addWidget(detail_);
    layout->addSpacing(12);
    layout->addWidget(note_);
    layout->addStretch(2);
    return page;
}

QWidget* StagedDialog::progressPage() const { return stages_->widget(indexOf(Stage::Progress)); }

void StagedDialog::setProgressNote(const QString& text) {
    note_->setText(text);
    note_->setVisible(!text.isEmpty());
}

void StagedDialog::showStage(Stage stage) {
    stages_->setCurrentIndex(indexOf(stage));
    buttonStages_->setCurrentIndex(indexOf(stage));
    if (QPushButton* main = mainButtons_[static_cast<std::size_t>(indexOf(stage))])
        main->setDefault(true);
    if (stage == Stage::Progress) {
        cancel_->setEnabled(true);
        cancel_->setFocus();
    }
}

void StagedDialog::showCancelling(const QString& phase) {
    cancel_->setEnabled(false);
    phase_->setText(phase);
}

void StagedDialog::reject() {
    if (stage() == Stage::Progress) {
        cancelRun();  // the dialog stays until the worker has stopped
        return;
    }
    QDialog::reject();
}

QSize StagedDialog::roomOnScreen() const { return gui::roomOnScreen(*this); }

void StagedDialog::resizeWithinScreen(QSize wanted) { gui::resizeWithinScreen(*this, wanted); }

void StagedDialog::fitSetupWidth() {
    // The setup page scrolls down when the screen is too low, but sideways only when the screen
    // is too narrow: the dialog is at least as wide as the page's fields need.
    if (!setupScroll_ || !setupScroll_->widget()) return;
    const int needed = setupScroll_->widget()->minimumSizeHint().width() +
                       setupScroll_->verticalScrollBar()->sizeHint().width();
    const QMargins margins = layout()->contentsMargins();
    setupScroll_->setMinimumWidth(
        std::min(needed, roomOnScreen().width() - margins.left() - margins.right()));
}

void StagedDialog::showEvent(QShowEvent* event) {
    setMaximumSize(roomOnScreen());
    fitSetupWidth();
    QDialog::showEvent(event);
}

}  // namespace crm::gui
