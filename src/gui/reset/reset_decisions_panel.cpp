#include "gui/reset/reset_decisions_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <set>

#include "engine/model/validation.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/local_format.h"
#include "gui/common/scroll_page.h"
#include "gui/common/style_sheet.h"
#include "gui/reset/reset_views.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/field_text.h"

namespace crm::gui {

namespace {

constexpr std::string_view kSubjectKinds[] = {"objective", "segment_objective", "kpi", "treatment"};

struct OpenItem {
    const EntityDescriptor* kind;
    EntityId id;
};

std::vector<OpenItem> itemsWithoutDecision(const Cycle& cycle) {
    std::set<EntityId> decided;
    for (const auto& d : cycle.decisions) decided.insert(d.subjectId);
    std::vector<OpenItem> open;
    for (std::string_view kindName : kSubjectKinds) {
        const EntityDescriptor* kind = findDescriptor(kindName);
        for (std::size_t i = 0; i < kind->count(cycle); ++i)
            if (!decided.count(kind->at(cycle, i).id))
                open.push_back({kind, kind->at(cycle, i).id});
    }
    return open;
}

}  // namespace

ResetDecisionsPanel::ResetDecisionsPanel(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("resetDecisions"));
    auto* intro =
        makeIntroLabel(tr("<b>Phase 3 · Reset.</b> With what the room learned looking outward and "
                          "inward, decide for each "
                          "objective, KPI and segment treatment: <i>keep</i>, <i>change</i> (say "
                          "what changes) or <i>drop</i> — "
                          "and <i>add</i> what is new. Every decision needs its reason, so next "
                          "year's reset can judge it."));
    decisions_ = new EntityTableEditor(session_, *findDescriptor("decision"));
    keepEditorColumnWidths(decisions_, {{"subject_id", 36}, {"decision", 10}, {"change", 26}});
    problems_ = new QLabel;
    problems_->setObjectName(QStringLiteral("decisionProblems"));
    markRole(problems_, "error");
    problems_->setWordWrap(true);
    problems_->setTextFormat(Qt::RichText);
    open_ = new QLabel;
    open_->setObjectName(QStringLiteral("openDecisions"));
    open_->setWordWrap(true);
    addOpen_ = new QPushButton(tr("Add a row for each &open item"));
    addOpen_->setObjectName(QStringLiteral("addOpenDecisions"));
    addOpen_->setAutoDefault(false);
    addOpen_->setToolTip(
        tr("Adds a “keep” row for every objective, KPI and treatment without a decision; "
           "change the decision where needed and write each reason."));
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(open_, 1);
    openRow->addWidget(addOpen_, 0, Qt::AlignTop);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    column->addWidget(intro);
    column->addLayout(openRow);
    column->addWidget(decisions_);
    column->addWidget(problems_);
    column->addStretch(1);
    fillWithScrollPage(this, content);

    connect(addOpen_, &QPushButton::clicked, this, &ResetDecisionsPanel::addRowsForOpenItems);
    connect(&session_, &DocumentSession::edited, this, &ResetDecisionsPanel::refresh);
    connect(&session_, &DocumentSession::documentReset, this, &ResetDecisionsPanel::refresh);
    refresh();
}

void ResetDecisionsPanel::refresh() {
    const Cycle* cycle = session_.cycle();
    QStringList lines;
    if (cycle) {
        for (std::size_t i = 0; i < cycle->decisions.size(); ++i) {
            const ResetDecision& d = cycle->decisions[i];
            const QString subject =
                d.subjectId.empty()
                    ? QString()
                    : referenceCaption(*cycle, "objective|segment_objective|kpi|treatment",
                                       QString::fromStdString(d.subjectId));
            const QString where = subject.isEmpty()
                                      ? tr("Row %1").arg(i + 1)
                                      : tr("Row %1 (%2)").arg(i + 1).arg(subject.toHtmlEscaped());
            if (d.reason.empty()) lines << tr("%1: a reason is required.").arg(where);
            if (d.decision == ResetDecisionKind::Change && d.change.empty())
                lines << tr("%1: say what changes.").arg(where);
            if (d.decision == ResetDecisionKind::Add && d.change.empty())
                lines << tr("%1: name the new item under “Change or new item”.").arg(where);
            if (d.decision != ResetDecisionKind::Add && d.subjectId.empty())
                lines << tr("%1: choose the item this decision is about.").arg(where);
        }
    }
    problemCount_ = static_cast<int>(lines.size());
    constexpr int kShown = 6;  // the rest is summed up: the yellow cells show where they are
    if (lines.size() > kShown) {
        const auto more = lines.size() - kShown;
        lines = lines.mid(0, kShown);
        lines << tr("… and %1 more (the cells in yellow).").arg(more);
    }
    problems_->setText(lines.join(QStringLiteral("<br>")));
    problems_->setVisible(!lines.isEmpty());

    const auto open = cycle ? itemsWithoutDecision(*cycle) : std::vector<OpenItem>{};
    std::map<std::string_view, int> perKind;
    for (const auto& item : open) ++perKind[item.kind->kind];
    QStringList parts;
    for (std::string_view kindName : kSubjectKinds)
        if (perKind[kindName] > 0)
            parts << QStringLiteral("%1 × %2")
                         .arg(perKind[kindName])
                         .arg(engineText("assessment", findDescriptor(kindName)->label));
    open_->setText(open.empty()
                       ? tr("Every objective, KPI and treatment has a decision.")
                       : tr("Still without a decision: %1.").arg(parts.join(QStringLiteral(", "))));
    open_->setProperty("openCount", static_cast<int>(open.size()));
    addOpen_->setEnabled(!open.empty());
}

void ResetDecisionsPanel::addRowsForOpenItems() {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return;
    const auto open = itemsWithoutDecision(*cycle);
    if (open.empty()) return;
    const EntityDescriptor& kind = *findDescriptor("decision");
    const std::size_t subjectField =
        static_cast<std::size_t>(kind.field("subject_id") - kind.fields.data());
    auto* all =
        new QUndoCommand(tr("Add %n open decision(s)", nullptr, static_cast<int>(open.size())));
    std::size_t at = cycle->decisions.size();
    for (const auto& item : open) {
        ResetDecision blank;
        EntityRecord record = captureRecord(kind, blank);
        record.id.clear();  // the store makes the id
        record.values[subjectField] = item.id;
        new InsertItemCommand(session_, kind, at++, record, all);
    }
    session_.undoStack()->push(all);
}

}  // namespace crm::gui
