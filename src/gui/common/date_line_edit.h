#pragma once
// A date typed as a whole: the text is free while the user types and is read as a date when
// it is complete or committed (Enter, Tab, leaving the field). QDateEdit checks each keystroke
// against the day, month and year still shown, so typing "30.04.2026" over 15.02.2026 gave
// 15.04.2026 (no 30 February); here nothing becomes a date before the whole text is one.
// Accepted: the window's form (German 30.04.2026, 30.4.2026 or 30042026; English 2026-04-30 or
// 20260430) and ISO 2026-04-30 in every language. A text that is no date, or one outside the
// range, is refused visibly (red frame, a tooltip naming the form) and the date stays as it was.
// Up/Down move a day, Page Up/Down a month; the button at the end opens a calendar.
#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace crm::gui {

class DateLineEdit : public QLineEdit {
    Q_OBJECT
  public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    QDate date() const { return date_; }
    // Shows `date` (an empty text for a null date when empty dates are allowed).
    void setDate(const QDate& date);
    void setDateRange(const QDate& minimum, const QDate& maximum);
    QDate minimumDate() const { return minimum_; }
    QDate maximumDate() const { return maximum_; }
    // An empty text is the null date (a table cell without a date) instead of a refusal.
    void setEmptyAllowed(bool allowed) { emptyAllowed_ = allowed; }

    // Reads the text as the date: true when it is one in range (the date is then that day), false
    // when it was refused (the frame turns red, the date is unchanged).
    bool commitText();
    // Whether the text as it stands would be accepted by commitText().
    bool textIsAcceptable() const;

    // The date a text names in the window's language, or a null date (31.02.2026, "hello").
    static QDate parse(const QString& text);
    // The form the window's language expects, for tooltips and placeholders ("TT.MM.JJJJ").
    static QString expectedForm();

  signals:
    void dateChanged(const QDate& date);

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

  private:
    void followTyping();
    void showRefusal(bool refused, const QString& reason = {});
    void step(int days, int months);
    void openCalendar();
    bool inRange(const QDate& date) const;
    void changeDate(const QDate& date);

    QDate date_;
    QDate committed_;  // the date before the typing began
    QDate minimum_{100, 1, 1};
    QDate maximum_{9999, 12, 31};
    bool emptyAllowed_ = false;
    QCalendarWidget* calendar_ = nullptr;
};

}  // namespace crm::gui
