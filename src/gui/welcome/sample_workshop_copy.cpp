#include "gui/welcome/sample_workshop_copy.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/steps/catalog.h"

namespace crm::gui {

QString sampleWorkshopCopyPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Sample workshop.crmw"));
}

namespace {

enum class ExistingCopy { Replace, Keep, Cancel };

// A facilitator who opens the sample to show or learn the method expects it as shipped; one who
// practised on it yesterday may want to go on. Every edit is saved at once, so replacing the
// copy silently would lose that practice: when a copy is there, ask (tests and the screenshot
// tour run without dialogs and always get a fresh copy).
ExistingCopy askAboutExistingCopy(MainWindow& window, const QString& path) {
    if (!window.dialogsEnabled()) return ExistingCopy::Replace;
    QMessageBox box(QMessageBox::Question, QObject::tr("Open the sample workshop"),
                    QObject::tr("You have opened the sample workshop before; the changes made to "
                                "it are kept in %1.\n\nStart again from the sample as shipped, "
                                "or go on with that copy?")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Cancel, &window);
    QPushButton* fresh = box.addButton(QObject::tr("&Start again"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(QObject::tr("&Go on with my copy"), QMessageBox::AcceptRole);
    box.setDefaultButton(fresh);
    box.exec();
    if (box.clickedButton() == fresh) return ExistingCopy::Replace;
    if (box.clickedButton() == keep) return ExistingCopy::Keep;
    return ExistingCopy::Cancel;
}

}  // namespace

bool openSampleWorkshop(MainWindow& window) {
    const QString sample = resourcesDir() + QStringLiteral("/samples/quillmere.json");
    const QString copy = sampleWorkshopCopyPath();
    if (!QFileInfo::exists(sample)) {
        window.showMessage(
            QObject::tr("The sample workshop is not installed (%1 is missing).").arg(sample));
        return false;
    }
    if (QFileInfo::exists(copy)) {
        switch (askAboutExistingCopy(window, copy)) {
            case ExistingCopy::Cancel:
                return false;
            case ExistingCopy::Keep:
                return window.openFile(copy);
            case ExistingCopy::Replace:
                break;
        }
    }
    if (!QDir().mkpath(QFileInfo(copy).absolutePath())) {
        window.showMessage(QObject::tr("The folder %1 cannot be created for the sample workshop.")
                               .arg(QDir::toNativeSeparators(QFileInfo(copy).absolutePath())));
        return false;
    }
    // The copy is open in this window when the sample is opened again: let go of it first.
    if (window.session().isOpen() &&
        QFileInfo(window.session().path()).absoluteFilePath() == QFileInfo(copy).absoluteFilePath())
        window.closeDocument();
    return window.importJsonFile(sample, copy);
}

}  // namespace crm::gui
