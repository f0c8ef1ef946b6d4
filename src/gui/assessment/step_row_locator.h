#pragma once
// Selects the row of an item in a step page's tables. StepPage has no API for it yet, so this
// looks through the page's EntityTableEditors (public API only) for the row holding the item.
#include <string>

namespace crm::gui {

class StepPage;

// Makes the item's row current, scrolls it into view and focuses its table. False when no table
// of the page lists the item (cycle-wide scores, singleton forms, the alignment matrix).
bool selectItemRow(StepPage& page, const std::string& itemId);

}  // namespace crm::gui
