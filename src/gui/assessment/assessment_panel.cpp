#include "gui/assessment/assessment_panel.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/assessment/finding_table_models.h"
#include "gui/assessment/score_tree_model.h"
#include "gui/assessment/step_row_locator.h"
#include "gui/common/local_format.h"

namespace crm::gui {

namespace {

// Re-scoring waits for a pause this long, so typing never waits for the engine.
constexpr int kRefreshDelayMs = 200;

QTableView* makeTable(QAbstractItemModel* model, const QString& name, int stretchColumn) {
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QTreeView* makeTree(ScoreTreeModel* model) {
    auto* view = new QTreeView;
    view->setObjectName(QStringLiteral("assessmentScores"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    view->setExpandsOnDoubleClick(false);  // a double-click jumps to the step
    view->header()->setStretchLastSection(true);
    return view;
}

}  // namespace

AssessmentPanel::AssessmentPanel(MainWindow& window, QWidget* parent)
    : QWidget(parent), window_(window), session_(window.session()) {
    setObjectName(QStringLiteral("assessmentPanel"));
    header_ = new QLabel;
    header_->setObjectName(QStringLiteral("assessmentHeader"));
    header_->setWordWrap(true);
    header_->setTextFormat(Qt::RichText);

    scores_ = new ScoreTreeModel(this);
    findings_ = new FindingTableModel(this);
    recommendations_ = new RecommendationTableModel(this);
    scoreView_ = makeTree(scores_);
    findingView_ =
        makeTable(findings_, QStringLiteral("assessmentFindings"), FindingTableModel::Message);
    recommendationView_ = makeTable(recommendations_, QStringLiteral("assessmentRecommendations"),
                                    RecommendationTableModel::Action);
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("assessmentTabs"));
    tabs_->addTab(scoreView_, tr("Scores"));
    tabs_->addTab(findingView_, tr("Findings"));
    tabs_->addTab(recommendationView_, tr("Recommendations"));

    detail_ = new QLabel;
    detail_->setObjectName(QStringLiteral("assessmentDetail"));
    detail_->setWordWrap(true);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_->setFrameShape(QFrame::StyledPanel);
    detail_->setMinimumHeight(detail_->fontMetrics().lineSpacing() * 4 + 8);
    detail_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    goButton_ = new QPushButton(tr("Go to step"));
    goButton_->setObjectName(QStringLiteral("assessmentGoButton"));
    goButton_->setToolTip(tr("Open the step and the row behind the selected line (Enter)"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(detail_, 1);
    bottom->addWidget(goButton_, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(header_);
    layout->addWidget(tabs_, 1);
    layout->addLayout(bottom);

    for (QAbstractItemView* view : {static_cast<QAbstractItemView*>(scoreView_),
                                    static_cast<QAbstractItemView*>(findingView_),
                                    static_cast<QAbstractItemView*>(recommendationView_)}) {
        connect(view, &QAbstractItemView::activated, this, &AssessmentPanel::jumpTo);
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &AssessmentPanel::showDetail);
    }
    connect(tabs_, &QTabWidget::currentChanged, this, &AssessmentPanel::showDetail);
    connect(goButton_, &QPushButton::clicked, this, &AssessmentPanel::goToSelection);

    refreshTimer_ = new QTimer(this);
    refreshTimer_->setObjectName(QStringLiteral("assessmentRefreshTimer"));
    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(kRefreshDelayMs);
    connect(refreshTimer_, &QTimer::timeout, this, &AssessmentPanel::refreshNow);
    connect(&session_, &DocumentSession::edited, this, &AssessmentPanel::scheduleRefresh);
    connect(&session_, &DocumentSession::documentReset, this, [this] {
        refreshTimer_->stop();
        if (isVisible())
            refreshNow();
        else
            stale_ = true;
    });
}

void AssessmentPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refreshNow();
}

void AssessmentPanel::scheduleRefresh() {
    stale_ = true;
    if (isVisible()) refreshTimer_->start();  // restarts: fast typing re-scores once, at the end
}

void AssessmentPanel::refreshNow() {
    refreshTimer_->stop();
    stale_ = false;
    ++refreshCount_;
    const QString scoreKey = scoreView_->currentIndex().data(assessment_role::Key).toString();
    const QString findingKey = findingView_->currentIndex().data(assessment_role::Key).toString();
    const QString recKey =
        recommendationView_->currentIndex().data(assessment_role::Key).toString();

    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    assessment::AssessmentResult result;
    if (cycle) {
        QElapsedTimer clock;
        clock.start();
        result = assessment::assess(session_.assessment(), *cycle);
        lastAssessMs_ = double(clock.nsecsElapsed()) / 1e6;
        scores_->setGroups(scoreGroups(result, session_.assessment().profile));
    } else {
        scores_->setGroups({});
    }
    findings_->setFindings(result.findings);
    recommendations_->setRecommendations(result.recommendations);
    scoreView_->expandAll();
    for (int group = 0; group < scores_->rowCount(); ++group)  // headings read across the view
        scoreView_->setFirstColumnSpanned(group, {}, true);
    // Long pain-point texts would push the value out of sight: cap the label, elide the rest.
    for (int column : {ScoreTreeModel::Label, ScoreTreeModel::Value, ScoreTreeModel::Band}) {
        scoreView_->resizeColumnToContents(column);
        const int cap = column == ScoreTreeModel::Label ? 240 : 180;
        if (scoreView_->columnWidth(column) > cap) scoreView_->setColumnWidth(column, cap);
    }
    restoreSelection(
        scoreView_,
        scoreKey.isEmpty() && scores_->rowCount() > 0
            ? scores_->index(0, 0, scores_->index(0, 0)).data(assessment_role::Key).toString()
            : scoreKey);
    restoreSelection(findingView_, findingKey);
    restoreSelection(recommendationView_, recKey);

    tabs_->setTabText(1, tr("Findings (%1)").arg(result.findings.size()));
    tabs_->setTabText(2, tr("Recommendations (%1)").arg(result.recommendations.size()));
    if (!cycle) {
        header_->setText(tr("No document is open."));
    } else {
        const QString date =
            result.assessmentDate
                ? tr(" as of %1")
                      .arg(localDate(QString::fromStdString(formatDate(*result.assessmentDate))))
                : tr(" (no assessment date)");
        header_->setText(tr("<b>Cycle %1</b>%2<br>Methodology profile: %3 "
                            "<span style='color:gray'>(hash %4)</span>")
                             .arg(QString::fromStdString(result.cycleName).toHtmlEscaped(), date,
                                  QString::fromStdString(result.profileName).toHtmlEscaped(),
                                  QString::fromStdString(result.profileHash)));
    }
    showDetail();
}

void AssessmentPanel::restoreSelection(QAbstractItemView* view, const QString& key) {
    if (key.isEmpty()) return;
    QModelIndex found;
    if (view == scoreView_)
        found = scores_->indexOfKey(key);
    else if (view == findingView_)
        found = findings_->index(findings_->rowOfId(key), 0);
    else
        found = recommendations_->index(recommendations_->rowOfFinding(key), 0);
    if (found.isValid()) view->setCurrentIndex(found);
}

QAbstractItemView* AssessmentPanel::currentView() const {
    return qobject_cast<QAbstractItemView*>(tabs_->currentWidget());
}

void AssessmentPanel::showDetail() {
    const QModelIndex index = currentView()->currentIndex();
    const int step = index.data(assessment_role::Step).toInt();
    detail_->setText(index.isValid() ? index.data(assessment_role::Detail).toString()
                                     : tr("Select a line to read why; Enter opens its step."));
    goButton_->setEnabled(step >= 1);
    goButton_->setText(step >= 1 ? tr("Go to step %1").arg(step) : tr("Go to step"));
}

void AssessmentPanel::goToSelection() { jumpTo(currentView()->currentIndex()); }

void AssessmentPanel::jumpTo(const QModelIndex& index) {
    const int step = index.data(assessment_role::Step).toInt();
    if (step < 1) return;
    window_.goToStep(step);
    if (StepPage* page = window_.page(step))
        selectItemRow(*page, index.data(assessment_role::ItemId).toString().toStdString());
}

}  // namespace crm::gui
