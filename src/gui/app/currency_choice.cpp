#include "gui/app/currency_choice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

#include "engine/model/currency.h"
#include "gui/app/document_session.h"

namespace crm::gui {

namespace {

QString entryText(std::string_view code, std::string_view name) {
    return QStringLiteral("%1 — %2").arg(toQString(code), toQString(name));
}

}  // namespace

void fillCurrencyCombo(QComboBox* combo, const QString& code) {
    combo->clear();
    for (const KnownCurrency& c : commonCurrencies())
        combo->addItem(entryText(c.code, c.name), toQString(c.code));
    const int at = combo->findData(code);
    if (at >= 0) {
        combo->setCurrentIndex(at);
    } else {
        combo->setCurrentIndex(-1);
        combo->setEditText(code);  // a code outside the list, or none yet
    }
}

QString chosenCurrency(const QComboBox* combo) {
    const QString text = combo->currentText();
    if (combo->currentIndex() >= 0 && text == combo->itemText(combo->currentIndex()))
        return combo->currentData().toString();
    // Typed: the first word, so "chf — anything" still reads as CHF.
    const QString firstWord = text.trimmed().section(QLatin1Char(' '), 0, 0);
    return toQString(normalizeCurrencyCode(toStd(firstWord)));
}

QString currencyProblem(const QString& code) {
    if (code.isEmpty() || isCurrencyCode(toStd(code))) return {};
    return QCoreApplication::translate(
               "crm::gui", "“%1” is not a currency code: type three letters, such as EUR or USD.")
        .arg(code);
}

QString defaultCurrency() {
    const QString local = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return isCurrencyCode(toStd(local)) ? local : QStringLiteral("EUR");
}

}  // namespace crm::gui
