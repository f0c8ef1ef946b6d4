#include "gui/workshop/agenda_step_timer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/workshop_edits.h"

namespace crm::gui {

QString formatClock(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString formatHoursMinutes(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

WorkshopCountdown workshopCountdown(std::optional<qint64> plannedSeconds, qint64 spentSeconds) {
    if (!plannedSeconds || *plannedSeconds <= 0) return {};
    const qint64 left = *plannedSeconds - spentSeconds;
    if (left < 0)
        return {
            QCoreApplication::translate("crm::gui", "Workshop over by %1").arg(formatClock(-left)),
            "overrun"};
    // Under a tenth: left * 10 < planned, in whole seconds.
    return {QCoreApplication::translate("crm::gui", "Workshop: %1 left").arg(formatClock(left)),
            left * 10 < *plannedSeconds ? "low" : ""};
}

namespace {
const AgendaSlot* slotOf(const Cycle* cycle, int step) {
    if (!cycle) return nullptr;
    for (const auto& slot : cycle->agenda)
        if (slot.step == step) return &slot;
    return nullptr;
}
const StepTime* stepTimeOf(const Cycle* cycle, int step) {
    if (!cycle) return nullptr;
    for (const auto& time : cycle->stepTimes)
        if (time.step == step) return &time;
    return nullptr;
}
}  // namespace

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
    unrecordedMs_.clear();
    emit changed();
}

void StepTimer::setStep(int step) {
    if (step == step_) return;
    tick();
    record();
    step_ = step;
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
    if (!paused_ && step_ > 0 && session_.cycle()) {
        qint64& counted = unrecordedMs_[step_];
        counted += delta;
        if (counted >= qint64{recordEverySeconds_} * 1000) record();
    }
    emit changed();
}

const Cycle* StepTimer::countedCycle() const {
    return session_.isOpen() ? session_.assessment().findCycle(cycleId_) : nullptr;
}

bool StepTimer::records() const {
    return session_.isOpen() && !session_.document().readOnly() && countedCycle();
}

qint64 StepTimer::recordedSeconds(const Cycle* cycle, int step) const {
    const AgendaSlot* slot = slotOf(cycle, step);
    const StepTime* time = stepTimeOf(cycle, step);
    return (slot ? slot->spentSeconds.value_or(0) : 0) +
           (time ? time->spentSeconds.value_or(0) : 0);
}

bool StepTimer::write(int step, qint64 seconds) {
    // Not undoable on purpose (see the header): straight to the store, one short transaction.
    const Cycle* cycle = countedCycle();
    if (const AgendaSlot* slot = slotOf(cycle, step))
        return session_.applyField(cycleId_, *findDescriptor("agenda"), slot->id, "spent_seconds",
                                   FieldValue{slot->spentSeconds.value_or(0) + seconds});
    const EntityDescriptor& kind = *findDescriptor("step_time");
    if (const StepTime* time = stepTimeOf(cycle, step))
        return session_.applyField(cycleId_, kind, time->id, "spent_seconds",
                                   FieldValue{time->spentSeconds.value_or(0) + seconds});
    return session_
        .applyInsert(cycleId_, kind, cycle->stepTimes.size(),
                     makeRecord(kind, {{"step", std::int64_t{step}},
                                       {"spent_seconds", std::int64_t{seconds}}}))
        .has_value();
}

void StepTimer::record() {
    if (!records()) return;
    for (auto& [step, counted] : unrecordedMs_) {
        const qint64 seconds = counted / 1000;
        if (seconds > 0 && write(step, seconds)) counted -= seconds * 1000;
    }
}

qint64 StepTimer::shownSeconds() const {
    const auto counted = unrecordedMs_.find(step_);
    return recordedSeconds(countedCycle(), step_) +
           (counted == unrecordedMs_.end() ? 0 : counted->second / 1000);
}

std::optional<qint64> StepTimer::plannedSeconds() const {
    const AgendaSlot* slot = slotOf(countedCycle(), step_);
    if (!slot || !slot->plannedMinutes) return std::nullopt;
    return *slot->plannedMinutes * 60;
}

bool StepTimer::overrun() const {
    const auto planned = plannedSeconds();
    return planned && shownSeconds() > *planned;
}

std::optional<qint64> StepTimer::plannedWorkshopSeconds() const {
    const Cycle* cycle = countedCycle();
    if (!cycle) return std::nullopt;
    std::optional<qint64> minutes;
    for (const auto& slot : cycle->agenda)
        if (slot.plannedMinutes) minutes = minutes.value_or(0) + *slot.plannedMinutes;
    if (!minutes) return std::nullopt;
    return *minutes * 60;
}

qint64 StepTimer::workshopSpentSeconds() const {
    qint64 seconds = 0;
    if (const Cycle* cycle = countedCycle()) {
        for (const auto& slot : cycle->agenda) seconds += slot.spentSeconds.value_or(0);
        for (const auto& time : cycle->stepTimes) seconds += time.spentSeconds.value_or(0);
    }
    for (const auto& [step, counted] : unrecordedMs_) seconds += counted / 1000;
    return seconds;
}

}  // namespace crm::gui
