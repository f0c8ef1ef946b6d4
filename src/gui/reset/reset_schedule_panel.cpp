#include "gui/reset/reset_schedule_panel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolTip>
#include <QUndoCommand>
#include <QVBoxLayout>

#include "engine/reset/icalendar.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/cycle_dates.h"
#include "gui/common/scroll_page.h"
#include "gui/reset/reset_views.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/field_delegate.h"

namespace crm::gui {

namespace {

int columnOf(const EntityDescriptor& kind, std::string_view key) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i)
        if (kind.fields[i].key == key) return static_cast<int>(i);
    return -1;
}

// The agenda column: where the facilitator wrote nothing, shows in grey the agenda the calendar
// file will carry (defaultAgenda of the meeting's kind), and offers it as the editor's placeholder.
class AgendaDelegate : public FieldDelegate {
  public:
    AgendaDelegate(int kindColumn, QObject* parent)
        : FieldDelegate(parent), kindColumn_(kindColumn) {}

    static QString defaultFor(const QModelIndex& index, int kindColumn) {
        const QString key = index.siblingAtColumn(kindColumn).data(Qt::EditRole).toString();
        const auto kind = choiceFromKey<EventKind>(toStd(key)).value_or(EventKind::Reset);
        return QString::fromStdString(reset::defaultAgenda(kind));
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        QWidget* editor = FieldDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setPlaceholderText(
                defaultFor(index, kindColumn_).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
        return editor;
    }

    // An empty agenda keeps its row one line high; the default shows elided, whole in the tooltip.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        if (!index.data(Qt::EditRole).toString().isEmpty())
            return FieldDelegate::sizeHint(option, index);
        return {option.fontMetrics.horizontalAdvance(QLatin1Char('x')) * 24,
                option.fontMetrics.height() + 8};
    }

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override {
        if (event->type() != QEvent::ToolTip || !index.data(Qt::EditRole).toString().isEmpty())
            return FieldDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(),
                           QObject::tr("No agenda written: the calendar gets this one.\n\n%1")
                               .arg(defaultFor(index, kindColumn_)),
                           view);
        return true;
    }

  protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        FieldDelegate::initStyleOption(option, index);
        if (!index.data(Qt::EditRole).toString().isEmpty()) return;
        option->text =
            defaultFor(index, kindColumn_).replace(QLatin1Char('\n'), QStringLiteral(" · "));
        option->features &= ~QStyleOptionViewItem::WrapText;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::PlaceholderText));
    }

  private:
    int kindColumn_;
};

Date skipWeekend(Date day) {
    const date::weekday wd{day};
    if (wd == date::Saturday) return day + date::days{2};
    if (wd == date::Sunday) return day + date::days{1};
    return day;
}

// The same day `months` later, or the month's last day when it has no such day (31 August + 6).
Date monthsLater(Date day, int months) {
    date::year_month_day later = date::year_month_day{day} + date::months{months};
    if (!later.ok()) later = later.year() / later.month() / date::last;
    return Date{later};
}

}  // namespace

ResetSchedulePanel::ResetSchedulePanel(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("resetSchedule"));
    auto* intro =
        makeIntroLabel(tr("<b>Follow through.</b> Put the next reset and its preparation meetings "
                          "in the calendar today, "
                          "with who attends. A meeting without an agenda gets the one shown in "
                          "grey, drawn from the three "
                          "phases. Export the schedule as an iCalendar file (.ics) that any "
                          "calendar program imports."));
    const EntityDescriptor& kind = *findDescriptor("event");
    events_ = new EntityTableEditor(session_, kind);
    keepEditorColumnWidths(events_, {{"kind", 15},
                                     {"title", 20},
                                     {"day", 10},
                                     {"start_time", 12},
                                     {"duration_minutes", 7},
                                     {"location", 12},
                                     {"attendees", 14}});
    agenda_ = new QLabel;
    agenda_->setObjectName(QStringLiteral("agendaPreview"));
    agenda_->setWordWrap(true);
    agenda_->setTextFormat(Qt::RichText);
    agenda_->setFrameShape(QFrame::StyledPanel);
    agenda_->setMargin(8);
    events_->view()->setItemDelegateForColumn(
        columnOf(kind, "agenda"), new AgendaDelegate(columnOf(kind, "kind"), events_->view()));
    plan_ = new QPushButton(tr("&Plan next year's reset"));
    plan_->setObjectName(QStringLiteral("planNextReset"));
    plan_->setAutoDefault(false);
    plan_->setToolTip(
        tr("Adds a progress review in six months, a preparation meeting and the reset itself a "
           "year after this cycle's assessment date"));
    export_ = new QPushButton(tr("E&xport schedule (.ics)…"));
    export_->setObjectName(QStringLiteral("exportSchedule"));
    export_->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(plan_);
    buttons->addStretch(1);
    buttons->addWidget(export_);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    column->addWidget(intro);
    column->addWidget(events_);
    column->addLayout(buttons);
    column->addWidget(agenda_);
    column->addStretch(1);
    fillWithScrollPage(this, content);

    connect(export_, &QPushButton::clicked, this, &ResetSchedulePanel::chooseFileAndExport);
    connect(plan_, &QPushButton::clicked, this, &ResetSchedulePanel::planNextReset);
    connect(events_->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResetSchedulePanel::refreshAgenda);
    connect(&session_, &DocumentSession::edited, this, &ResetSchedulePanel::refreshAgenda);
    connect(&session_, &DocumentSession::documentReset, this, &ResetSchedulePanel::refreshAgenda);
    refreshAgenda();
}

void ResetSchedulePanel::refreshAgenda() {
    const Cycle* cycle = session_.cycle();
    const int row = events_->view()->currentIndex().row();
    if (!cycle || cycle->schedule.empty()) {
        agenda_->setText(tr(
            "No meeting planned yet: <i>Plan next year's reset</i> adds the reset, its preparation "
            "and a progress review."));
        return;
    }
    const ScheduledEvent& e = cycle->schedule[static_cast<std::size_t>(
        std::clamp<int>(row, 0, static_cast<int>(cycle->schedule.size()) - 1))];
    const bool own = !e.agenda.empty();
    const QString text =
        QString::fromStdString(own ? e.agenda : reset::defaultAgenda(e.kind)).toHtmlEscaped();
    agenda_->setText(
        tr("<b>Agenda of “%1”</b> %2<br>%3")
            .arg(QString::fromStdString(e.title).toHtmlEscaped(),
                 own ? QString() : tr("<i>(none written: the calendar file gets this one)</i>"),
                 QString(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

bool ResetSchedulePanel::exportICalendar(const QString& path,
                                         std::optional<std::chrono::sys_seconds> stamp) {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return false;
    if (cycle->schedule.empty()) {
        session_.reportError(tr("The schedule of cycle %1 is empty: add the next reset first.")
                                 .arg(QString::fromStdString(cycle->name)));
        return false;
    }
    const auto now =
        stamp.value_or(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    const std::string text = reset::writeICalendar(session_.assessment(), *cycle, now);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        session_.reportError(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void ResetSchedulePanel::chooseFileAndExport() {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("%1 reset schedule %2.ics")
                                  .arg(QFileInfo(session_.path()).completeBaseName(),
                                       QString::fromStdString(cycle->name)));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the schedule"), suggested,
                                                tr("iCalendar files (*.ics)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive)) path += QStringLiteral(".ics");
    if (!exportICalendar(path)) return;
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(
            tr("The schedule was exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

void ResetSchedulePanel::planNextReset() {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return;
    const Date base = cycle->assessmentDate.value_or(fromQDate(QDate::currentDate()));
    const Date resetDay = skipWeekend(monthsLater(base, 12));
    const QString year = QString::number(static_cast<int>(date::year_month_day{resetDay}.year()));
    const EntityDescriptor& kind = *findDescriptor("event");
    auto event = [&](EventKind k, const QString& title, Date day, const char* start,
                     std::int64_t minutes) {
        ScheduledEvent e;
        e.kind = k;
        e.title = toStd(title);
        e.day = day;
        e.startTime = start;
        e.durationMinutes = minutes;
        EntityRecord record = captureRecord(kind, e);
        record.id.clear();
        return record;
    };
    const Date review = skipWeekend(monthsLater(base, 6));
    const std::vector<EntityRecord> records = {
        event(EventKind::Review, tr("CRM progress review"), review, "14:00", 90),
        event(EventKind::Preparation, tr("Prepare the CRM strategy reset %1").arg(year),
              skipWeekend(resetDay - date::days{21}), "10:00", 120),
        event(EventKind::Reset, tr("CRM strategy reset %1").arg(year), resetDay, "09:00", 240)};
    auto* all = new QUndoCommand(tr("Plan the reset %1").arg(year));
    std::size_t at = cycle->schedule.size();
    for (const auto& record : records) new InsertItemCommand(session_, kind, at++, record, all);
    session_.undoStack()->push(all);
}

}  // namespace crm::gui
