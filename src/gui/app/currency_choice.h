#pragma once
// The currency field of the New document and Document properties dialogs: an editable combo
// box offering the common codes ("EUR — Euro"), where any three-letter code can be typed.
#include <QString>

class QComboBox;

namespace crm::gui {

// Fills `combo` with the common codes and shows `code` (added when it is not in the list;
// empty shows an empty field: the document has no currency yet).
void fillCurrencyCombo(QComboBox* combo, const QString& code);
// The code in the field: the chosen entry's code, or the typed text trimmed and upper-cased
// ("chf" -> "CHF"; "CHF — Swiss franc" -> "CHF"). Not checked: see currencyProblem.
QString chosenCurrency(const QComboBox* combo);
// Empty when `code` can be stored (empty, or three letters A-Z); else the reason, in words.
QString currencyProblem(const QString& code);
// The system locale's currency when it is a well-formed code, else EUR.
QString defaultCurrency();

}  // namespace crm::gui
