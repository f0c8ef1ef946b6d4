#pragma once
// The schedule of the next reset and its preparation meetings (the "event" table), with the
// default agenda shown in grey where the facilitator wrote none (the calendar file gets that
// text), a button that plans next year's meetings, and the export to an iCalendar file.
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QPushButton;

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;

class ResetSchedulePanel : public QWidget {
    Q_OBJECT
  public:
    explicit ResetSchedulePanel(DocumentSession& session, QWidget* parent = nullptr);

    EntityTableEditor* events() const { return events_; }
    QPushButton* exportButton() const { return export_; }

    // Writes the cycle's schedule (writeICalendar) to `path`; DTSTAMP is `stamp`, or now (UTC).
    // Errors go to the session's message area. Returns whether the file was written.
    bool exportICalendar(const QString& path,
                         std::optional<std::chrono::sys_seconds> stamp = std::nullopt);
    // Asks for the file, then exports.
    void chooseFileAndExport();
    // Adds, in one undoable step, a preparation meeting three weeks before and the reset itself
    // a year after this cycle's assessment date (or today).
    void planNextReset();

  private:
    void refreshAgenda();  // the agenda of the meeting in the current row, or the default one

    DocumentSession& session_;
    EntityTableEditor* events_ = nullptr;
    QPushButton* export_ = nullptr;
    QPushButton* plan_ = nullptr;
    QLabel* agenda_ = nullptr;
};

}  // namespace crm::gui
