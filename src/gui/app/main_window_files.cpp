// The File menu's work: open (with the recovery offer for a damaged file), new, import and
// export JSON, and the list of recent files.
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/app/new_document_dialog.h"
#include "gui/app/recent_files.h"
#include "gui/app/recovery_offer.h"
#include "store/json_io.h"
#include "store/store_error.h"

namespace crm::gui {

bool MainWindow::openFile(const QString& path) {
    flushPending();
    try {
        session_->open(path);
    } catch (const store::StoreError& e) {
        if (e.kind() == store::StoreErrorKind::Corrupt)
            recovery_->offer(path, QString::fromUtf8(e.what()), dialogsEnabled_);
        else
            refuse(tr("Cannot open the document"), QString::fromUtf8(e.what()));
        return false;
    }
    rememberRecent(session_->path());
    banner_->hide();
    goToStep(currentStep());
    return true;
}

void MainWindow::newDocument() {
    NewDocumentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    const NewDocumentChoice choice = dialog.choice();
    // The company's name is the suggested file name, without characters file systems refuse.
    QString suggested = toQString(choice.properties.companyName);
    suggested.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the new assessment as"), suggested.simplified() + QStringLiteral(".crmw"),
        tr("CRM Workbench documents (*.crmw)"));
    if (path.isEmpty()) return;
    createNewDocument(
        choice, path.endsWith(QStringLiteral(".crmw")) ? path : path + QStringLiteral(".crmw"));
}

bool MainWindow::createNewDocument(const NewDocumentChoice& choice, const QString& path) {
    flushPending();
    try {
        // The store writes a temporary file and renames it: a failure leaves no file behind.
        session_->create(path, buildNewAssessment(choice));
    } catch (const store::StoreError& e) {
        refuse(tr("Cannot create the document"), QString::fromUtf8(e.what()));
        return false;
    }
    rememberRecent(path);
    goToStep(1);
    return true;
}

void MainWindow::openDocument() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open assessment"), QString(),
                                     tr("CRM Workbench documents (*.crmw);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::importJsonFile(const QString& jsonPath, const QString& documentPath) {
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(tr("Cannot import"), tr("%1 cannot be read.").arg(jsonPath));
        return false;
    }
    flushPending();
    try {
        const QByteArray bytes = file.readAll();
        session_->create(documentPath,
                         store::importAssessmentJson(std::string_view(
                             bytes.constData(), static_cast<std::size_t>(bytes.size()))));
    } catch (const store::StoreError& e) {
        refuse(tr("Cannot import"),
               QStringLiteral("%1: %2").arg(jsonPath, QString::fromUtf8(e.what())));
        return false;
    }
    rememberRecent(documentPath);
    goToStep(1);
    return true;
}

void MainWindow::importJson() {
    const QString json =
        QFileDialog::getOpenFileName(this, tr("Import JSON"), QString(), tr("JSON files (*.json)"));
    if (json.isEmpty()) return;
    QString target =
        QFileDialog::getSaveFileName(this, tr("Save the imported assessment as"),
                                     QFileInfo(json).completeBaseName() + QStringLiteral(".crmw"),
                                     tr("CRM Workbench documents (*.crmw)"));
    if (target.isEmpty()) return;
    if (!target.endsWith(QStringLiteral(".crmw"))) target += QStringLiteral(".crmw");
    importJsonFile(json, target);
}

bool MainWindow::exportJsonFile(const QString& jsonPath) {
    if (!session_->isOpen()) return false;
    flushPending();
    QFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        showMessage(tr("%1 cannot be written.").arg(jsonPath));
        return false;
    }
    const std::string json = store::exportAssessmentJson(session_->assessment());
    if (file.write(json.data(), static_cast<qint64>(json.size())) !=
            static_cast<qint64>(json.size()) ||
        !file.flush()) {
        showMessage(tr("%1 could not be written completely.").arg(jsonPath));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(jsonPath), 5000);
    return true;
}

void MainWindow::exportJson() {
    if (!session_->isOpen()) return;
    const QString suggested =
        QFileInfo(session_->path()).completeBaseName() + QStringLiteral(".json");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export JSON"), suggested, tr("JSON files (*.json)"));
    if (!path.isEmpty()) exportJsonFile(path);
}

void MainWindow::rememberRecent(const QString& path) { recent_->remember(path); }

void MainWindow::refreshRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = recent_->paths();
    int n = 0;
    for (const QString& path : recent) {
        auto* action = recentMenu_->addAction(
            QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

}  // namespace crm::gui
