#pragma once
// The ten steps of the wizard, as the sidebar and page headers name them.
#include <QString>

namespace crm::gui {

inline constexpr int kStepCount = 10;
QString stepTitle(int step);     // 1..10
QString stepSubtitle(int step);  // one line: what the step captures

}  // namespace crm::gui
