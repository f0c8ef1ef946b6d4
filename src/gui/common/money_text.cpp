#include "gui/common/money_text.h"

namespace crm::gui {

QString moneyText(const QString& amount, const QString& currency) {
    return currency.isEmpty() ? amount : QStringLiteral("%1 %2").arg(amount, currency);
}

QString moneyLabel(const QString& label, const QString& currency) {
    return currency.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, currency);
}

}  // namespace crm::gui
