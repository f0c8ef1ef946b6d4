#include "gui/common/money_text.h"

#include "engine/text/locale_style.h"
#include "gui/common/language.h"

namespace crm::gui {

QString moneyText(const QString& amount, const QString& currency) {
    if (currency.isEmpty()) return amount;
    // German writes the sign for EUR, CHF, USD and GBP after the amount: "12.345 €".
    if (windowLanguage() == QLatin1String("de"))
        return QString::fromStdString(text::LocaleStyle::forLanguage("de").withCurrency(
            amount.toStdString(), currency.toStdString()));
    return QStringLiteral("%1 %2").arg(amount, currency);
}

QString moneyLabel(const QString& label, const QString& currency) {
    return currency.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, currency);
}

}  // namespace crm::gui
