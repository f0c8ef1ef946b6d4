#include "gui/steps/step_titles.h"

#include <QCoreApplication>

namespace crm::gui {

QString stepTitle(int step) {
    static const char* const titles[kStepCount] = {
        QT_TRANSLATE_NOOP("crm::gui", "Business strategy"),
        QT_TRANSLATE_NOOP("crm::gui", "Current metrics"),
        QT_TRANSLATE_NOOP("crm::gui", "Customer pain"),
        QT_TRANSLATE_NOOP("crm::gui", "Relationship state"),
        QT_TRANSLATE_NOOP("crm::gui", "What matters to customers"),
        QT_TRANSLATE_NOOP("crm::gui", "Segments & objectives"),
        QT_TRANSLATE_NOOP("crm::gui", "Segment treatment"),
        QT_TRANSLATE_NOOP("crm::gui", "Monitoring metrics"),
        QT_TRANSLATE_NOOP("crm::gui", "Alignment"),
        QT_TRANSLATE_NOOP("crm::gui", "Capabilities")};
    if (step < 1 || step > kStepCount) return {};
    return QCoreApplication::translate("crm::gui", titles[step - 1]);
}

QString stepSubtitle(int step) {
    static const char* const lines[kStepCount] = {
        QT_TRANSLATE_NOOP("crm::gui", "Where the company is heading and how it makes money."),
        QT_TRANSLATE_NOOP("crm::gui", "How sales, service and marketing are measured today."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "Where customers, partners and frontline staff say it hurts."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "Satisfaction, loyalty and how our view compares with the customers'."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "Attributes customers value, rated for importance and performance."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "Customer segments and the measurable objectives set for each."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "How products, pricing, communications and service differ per segment."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "The KPIs that will track execution, with targets and owners."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "Which KPI serves which corporate objective; gaps are highlighted."),
        QT_TRANSLATE_NOOP("crm::gui",
                          "Maturity today and target, resources, learning methods and plans.")};
    if (step < 1 || step > kStepCount) return {};
    return QCoreApplication::translate("crm::gui", lines[step - 1]);
}

}  // namespace crm::gui
