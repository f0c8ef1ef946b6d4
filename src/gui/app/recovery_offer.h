#pragma once
// A damaged document on open: the window offers to salvage what can still be read into a new
// file beside it ("NAME (recovered).crmw", store::recoverCopy) and to open that copy. The damaged
// file is only read. With dialogs off (tests) the offer waits in the message area until accept().
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace crm::gui {

class RecoveryOffer : public QObject {
    Q_OBJECT
  public:
    using OpenFile = std::function<bool(const QString&)>;
    using Say = std::function<void(const QString&)>;

    RecoveryOffer(QWidget* window, OpenFile open, Say say);

    // `path` failed to open as damaged, for `reason`. Asks now (dialogs) or posts the offer.
    void offer(const QString& path, const QString& reason, bool dialogs);
    bool pending() const { return !pendingPath_.isEmpty(); }
    const QString& pendingPath() const { return pendingPath_; }
    // Salvages the pending file and opens the copy; false (and says why) when nothing could be.
    bool accept();
    void decline() { pendingPath_.clear(); }
    const QString& lastCopy() const { return lastCopy_; }

  private:
    QWidget* window_;
    OpenFile open_;
    Say say_;
    QString pendingPath_;
    QString lastCopy_;
};

}  // namespace crm::gui
