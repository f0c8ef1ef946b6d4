#pragma once
// The window's language: English (the source), German, or the pseudo-translation that shows
// clipped labels. Chosen by CRMW_LANGUAGE (tests, screenshots), else by the user's setting
// (View > Language), else by the system's language. Takes effect when the program starts.
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace crm::gui {

// The setting's values: "system", "en", "de".
inline constexpr const char* kLanguageSettingKey = "window/language";
QString languageSetting();
void setLanguageSetting(const QString& choice);

// The language a setting and a list of system UI languages ("de-DE", "en-US"...) lead to:
// "en", "de" or "pseudo". An environment override (CRMW_LANGUAGE) comes first when not empty.
QString resolveLanguage(const QString& environment, const QString& setting,
                        const QStringList& systemLanguages);
// The language this program runs in, fixed by installWindowLanguage().
QString windowLanguage();
// Loads the window's translation (":/i18n/crm-workbench_<language>.qm") and Qt's own dialog
// strings when installed, and makes the language's QLocale the default so numbers, dates and
// spin boxes follow it. Returns the language installed.
QString installWindowLanguage(QCoreApplication& app);
// The same with a language given (tests): "en" removes any installed translation.
QString installWindowLanguage(QCoreApplication& app, const QString& language);
// A file of a language-specific folder: folder/<language>/name when the window's language has it
// (resources/help/de/step-01.md), else folder/name, so a missing translation falls back to English
// file by file. The same for the user guide: ":/guide/user-guide.<language>.md" when compiled in.
QString localizedFile(const QString& folder, const QString& name);
QString localizedGuide(const QString& englishGuide);
// Numbers and dates in the window's language ("1.234,56" in German).
QLocale windowLocale();

}  // namespace crm::gui
