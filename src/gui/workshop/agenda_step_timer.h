#pragma once
// The time spent on the step on screen. It counts while a document is open and the timer is not
// paused, and keeps the total in the document: in the step's agenda slot (spent_seconds) when
// it has one, else in the cycle's time for that step (step_time). Coming back to a step goes on
// from the time already spent there.
//
// Writing the time is NOT an undoable edit: it goes to the store through DocumentSession
// directly, without a QUndoCommand, so Ctrl+Z never "undoes the clock" and the undo stack holds
// only what people did. To keep the file quiet it writes at most once per record interval (30 s)
// of counted time, and when the step changes, another cycle or document is chosen, or the window
// closes. A read-only document keeps the time in memory only, while it is open.
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

#include "engine/model/field_value.h"

namespace crm {
struct AgendaSlot;
struct Cycle;
struct StepTime;
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

    qint64 shownSeconds() const;                   // all time on this step, recorded or not
    std::optional<qint64> plannedSeconds() const;  // from the step's agenda slot
    bool overrun() const;                          // past the planned minutes
    // The whole workshop: the agenda's planned minutes (none when no slot has any) and the time
    // spent on every step of the cycle.
    std::optional<qint64> plannedWorkshopSeconds() const;
    qint64 workshopSpentSeconds() const;
    bool records() const;  // the document is writable: the time is kept in it
    void record();         // writes the counted seconds now
    void tick();           // counts up to now (the ticker calls it)

  signals:
    void changed();  // after every tick and every change of step or document

  private:
    const Cycle* countedCycle() const;
    qint64 recordedSeconds(const Cycle* cycle, int step) const;
    bool write(int step, qint64 seconds);
    void restart();

    DocumentSession& session_;
    Clock clock_;
    QTimer ticker_;
    int step_ = 0;
    int recordEverySeconds_ = 30;
    EntityId cycleId_;                    // the cycle the counted time belongs to
    qint64 lastTick_ = 0;                 // clock at the last tick
    std::map<int, qint64> unrecordedMs_;  // by step: counted but not yet in the document
    bool paused_ = false;
};

// The rule for every time people read (never raw seconds):
// - formatClock, a running clock: "m:ss" under an hour ("0:00", "0:59", "59:59"), then "h:mm:ss"
//   ("1:00:00").
// - formatHoursMinutes, planned and spent totals: "h:mm", seconds dropped ("0:00" for 59 s,
//   "1:00" for an hour, "12:05").
QString formatClock(qint64 seconds);
QString formatHoursMinutes(qint64 seconds);

// The whole workshop's time left, for the presenter view: "2:41:10 left", "low" under 10% of the
// planned length, "over by 0:07" (state "overrun") past it; empty without planned minutes.
struct WorkshopCountdown {
    QString text;
    const char* state = "";  // a style sheet state (style_sheet.h)
};
WorkshopCountdown workshopCountdown(std::optional<qint64> plannedSeconds, qint64 spentSeconds);

}  // namespace crm::gui
