#pragma once
// How the window writes money next to the document's currency (an ISO code, empty when the
// document has none): the one place, so every page says it the same way as the report.
#include <QString>

namespace crm::gui {

// "12,345 EUR"; without a currency the amount as given.
QString moneyText(const QString& amount, const QString& currency);
// A column or field label over money: "Revenue (EUR)"; without a currency the label as given.
QString moneyLabel(const QString& label, const QString& currency);

}  // namespace crm::gui
