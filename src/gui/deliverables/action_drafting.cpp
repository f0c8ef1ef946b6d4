#include "gui/deliverables/action_drafting.h"

#include <QObject>
#include <QUndoCommand>

#include "engine/assessment/assessment_result.h"
#include "engine/deliverables/action_drafts.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"

namespace crm::gui {

int draftActionsFromRecommendations(DocumentSession& session) {
    const Cycle* cycle = session.isOpen() ? session.cycle() : nullptr;
    const EntityDescriptor* kind = findDescriptor("action");
    if (!cycle || !kind || session.document().readOnly()) return 0;
    // The same assessment the Assessment view and the report show.
    const auto result = assessment::assess(session.assessment(), *cycle);
    const std::vector<ActionItem> drafts =
        deliverables::draftActions(*cycle, result.recommendations);
    if (drafts.empty()) return 0;
    const int count = static_cast<int>(drafts.size());
    auto* group = new QUndoCommand(
        QObject::tr("Draft %n action(s) from the recommendations", nullptr, count));
    const std::size_t countBefore = kind->count(*cycle);
    std::size_t at = countBefore;
    for (const auto& draft : drafts)
        new InsertItemCommand(session, *kind, at++, captureRecord(*kind, draft), group);
    session.undoStack()->push(group);
    const Cycle* after = session.cycle();
    return after ? static_cast<int>(kind->count(*after) - countBefore) : 0;
}

}  // namespace crm::gui
