#pragma once
// The questions the facilitator puts to the room, from the step's help text
// (resources/help/step-NN.md, the list under "Questions to ask the room").
#include <QStringList>

namespace crm::gui {

QStringList roomQuestions(int step, int maximum = 3);
// The same from markdown text (for tests and other help files).
QStringList roomQuestionsIn(const QString& markdown, int maximum);

}  // namespace crm::gui
