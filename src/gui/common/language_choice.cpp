#include "gui/common/language_choice.h"

#include <QComboBox>

#include "engine/text/translations.h"

namespace crm::gui {
namespace {

// A language's name in that language; the code itself for one added before its name is here.
QString ownName(const QString& code) {
    if (code == QLatin1String("en")) return QStringLiteral("English");
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    return code;
}

}  // namespace

void fillLanguageCombo(QComboBox* combo, const QString& code) {
    combo->clear();
    for (const std::string& language : text::availableLanguages()) {
        const QString each = QString::fromStdString(language);
        combo->addItem(ownName(each), each);
    }
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString chosenLanguage(const QComboBox* combo) {
    const QString code = combo->currentData().toString();
    return code.isEmpty() ? QStringLiteral("en") : code;
}

}  // namespace crm::gui
