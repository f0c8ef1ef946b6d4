#include "gui/common/language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include "engine/model/assessment.h"
#include "report/report_text.h"

namespace crm::gui {

namespace {

QString g_language = QStringLiteral("en");

bool isWindowLanguage(const QString& code) {
    return code == QLatin1String("en") || code == QLatin1String("de") ||
           code == QLatin1String("pseudo");
}

// Translators installed by the last installWindowLanguage(), removed before the next.
QTranslator*& windowTranslator() {
    static QTranslator* translator = nullptr;
    return translator;
}
QTranslator*& qtTranslator() {
    static QTranslator* translator = nullptr;
    return translator;
}

void removeTranslator(QCoreApplication& app, QTranslator*& translator) {
    if (!translator) return;
    app.removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

}  // namespace

QString languageSetting() {
    const QString value = QSettings().value(QLatin1String(kLanguageSettingKey)).toString();
    return value == QLatin1String("en") || value == QLatin1String("de") ? value
                                                                        : QStringLiteral("system");
}

void setLanguageSetting(const QString& choice) {
    QSettings().setValue(QLatin1String(kLanguageSettingKey), choice);
}

QString resolveLanguage(const QString& environment, const QString& setting,
                        const QStringList& systemLanguages) {
    const QString wanted = environment.trimmed().toLower();
    if (isWindowLanguage(wanted)) return wanted;
    if (setting == QLatin1String("en") || setting == QLatin1String("de")) return setting;
    // The first system language we have; English when none of them is German.
    for (const QString& ui : systemLanguages) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (code == QLatin1String("de")) return code;
        if (code == QLatin1String("en")) return code;
    }
    return QStringLiteral("en");
}

QString windowLanguage() { return g_language; }

QString localizedFile(const QString& folder, const QString& name) {
    if (g_language != QLatin1String("en")) {
        const QString translated = folder + QLatin1Char('/') + g_language + QLatin1Char('/') + name;
        if (QFileInfo::exists(translated)) return translated;
    }
    return folder + QLatin1Char('/') + name;
}

QString localizedGuide(const QString& englishGuide) {
    if (g_language == QLatin1String("en") || !englishGuide.endsWith(QLatin1String(".md")))
        return englishGuide;
    QString translated = englishGuide;
    translated.insert(translated.size() - 3, QLatin1Char('.') + g_language);
    return QFileInfo::exists(translated) ? translated : englishGuide;
}

QLocale windowLocale() {
    if (g_language == QLatin1String("de")) return QLocale(QLocale::German, QLocale::Germany);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString installWindowLanguage(QCoreApplication& app) {
    return installWindowLanguage(
        app, resolveLanguage(qEnvironmentVariable("CRMW_LANGUAGE"), languageSetting(),
                             QLocale::system().uiLanguages()));
}

QString installWindowLanguage(QCoreApplication& app, const QString& language) {
    removeTranslator(app, windowTranslator());
    removeTranslator(app, qtTranslator());
    g_language = isWindowLanguage(language) ? language : QStringLiteral("en");
    if (g_language != QLatin1String("en")) {
        auto* ours = new QTranslator(&app);
        if (ours->load(QStringLiteral(":/i18n/crm-workbench_%1.qm").arg(g_language))) {
            app.installTranslator(ours);
            windowTranslator() = ours;
        } else {
            delete ours;
            g_language = QStringLiteral("en");
        }
    }
    // Qt's own buttons and dialogs (Debian's qt6-translations-l10n), when installed.
    if (g_language == QLatin1String("de")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            app.installTranslator(qt);
            qtTranslator() = qt;
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(windowLocale());
    // Charts the window draws with the report's code (the step 10 radar, the Lorenz curve) speak
    // the window's language on this thread; exports open their own language scope.
    static std::unique_ptr<report::ReportLanguage> chartLanguage;
    chartLanguage.reset();
    const std::string code = g_language.toStdString();
    chartLanguage =
        std::make_unique<report::ReportLanguage>(isDocumentLanguage(code) ? code : "en");
    return g_language;
}

}  // namespace crm::gui
