#pragma once
// The scripted edits of the crash-safety test. Edit n is a pure function of (seed, n) and of
// the document's content before it, so the child that is killed and the reference run in the
// test process make exactly the same edits, through the same public Document API.
#include <cstdint>

#include "engine/model/assessment.h"
#include "store/document.h"

namespace crm::reliability {

inline constexpr int kScriptEdits = 1000;

// The content every scripted run starts from (two cycles, every kind, every field type).
Assessment scriptStart();

// Applies edit number n (1-based): a field change, an insert, a remove or a move in a cycle
// and kind chosen by the script, through Document::setField/insertItem/removeItem/moveItem.
void applyScriptedEdit(store::Document& doc, std::uint32_t seed, int n);

}  // namespace crm::reliability
