#pragma once
// "Draft from recommendations": one action per recommendation of the current cycle that no
// action tracks yet, added as one undo step.
namespace crm::gui {

class DocumentSession;

// Returns how many actions were added (0 when every recommendation is already tracked).
int draftActionsFromRecommendations(DocumentSession& session);

}  // namespace crm::gui
