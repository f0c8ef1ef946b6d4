#include "gui/deliverables/action_plan_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include "engine/deliverables/action_drafts.h"
#include "gui/app/document_session.h"
#include "gui/common/scroll_page.h"
#include "gui/deliverables/action_drafting.h"
#include "gui/steps/entity_table_editor.h"

namespace crm::gui {

ActionPlanPage::ActionPlanPage(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("actionPlanPage"));
    auto* header = new QLabel(
        tr("<span style='font-size:large'><b>Action plan</b></span><br>What the room agreed to "
           "do: who, by when, how it is going, and which KPI will show that it worked."),
        this);
    header->setWordWrap(true);

    const EntityDescriptor* kind = findDescriptor("action");
    table_ = new EntityTableEditor(session_, *kind, this);

    draft_ = new QPushButton(tr("&Draft from recommendations"), this);
    draft_->setObjectName(QStringLiteral("draftActionsButton"));
    draft_->setAutoDefault(false);
    draft_->setToolTip(
        tr("Adds one action for each recommendation of the assessment that no action tracks "
           "yet (Alt+D). Ctrl+Z removes all of them at once."));
    export_ = new QPushButton(tr("E&xport to spreadsheet..."), this);
    export_->setObjectName(QStringLiteral("exportActionPlanButton"));
    export_->setAutoDefault(false);
    export_->setToolTip(
        tr("Saves the plan as .xlsx (actions, KPIs, milestones, capability "
           "gaps, the plan of step 10) or as .csv (the actions) (Alt+X)"));
    connect(export_, &QPushButton::clicked, this, &ActionPlanPage::exportRequested);
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("draftResult"));
    result_->setWordWrap(true);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("actionSummary"));
    auto* draftRow = new QHBoxLayout;
    draftRow->addWidget(draft_);
    draftRow->addWidget(export_);
    draftRow->addWidget(result_, 1);
    draftRow->addWidget(summary_);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    column->addLayout(draftRow);
    column->addWidget(table_);
    column->addStretch(1);
    QScrollArea* scroll = wrapInScrollPage(content, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(scroll, 1);
    setTabOrder(draft_, table_->view());

    connect(draft_, &QPushButton::clicked, this, &ActionPlanPage::draftFromRecommendations);
    connect(&session_, &DocumentSession::edited, this, &ActionPlanPage::refreshSummary);
    connect(&session_, &DocumentSession::documentReset, this, [this] {
        result_->clear();
        refreshSummary();
    });
    refreshSummary();
}

void ActionPlanPage::draftFromRecommendations() {
    if (!session_.cycle()) return;
    const int added = draftActionsFromRecommendations(session_);
    result_->setText(added > 0 ? tr("%n action(s) drafted from the recommendations; set owners "
                                    "and dates. Ctrl+Z takes them all back.",
                                    nullptr, added)
                               : tr("Every recommendation already has an action."));
    if (added > 0) table_->view()->setFocus();
}

void ActionPlanPage::refreshSummary() {
    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    draft_->setEnabled(cycle && !session_.document().readOnly());
    if (!cycle) return summary_->clear();
    int open = 0;
    for (const auto& action : cycle->actions) open += deliverables::isOpen(action) ? 1 : 0;
    summary_->setText(
        tr("%1 open of %n action(s)", nullptr, static_cast<int>(cycle->actions.size())).arg(open));
}

}  // namespace crm::gui
