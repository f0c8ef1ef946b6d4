#include "gui/workshop/presenter_questions.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include "engine/model/descriptor.h"
#include "gui/common/language.h"
#include "gui/steps/catalog.h"

namespace crm::gui {

QStringList roomQuestionsIn(const QString& markdown, int maximum) {
    QStringList out;
    bool inList = false;
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|\\*|`"));
    for (const QString& raw : markdown.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!inList) {
            // The heading as the help text of the window's language writes it ("Fragen an die
            // Runde"), or the English one of a file not translated yet.
            inList =
                line.contains(QLatin1String("Questions to ask the room"), Qt::CaseInsensitive) ||
                line.contains(QCoreApplication::translate("crm::gui", "Questions to ask the room"),
                              Qt::CaseInsensitive);
            continue;
        }
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            if (out.size() >= maximum) break;
            out << line.mid(2).remove(emphasis).trimmed();
        } else if (!line.isEmpty() && !out.isEmpty()) {
            break;  // the list has ended
        }
    }
    return out;
}

QStringList roomQuestions(int step, int maximum) {
    QFile file(localizedFile(
        resourcesDir() + QStringLiteral("/help"),
        step == kResetStep ? QStringLiteral("reset.md")
                           : QStringLiteral("step-%1.md").arg(step, 2, 10, QLatin1Char('0'))));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return roomQuestionsIn(QString::fromUtf8(file.readAll()), maximum);
}

}  // namespace crm::gui
