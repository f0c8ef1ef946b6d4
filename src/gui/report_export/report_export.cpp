#include "gui/report_export/report_export.h"

#include <QAction>
#include <QMenu>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/app/menu_placement.h"
#include "gui/report_export/report_export_dialog.h"

namespace crm::gui {

void attachReportExport(MainWindow& window) {
    // Once per window: features.cpp attaches it, and tests may call it again.
    if (window.findChild<QAction*>(QStringLiteral("actionExportReport"))) return;
    auto* action = new QAction(QObject::tr("Export &Report…"), &window);
    action->setObjectName(QStringLiteral("actionExportReport"));
    // "Generate": Ctrl+E is Export JSON, Ctrl+Shift+E and Ctrl+Shift+R belong to the reset.
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    action->setStatusTip(QObject::tr("The strategy report of a cycle, to print, edit or share"));
    window.addAction(action);  // the shortcut works with the menu closed
    insertAfterShortcut(*window.fileMenu(), action, QKeySequence(Qt::CTRL | Qt::Key_E));

    DocumentSession& session = window.session();
    auto refresh = [action, &session] { action->setEnabled(session.isOpen()); };
    QObject::connect(&session, &DocumentSession::documentReset, action, refresh);
    refresh();
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        if (!window.session().isOpen()) return;
        auto* dialog = new ReportExportDialog(window.session(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A cycle switch or closing the file makes the dialog's choices stale.
        QObject::connect(&window.session(), &DocumentSession::aboutToReset, dialog, [dialog] {
            dialog->cancelExport();
            dialog->done(QDialog::Rejected);
        });
        dialog->open();
    });
}

}  // namespace crm::gui
