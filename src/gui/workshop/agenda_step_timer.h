#pragma once
// The time spent on the step on screen. It counts while a document is open and the timer is not
// paused, and keeps the total in the step's agenda slot (spent_seconds) for the record.
//
// Writing the time is NOT an undoable edit: it goes to the store through
// DocumentSession::applyField directly, without a QUndoCommand, so Ctrl+Z never "undoes the
// clock" and the undo stack holds only what people did. To keep the file quiet it writes at most
// once per record interval (30 s) of counted time, and when the step changes, another cycle or
// document is chosen, or the window closes. A step without an agenda slot is timed on screen
// but not recorded (the agenda page adds slots); neither is a read-only document.
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

#include "engine/model/field_value.h"

namespace crm {
struct AgendaSlot;
struct Cycle;
}  // namespace crm

namespace crm::gui {

class DocumentSession;

class StepTimer : public QObject {
    Q_OBJECT
  public:
    using Clock = std::function<qint64()>;  // monotonic milliseconds

    explicit StepTimer(DocumentSession& session, QObject* parent = nullptr);

    // For tests: a clock to drive by hand and shorter intervals.
    void setClock(Clock clock);
    void setTickInterval(int milliseconds);  // how often the display refreshes; 1000 by default
    void setRecordInterval(int seconds);     // write at most this often; 30 by default

    void setStep(int step);  // records the previous step's time first
    int step() const { return step_; }
    void setPaused(bool paused);
    bool paused() const { return paused_; }

    qint64 shownSeconds() const;                   // recorded + not yet recorded, for this step
    std::optional<qint64> plannedSeconds() const;  // from the step's agenda slot
    bool overrun() const;                          // past the planned minutes
    bool records() const;                          // the step has a slot and the file is writable
    void record();                                 // writes the counted seconds now
    void tick();                                   // counts up to now (the ticker calls it)

  signals:
    void changed();  // after every tick and every change of step or document

  private:
    const AgendaSlot* slotOf(const Cycle* cycle) const;
    void restart();

    DocumentSession& session_;
    Clock clock_;
    QTimer ticker_;
    int step_ = 0;
    int recordEverySeconds_ = 30;
    EntityId cycleId_;     // the cycle the counted time belongs to
    qint64 lastTick_ = 0;  // clock at the last tick
    qint64 unrecordedMs_ = 0;
    bool paused_ = false;
};

// "12:34" (minutes:seconds), "1:02:03" past an hour.
QString formatDuration(qint64 seconds);

}  // namespace crm::gui
