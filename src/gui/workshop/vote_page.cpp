#include "gui/workshop/vote_page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/commands/workshop_edits.h"
#include "gui/common/style_sheet.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/vote_agree_dialog.h"
#include "gui/workshop/vote_grid_model.h"
#include "gui/workshop/vote_grid_view.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

VotePage::VotePage(DocumentSession& session, QWidget* parent) : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("votePage"));
    model_ = new VoteGridModel(session_, this);
    model_->setObjectName(QStringLiteral("voteGridModel"));
    grid_ = new VoteGridView(this);
    grid_->setVoteModel(model_);

    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("voteTitle"));
    dimension_ = new QComboBox(this);
    dimension_->setObjectName(QStringLiteral("voteDimension"));
    auto* dimensionLabel = new QLabel(tr("&Dimension:"), this);
    dimensionLabel->setBuddy(dimension_);
    down_ = new QCheckBox(tr("Move &down after a vote"), this);
    down_->setToolTip(tr(
        "Takes one participant's votes down the column instead of the room's votes across a row"));
    down_->setObjectName(QStringLiteral("voteAdvanceDown"));
    auto* keys =
        new QLabel(tr("1–5 votes and moves on · Tab skips · 0 or Delete clears · Ctrl+Z undoes · "
                      "F8 next disagreement · Ctrl+Enter agrees"),
                   this);
    keys->setObjectName(QStringLiteral("voteKeys"));
    markRole(keys, "hint");
    grid_->setToolTip(tr(
        "Type 1–5 in a participant's column: the vote is saved and the cursor moves on to the next "
        "participant. Tab and Shift+Tab move between votes, Enter goes to the next item, 0 or "
        "Delete "
        "removes a vote, Ctrl+Z undoes, F8 jumps to the next item the room disagrees on, "
        "Ctrl+Enter "
        "agrees on the row's value."));

    empty_ = new QLabel(this);
    empty_->setObjectName(QStringLiteral("voteEmpty"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);

    agree_ = new QPushButton(tr("&Agree…"), this);
    agree_->setObjectName(QStringLiteral("agreeButton"));
    agree_->setToolTip(
        tr("Set the value the room agreed on for the selected row, with the reason (Ctrl+Enter)"));
    clear_ = new QPushButton(tr("Clear agreement"), this);
    clear_->setObjectName(QStringLiteral("clearAgreementButton"));
    for (auto* b : {agree_, clear_}) b->setAutoDefault(false);
    flagged_ = new QLabel(this);
    flagged_->setObjectName(QStringLiteral("voteFlagged"));
    flagged_->setWordWrap(true);
    flagged_->setTextFormat(Qt::RichText);
    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("voteHint"));
    markRole(hint_, "warning");
    hintTimer_ = new QTimer(this);
    hintTimer_->setSingleShot(true);
    hintTimer_->setInterval(6000);
    hint_->hide();  // takes room only while it says something
    connect(hintTimer_, &QTimer::timeout, hint_, &QLabel::hide);

    auto* agreeAct = new QAction(tr("Agree…"), grid_);
    agreeAct->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    agreeAct->setShortcutContext(Qt::WidgetShortcut);
    auto* clearAct = new QAction(tr("Clear agreement"), grid_);
    grid_->addAction(agreeAct);
    grid_->addAction(clearAct);
    grid_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(agreeAct, &QAction::triggered, this, &VotePage::openAgreeDialog);
    connect(clearAct, &QAction::triggered, this, &VotePage::clearAgreement);
    connect(grid_, &VoteGridView::agreeRequested, this, &VotePage::openAgreeDialog);
    connect(agree_, &QPushButton::clicked, this, &VotePage::openAgreeDialog);
    connect(clear_, &QPushButton::clicked, this, &VotePage::clearAgreement);
    connect(grid_, &VoteGridView::hint, this, &VotePage::showHint);
    connect(down_, &QCheckBox::toggled, grid_, &VoteGridView::setAdvanceDown);
    connect(dimension_, &QComboBox::activated, this, [this](int index) {
        setDimension(static_cast<RatingDimension>(dimension_->itemData(index).toInt()));
        grid_->focusFirstOpenCell();
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        refreshState();
    });
    connect(model_, &QAbstractItemModel::dataChanged, this, &VotePage::refreshState);

    auto* top = new QHBoxLayout;
    top_ = top;
    top->addWidget(title_, 1);
    top->addWidget(dimensionLabel);
    top->addWidget(dimension_);
    top->addSpacing(12);
    top->addWidget(down_);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(agree_);
    bottom->addWidget(clear_);
    bottom->addSpacing(12);
    bottom->addWidget(flagged_, 1);
    bottom->addWidget(keys);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(empty_);
    layout->addWidget(grid_, 1);
    layout->addWidget(hint_);
    layout->addLayout(bottom);
    refreshState();
}

void VotePage::addTopWidget(QWidget* widget) { top_->insertWidget(1, widget); }

void VotePage::setStep(int step) {
    model_->setStep(step);
    const auto dimensions = voteDimensions(step);
    dimension_->clear();
    for (RatingDimension d : dimensions)
        dimension_->addItem(dimensionLabel(d), static_cast<int>(d));
    dimension_->setCurrentIndex(
        std::max(0, dimension_->findData(static_cast<int>(model_->dimension()))));
    title_->setText(
        tr("<b>Votes on step %1 · %2</b>").arg(step).arg(workshopStepTitle(step).toHtmlEscaped()));
    fitColumns();
    refreshState();
}

void VotePage::setDimension(RatingDimension dimension) {
    model_->setDimension(dimension);
    dimension_->setCurrentIndex(std::max(0, dimension_->findData(static_cast<int>(dimension))));
}

void VotePage::refreshState() {
    const bool votable = !voteDimensions(model_->step()).isEmpty();
    const bool ready = votable && model_->participantCount() > 0 && model_->rowCount() > 0;
    if (!votable)
        empty_->setText(tr("Step %1 has nothing to vote on. The room votes in step 3 (pain: "
                           "severity and frequency), "
                           "step 5 (customer attributes: importance and performance) and step 10 "
                           "(capabilities: "
                           "current and target maturity).")
                            .arg(model_->step()));
    else if (model_->participantCount() == 0)
        empty_->setText(
            tr("Add the participants first (Workshop ▸ Participants): each one becomes a column "
               "here."));
    else if (model_->rowCount() == 0)
        empty_->setText(tr("This step has no items yet: add them in the step's table, then vote."));
    empty_->setVisible(!ready);
    dimension_->setEnabled(votable);
    agree_->setEnabled(ready);
    clear_->setEnabled(ready);
    const QStringList flagged = model_->flaggedItems();
    flagged_->setText(flagged.isEmpty()
                          ? QString()
                          : QStringLiteral("<span style='color:#7a1c1c'><b>%1</b> %2</span>")
                                .arg(tr("The room disagrees on:"),
                                     flagged.join(QStringLiteral(", ")).toHtmlEscaped()));
}

void VotePage::fitColumns() {
    grid_->resizeColumnsToContents();
    const int digit = grid_->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int c = 0; c < model_->columnCount(); ++c)
        grid_->setColumnWidth(c, std::clamp(grid_->columnWidth(c) + 8, digit * 6, digit * 18));
    grid_->verticalHeader()->setMaximumWidth(
        grid_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    grid_->verticalHeader()->setDefaultSectionSize(tableRowHeight(grid_, 10));
}

void VotePage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitColumns();  // projector mode
}

void VotePage::showHint(const QString& text) {
    hint_->setText(text);
    hint_->show();
    hintTimer_->start();
}

int VotePage::currentRow() const {
    const QModelIndex current = grid_->currentIndex();
    return current.isValid() ? current.row() : -1;
}

bool VotePage::agreeOnRow(int row, std::optional<std::int64_t> value, const QString& reason) {
    if (row < 0 || row >= model_->rowCount()) return false;
    return agreeValue(session_, model_->itemId(row), model_->dimension(), value, reason);
}

void VotePage::openAgreeDialog() {
    const int row = currentRow();
    if (row < 0) return showHint(tr("Select the row to agree on first."));
    const workshop::RatingSpread* spread = model_->spread(row);
    if (!spread)
        return showHint(tr("No votes on %1 yet: the room votes first, then agrees.")
                            .arg(model_->itemCaption(row)));
    const Cycle* cycle = session_.cycle();
    const ConsensusValue* agreed =
        cycle ? findAgreement(*cycle, model_->itemId(row), model_->dimension()) : nullptr;
    auto* dialog =
        new VoteAgreeDialog(model_->itemCaption(row), dimensionLabel(model_->dimension()),
                            QString::fromStdString(spread->reason),
                            agreed && agreed->value ? *agreed->value : spread->effectiveValue,
                            agreed ? QString::fromStdString(agreed->reason) : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const EntityId item = model_->itemId(row);
    const RatingDimension dimension = model_->dimension();
    connect(dialog, &QDialog::accepted, this, [this, dialog, item, dimension, row] {
        if (agreeValue(session_, item, dimension, dialog->value(), dialog->reason()))
            grid_->setCurrentIndex(
                model_->index(row, model_->statColumn(VoteGridModel::Stat::Agreed)));
        grid_->setFocus();
    });
    dialog->open();
}

void VotePage::clearAgreement() {
    const int row = currentRow();
    if (row >= 0) agreeOnRow(row, std::nullopt, QString());
}

}  // namespace crm::gui
