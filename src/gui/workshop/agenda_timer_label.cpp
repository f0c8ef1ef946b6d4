#include "gui/workshop/agenda_timer_label.h"

#include <QApplication>

#include "gui/common/style_sheet.h"
#include "gui/workshop/agenda_step_timer.h"

namespace crm::gui {

StepTimerLabel::StepTimerLabel(StepTimer& timer, std::function<double()> scale, QWidget* parent)
    : QLabel(parent), timer_(timer), scale_(std::move(scale)) {
    setObjectName(QStringLiteral("stepTimer"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 0, 6, 0);
    connect(&timer_, &StepTimer::changed, this, &StepTimerLabel::refresh);
    refresh();
}

void StepTimerLabel::refresh() {
    if (timer_.step() <= 0) {
        clear();
        return;
    }
    const auto planned = timer_.plannedSeconds();
    QString text =
        planned ? tr("Step %1 · %2 of %3")
                      .arg(timer_.step())
                      .arg(formatDuration(timer_.shownSeconds()), formatDuration(*planned))
                : tr("Step %1 · %2").arg(timer_.step()).arg(formatDuration(timer_.shownSeconds()));
    if (timer_.paused()) text += tr(" (paused)");
    setText(text);
    setToolTip(timer_.records() ? tr("Time spent on this step; kept in the agenda for the record")
                                : tr("Time on this step, not recorded: the step has no agenda slot "
                                     "(Workshop ▸ Agenda & timer)"));
    const bool overrun = timer_.overrun();
    const double scale = scale_ ? scale_() : 0.0;
    if (overrun == overrun_ && scale == appliedScale_) return;
    overrun_ = overrun;
    appliedScale_ = scale;
    setStyleState(this, overrun ? "overrun" : "");
    if (!scale_) return;  // the owner sizes the font (the presenter view)
    QFont f = QApplication::font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else
        f.setPixelSize(static_cast<int>(f.pixelSize() * scale));
    f.setBold(overrun || scale > 1.0);
    setFont(f);
}

}  // namespace crm::gui
