#include "gui/common/local_format.h"

#include <QRegularExpression>

#include "engine/text/locale_style.h"
#include "engine/text/translations.h"
#include "gui/common/language.h"

namespace crm::gui {

namespace {

bool german() { return windowLanguage() == QLatin1String("de"); }

QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

QString localNumber(const QString& plain) {
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!german() || !number.match(plain).hasMatch()) return plain;
    return fromUtf8(text::LocaleStyle::forLanguage("de").grouped(plain.toStdString()));
}

QString editableNumber(const QString& plain) {
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!german() || !number.match(plain).hasMatch()) return plain;
    return QString(plain).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString plainNumber(const QString& typed) {
    // German: points group thousands, the comma is the decimal sign. "12.5" (no comma, not
    // grouped in threes) is left for the engine, which reads it as the plain form.
    static const QRegularExpression german(
        QStringLiteral("^-?([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$"));
    const QString text = typed.trimmed();
    if (!gui::german() || !german.match(text).hasMatch()) return typed;
    QString plain = text;
    plain.remove(QLatin1Char('.'));
    plain.replace(QLatin1Char(','), QLatin1Char('.'));
    return plain;
}

QString localPercent(const QString& plainPercent) {
    static const QRegularExpression percent(QStringLiteral("^(-?[0-9]+(\\.[0-9]+)?)%$"));
    const auto m = percent.match(plainPercent);
    if (!german() || !m.hasMatch()) return plainPercent;
    return localNumber(m.captured(1)) + QStringLiteral(" %");
}

QString localDate(const QString& isoDate) {
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const auto m = iso.match(isoDate);
    if (!german() || !m.hasMatch()) return isoDate;
    return QStringLiteral("%1.%2.%3").arg(m.captured(3), m.captured(2), m.captured(1));
}

QString dateEditFormat() {
    return german() ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd");
}

QString localMoney(const QString& localAmount, const QString& currency) {
    if (currency.isEmpty()) return localAmount;
    if (!german()) return QStringLiteral("%1 %2").arg(localAmount, currency);
    return fromUtf8(text::LocaleStyle::forLanguage("de").withCurrency(localAmount.toStdString(),
                                                                      currency.toStdString()));
}

QString engineText(std::string_view domain, std::string_view english) {
    return fromUtf8(
        text::Translations::forLanguage(windowLanguage().toStdString()).text(domain, english));
}

QString engineText(const text::Phrase& phrase, const std::string& english) {
    if (phrase.english.empty()) return engineText("assessment", std::string_view(english));
    return fromUtf8(text::render(phrase, windowLanguage().toStdString()));
}

QString choiceText(std::string_view label) {
    return fromUtf8(text::Translations::forLanguage(windowLanguage().toStdString())
                        .text("report", "choice", label));
}

QString engineText(std::string_view domain, const QString& english) {
    const std::string text = english.toStdString();
    return engineText(domain, std::string_view(text));
}

}  // namespace crm::gui
