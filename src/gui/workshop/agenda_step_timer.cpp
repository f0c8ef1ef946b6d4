#include "gui/workshop/agenda_step_timer.h"

#include <QElapsedTimer>

#include <memory>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"

namespace crm::gui {

QString formatDuration(qint64 seconds) {
    const qint64 h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

StepTimer::StepTimer(DocumentSession& session, QObject* parent)
    : QObject(parent), session_(session) {
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    clock_ = [elapsed] { return elapsed->elapsed(); };
    ticker_.setInterval(1000);
    connect(&ticker_, &QTimer::timeout, this, &StepTimer::tick);
    connect(&session_, &DocumentSession::aboutToReset, this, [this] {
        tick();
        record();
    });
    connect(&session_, &DocumentSession::documentReset, this, &StepTimer::restart);
    connect(&session_, &DocumentSession::edited, this,
            &StepTimer::changed);  // planned minutes may change
    restart();
    ticker_.start();
}

void StepTimer::setClock(Clock clock) {
    clock_ = std::move(clock);
    lastTick_ = clock_();
}

void StepTimer::setTickInterval(int milliseconds) { ticker_.setInterval(milliseconds); }

void StepTimer::setRecordInterval(int seconds) { recordEverySeconds_ = std::max(1, seconds); }

void StepTimer::restart() {
    cycleId_ = session_.cycleId();
    lastTick_ = clock_();
    unrecordedMs_ = 0;
    emit changed();
}

void StepTimer::setStep(int step) {
    if (step == step_) return;
    tick();
    record();
    step_ = step;
    unrecordedMs_ = 0;  // time of a step without a slot is not carried over to the next
    emit changed();
}

void StepTimer::setPaused(bool paused) {
    tick();
    paused_ = paused;
    if (paused) record();
    emit changed();
}

void StepTimer::tick() {
    const qint64 now = clock_();
    const qint64 delta = std::max<qint64>(0, now - lastTick_);
    lastTick_ = now;
    if (!paused_ && step_ > 0 && session_.cycle()) unrecordedMs_ += delta;
    if (unrecordedMs_ >= qint64{recordEverySeconds_} * 1000) record();
    emit changed();
}

const AgendaSlot* StepTimer::slotOf(const Cycle* cycle) const {
    if (!cycle) return nullptr;
    for (const auto& slot : cycle->agenda)
        if (slot.step == step_) return &slot;
    return nullptr;
}

bool StepTimer::records() const {
    return session_.isOpen() && !session_.document().readOnly() &&
           slotOf(session_.assessment().findCycle(cycleId_)) != nullptr;
}

void StepTimer::record() {
    const qint64 seconds = unrecordedMs_ / 1000;
    if (seconds <= 0 || !records()) return;
    const AgendaSlot* slot = slotOf(session_.assessment().findCycle(cycleId_));
    const std::int64_t total = slot->spentSeconds.value_or(0) + seconds;
    // Not undoable on purpose (see the header): straight to the store, one short transaction.
    if (session_.applyField(cycleId_, *findDescriptor("agenda"), slot->id, "spent_seconds",
                            FieldValue{total}))
        unrecordedMs_ -= seconds * 1000;
}

qint64 StepTimer::shownSeconds() const {
    const Cycle* cycle = session_.isOpen() ? session_.assessment().findCycle(cycleId_) : nullptr;
    const AgendaSlot* slot = slotOf(cycle);
    return (slot ? slot->spentSeconds.value_or(0) : 0) + unrecordedMs_ / 1000;
}

std::optional<qint64> StepTimer::plannedSeconds() const {
    const Cycle* cycle = session_.isOpen() ? session_.assessment().findCycle(cycleId_) : nullptr;
    const AgendaSlot* slot = slotOf(cycle);
    if (!slot || !slot->plannedMinutes) return std::nullopt;
    return *slot->plannedMinutes * 60;
}

bool StepTimer::overrun() const {
    const auto planned = plannedSeconds();
    return planned && shownSeconds() > *planned;
}

}  // namespace crm::gui
