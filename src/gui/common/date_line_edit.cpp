#include "gui/common/date_line_edit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFile>
#include <QIcon>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStyle>

#include "gui/common/language.h"
#include "gui/common/local_format.h"

namespace crm::gui {

namespace {

bool german() { return windowLanguage() == QLatin1String("de"); }

QDate dateOf(const QString& year, const QString& month, const QString& day) {
    return QDate(year.toInt(), month.toInt(), day.toInt());  // invalid for 31.02.
}

}  // namespace

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent) {
    setPlaceholderText(expectedForm());
    setToolTip(tr("Type the whole date as %1; Up and Down change it by a day").arg(expectedForm()));
    // The arrow a drop-down shows (the window's icon), or the style's where it is not compiled in.
    const QString arrow = QStringLiteral(":/icons/arrow-down.svg");
    QAction* pick =
        addAction(QFile::exists(arrow) ? QIcon(arrow) : style()->standardIcon(QStyle::SP_ArrowDown),
                  QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("calendarAction"));
    pick->setToolTip(tr("Choose the date in a calendar"));
    connect(pick, &QAction::triggered, this, &DateLineEdit::openCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateLineEdit::followTyping);
}

QString DateLineEdit::expectedForm() { return tr("YYYY-MM-DD"); }

QDate DateLineEdit::parse(const QString& typed) {
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    const QString text = typed.trimmed();
    if (auto m = iso.match(text); m.hasMatch())
        return dateOf(m.captured(1), m.captured(2), m.captured(3));
    if (german()) {
        if (auto m = dotted.match(text); m.hasMatch())
            return dateOf(m.captured(3), m.captured(2), m.captured(1));
        if (auto m = digits.match(text); m.hasMatch())  // ddMMyyyy
            return dateOf(m.captured(3), m.captured(2), m.captured(1));
    } else if (text.size() == 8 && digits.match(text).hasMatch()) {  // yyyyMMdd
        return dateOf(text.left(4), text.mid(4, 2), text.right(2));
    }
    return {};
}

void DateLineEdit::setDate(const QDate& date) {
    const QDate shown = date.isValid() || !emptyAllowed_ ? date : QDate();
    setText(shown.isValid() ? shown.toString(dateEditFormat()) : QString());
    showRefusal(false);
    committed_ = shown;
    changeDate(shown);
}

void DateLineEdit::setDateRange(const QDate& minimum, const QDate& maximum) {
    minimum_ = minimum;
    maximum_ = std::max(minimum, maximum);
    if (date_.isValid() && !inRange(date_)) setDate(std::clamp(date_, minimum_, maximum_));
}

bool DateLineEdit::inRange(const QDate& date) const { return date >= minimum_ && date <= maximum_; }

void DateLineEdit::changeDate(const QDate& date) {
    if (date == date_) return;
    date_ = date;
    emit dateChanged(date_);
}

bool DateLineEdit::textIsAcceptable() const {
    if (emptyAllowed_ && text().trimmed().isEmpty()) return true;
    const QDate typed = parse(text());
    return typed.isValid() && inRange(typed);
}

bool DateLineEdit::commitText() {
    if (emptyAllowed_ && text().trimmed().isEmpty()) {
        setDate(QDate());
        return true;
    }
    const QDate typed = parse(text());
    if (!typed.isValid() || !inRange(typed)) changeDate(committed_);  // back to the last day taken
    if (!typed.isValid()) {
        showRefusal(true, tr("This is not a date. Type it as %1.").arg(expectedForm()));
        return false;
    }
    if (!inRange(typed)) {
        showRefusal(true, tr("Choose a date from %1 to %2.")
                              .arg(localDate(minimum_.toString(Qt::ISODate)),
                                   localDate(maximum_.toString(Qt::ISODate))));
        return false;
    }
    setDate(typed);  // shows the window's form: 30042026 becomes 30.04.2026
    return true;
}

void DateLineEdit::followTyping() {
    // A date in its full form (two-digit day and month, four-digit year) takes effect at once, so
    // the dialog's note follows; no shorter text is one, so "2026-02-3" on the way to
    // "2026-02-31" is never taken for 3 February. Anything else waits for the commit.
    static const QRegularExpression full(
        QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{2}\\.\\d{2}\\.\\d{4}|\\d{8})\\s*$"));
    showRefusal(false);
    if (!full.match(text()).hasMatch()) return;
    const QDate typed = parse(text());
    if (typed.isValid() && inRange(typed)) changeDate(typed);
}

void DateLineEdit::showRefusal(bool refused, const QString& reason) {
    // The sheets draw the red frame (ui/styles/*.qss, state "refused"; see style_sheet.h).
    setProperty("state", refused ? QStringLiteral("refused") : QString());
    style()->unpolish(this);
    style()->polish(this);
    if (refused) {
        setToolTip(reason);
        setAccessibleDescription(reason);
    }
}

void DateLineEdit::step(int days, int months) {
    const QDate typed = parse(text());
    QDate from = typed.isValid() ? typed : date_;
    if (!from.isValid()) from = std::clamp(QDate::currentDate(), minimum_, maximum_);
    setDate(std::clamp(from.addDays(days).addMonths(months), minimum_, maximum_));
    selectAll();  // the next digits replace the whole date
}

void DateLineEdit::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Up:
            return step(1, 0);
        case Qt::Key_Down:
            return step(-1, 0);
        case Qt::Key_PageUp:
            return step(0, 1);
        case Qt::Key_PageDown:
            return step(0, -1);
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // A refused text keeps the focus here: no dialog's default button, no table commit.
            if (!commitText()) {
                event->accept();
                return;
            }
            break;
        default:
            break;
    }
    QLineEdit::keyPressEvent(event);
}

void DateLineEdit::focusOutEvent(QFocusEvent* event) {
    if (event->reason() != Qt::PopupFocusReason) commitText();
    QLineEdit::focusOutEvent(event);
}

void DateLineEdit::openCalendar() {
    if (!calendar_) {
        calendar_ = new QCalendarWidget(this);
        calendar_->setObjectName(QStringLiteral("dateCalendar"));
        calendar_->setWindowFlags(Qt::Popup);
        connect(calendar_, &QCalendarWidget::activated, this, [this](const QDate& day) {
            setDate(day);
            calendar_->hide();
            setFocus(Qt::PopupFocusReason);
        });
        connect(calendar_, &QCalendarWidget::clicked, calendar_, &QCalendarWidget::activated);
    }
    calendar_->setDateRange(minimum_, maximum_);
    const QDate typed = parse(text());
    calendar_->setSelectedDate(typed.isValid() ? typed
                                               : (date_.isValid() ? date_ : QDate::currentDate()));
    calendar_->adjustSize();
    calendar_->move(mapToGlobal(QPoint(0, height())));
    calendar_->show();
    calendar_->setFocus(Qt::PopupFocusReason);
}

}  // namespace crm::gui
