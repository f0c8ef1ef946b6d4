#include "gui/app/recovery_offer.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include "store/recovery.h"
#include "store/store_error.h"

namespace crm::gui {

RecoveryOffer::RecoveryOffer(QWidget* window, OpenFile open, Say say)
    : QObject(window), window_(window), open_(std::move(open)), say_(std::move(say)) {}

void RecoveryOffer::offer(const QString& path, const QString& reason, bool dialogs) {
    pendingPath_ = path;
    const QString name = QFileInfo(path).fileName();
    if (!dialogs) {
        say_(tr("%1 is damaged and was not opened (%2). A recovered copy can be made beside it; "
                "the file itself stays as it is.")
                 .arg(name, reason));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("The document is damaged"),
                    tr("%1 is damaged and cannot be opened as it is.").arg(name),
                    QMessageBox::Cancel, window_);
    box.setInformativeText(
        tr("Everything that can still be read can be copied into a new file beside it and opened. "
           "The damaged file is not changed."));
    box.setDetailedText(reason);
    QPushButton* recover = box.addButton(tr("Open a recovered copy"), QMessageBox::AcceptRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        accept();
    else
        decline();
}

bool RecoveryOffer::accept() {
    if (!pending()) return false;
    const QString damaged = pendingPath_;
    pendingPath_.clear();
    store::RecoveryReport report;
    QString copy;
    try {
        copy = QString::fromStdString(store::recoverCopy(damaged.toStdString(), &report));
    } catch (const store::StoreError& e) {
        if (e.kind() == store::StoreErrorKind::Corrupt)
            say_(tr("Nothing in %1 could be read, so no recovered copy was made (%2).")
                     .arg(damaged, QString::fromUtf8(e.what())));
        else
            say_(tr("No recovered copy of %1 could be made: %2")
                     .arg(damaged, QString::fromUtf8(e.what())));
        return false;
    }
    lastCopy_ = copy;
    if (!open_(copy)) return false;
    QString summary = tr("Opened the recovered copy %1: %n row(s) carried over", nullptr,
                         static_cast<int>(report.rowsRecovered))
                          .arg(QFileInfo(copy).fileName());
    if (report.valuesDropped > 0)
        summary += tr(", %n unreadable value(s) left empty", nullptr,
                      static_cast<int>(report.valuesDropped));
    summary += tr(". %1 is unchanged.").arg(QFileInfo(damaged).fileName());
    say_(summary);
    return true;
}

}  // namespace crm::gui
