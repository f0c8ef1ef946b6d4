#include "gui/reset/reset_flow_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "engine/reset/baseline_cycle.h"
#include "gui/app/document_session.h"
#include "gui/common/local_format.h"
#include "gui/common/scroll_page.h"
#include "gui/reset/cycle_comparison_models.h"
#include "gui/reset/reset_decisions_panel.h"
#include "gui/reset/reset_outward_panel.h"
#include "gui/reset/reset_schedule_panel.h"
#include "gui/reset/reset_views.h"
#include "gui/steps/entity_table_editor.h"

namespace crm::gui {

ResetFlowPage::ResetFlowPage(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("resetFlowPage"));
    header_ = new QLabel;
    header_->setObjectName(QStringLiteral("resetHeader"));
    header_->setWordWrap(true);
    header_->setTextFormat(Qt::RichText);
    startCycle_ = new QPushButton(tr("Start a new cycle…"));
    startCycle_->setObjectName(QStringLiteral("resetStartCycle"));
    startCycle_->setAutoDefault(false);
    auto* top = new QHBoxLayout;
    top->addWidget(header_, 1);
    top->addWidget(startCycle_, 0, Qt::AlignTop);

    outward_ = new ResetOutwardPanel(session_);
    decisions_ = new ResetDecisionsPanel(session_);
    schedule_ = new ResetSchedulePanel(session_);
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("resetPhases"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(outward_, tr("&1  Outward: customers"));
    tabs_->addTab(buildInward(), tr("&2  Inward: employees"));
    tabs_->addTab(decisions_, tr("&3  Reset: decisions"));
    tabs_->addTab(schedule_, tr("&4  Schedule"));
    tabs_->setTabToolTip(Outward, tr("Is the strategy creating the customer experience and buying "
                                     "patterns it meant to? (Alt+1)"));
    tabs_->setTabToolTip(Inward, tr("Do employees understand and apply the strategy? (Alt+2)"));
    tabs_->setTabToolTip(Reset,
                         tr("Keep, change or drop each objective, KPI and treatment (Alt+3)"));
    tabs_->setTabToolTip(Schedule,
                         tr("The next reset and its preparation, as a calendar file (Alt+4)"));

    previous_ = new QPushButton(tr("← Previous phase"));
    previous_->setObjectName(QStringLiteral("previousPhase"));
    next_ = new QPushButton(tr("Next phase →"));
    next_->setObjectName(QStringLiteral("nextPhase"));
    for (auto* b : {previous_, next_}) b->setAutoDefault(false);
    auto* nav = new QHBoxLayout;
    nav->addWidget(previous_);
    nav->addStretch(1);
    nav->addWidget(next_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(tabs_, 1);
    layout->addLayout(nav);

    connect(tabs_, &QTabWidget::currentChanged, this, &ResetFlowPage::refreshButtons);
    connect(previous_, &QPushButton::clicked, this,
            [this] { showPhase(static_cast<Phase>(currentPhase() - 1)); });
    connect(next_, &QPushButton::clicked, this,
            [this] { showPhase(static_cast<Phase>(currentPhase() + 1)); });
    connect(startCycle_, &QPushButton::clicked, this, &ResetFlowPage::startCycleRequested);
    connect(&session_, &DocumentSession::documentReset, this, &ResetFlowPage::refreshHeader);
    refreshHeader();
    refreshButtons();
}

QWidget* ResetFlowPage::buildInward() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("resetInward"));
    auto* intro =
        makeIntroLabel(tr("<b>Phase 2 · Look inward.</b> Do the people who manage customer "
                          "relationships understand the "
                          "strategy, accept it and apply it? Record a short survey or a few "
                          "interviews per department: how "
                          "well the strategy is understood and applied (1–5), and where day-to-day "
                          "practice has drifted "
                          "from the plan."));
    inward_ = new EntityTableEditor(session_, *findDescriptor("inward"));
    keepEditorColumnWidths(inward_, {{"department", 20},
                                     {"method", 12},
                                     {"respondents", 11},
                                     {"understanding", 18},
                                     {"application", 16}});
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    column->addWidget(intro);
    column->addWidget(inward_);
    column->addStretch(1);
    fillWithScrollPage(page, content);
    return page;
}

void ResetFlowPage::showPhase(Phase phase) {
    if (phase < Outward || phase >= PhaseCount) return;
    tabs_->setCurrentIndex(phase);
}

ResetFlowPage::Phase ResetFlowPage::currentPhase() const {
    return static_cast<Phase>(tabs_->currentIndex());
}

void ResetFlowPage::refreshButtons() {
    previous_->setEnabled(currentPhase() > Outward);
    next_->setEnabled(currentPhase() + 1 < PhaseCount);
}

void ResetFlowPage::refreshHeader() {
    const Cycle* cycle = session_.cycle();
    if (!cycle) {
        header_->clear();
        startCycle_->hide();
        return;
    }
    const Cycle* last = reset::baselineCycleOf(session_.assessment(), *cycle);
    const QString title = tr("<span style='font-size:large'><b>Annual reset · cycle %1</b></span>")
                              .arg(QString::fromStdString(cycle->name).toHtmlEscaped());
    QString line;
    if (last) {
        line = tr("Compared with cycle <b>%1</b>%2. Walk the three phases, then set the date of "
                  "the next reset.")
                   .arg(QString::fromStdString(last->name).toHtmlEscaped(),
                        cycle->assessmentDate ? tr("; milestones due by %1 count")
                                                    .arg(localDate(QString::fromStdString(
                                                        formatDate(*cycle->assessmentDate))))
                                              : QString());
    } else {
        line =
            tr("This is the document's first cycle, so there is nothing to compare yet. A year "
               "after the "
               "workshop, start a new cycle (Ctrl+Shift+C): it copies this one, and the reset "
               "compares the two.");
    }
    header_->setText(title + QStringLiteral("<br>") + line);
    startCycle_->setVisible(!last);
}

}  // namespace crm::gui
