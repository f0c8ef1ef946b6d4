#include "gui/workshop/agenda_timer_label.h"

#include <QApplication>

#include "engine/model/descriptor.h"
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

void StepTimerLabel::setAway(bool away) {
    away_ = away;
    refresh();
}

void StepTimerLabel::refresh() {
    if (timer_.step() <= 0) {
        clear();
        return;
    }
    // The page's name is beside it (the status bar, the presenter's title); away from the
    // step it counts (the action plan), it names that step.
    const auto planned = timer_.plannedSeconds();
    const QString spent = formatClock(timer_.shownSeconds());
    QString text = planned ? tr("Clock %1 of %2").arg(spent, formatClock(*planned))
                           : tr("Clock %1").arg(spent);
    if (away_)
        text = timer_.step() == kResetStep
                   ? tr("Clock of the annual reset: %1").arg(spent)
                   : tr("Clock of step %1: %2").arg(timer_.step()).arg(spent);
    if (timer_.paused()) text += tr(" (paused)");
    setText(text);
    setToolTip(timer_.records()
                   ? tr("Time spent on this step over all visits; kept in the document")
                   : tr("Time spent on this step; not kept: the document is read-only"));
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
