#include "gui/customer_data/customer_data_link.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/app/menu_placement.h"
#include "gui/commands/analysis_settings_command.h"
#include "gui/commands/customer_figure_edits.h"
#include "gui/common/own_page_view.h"
#include "gui/customer_data/analysis_settings_dialog.h"
#include "gui/customer_data/customer_data_page.h"
#include "gui/customer_data/segment_figures_dialog.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "gui/steps/step_sidebar.h"
#include "store/document.h"

namespace crm::gui {
namespace {

void connectOffers(MainWindow& window, CustomerDataPage* page) {
    QObject::connect(page, &CustomerDataPage::relationshipFiguresOffered, &window,
                     [&window](const RelationshipLevelFigures& figures) {
                         const int changed = applyRelationshipFigures(window.session(), figures);
                         window.statusBar()->showMessage(
                             changed > 0 ? QObject::tr("Step 4 now holds the customer data's "
                                                       "shares (Ctrl+Z undoes).")
                                         : QObject::tr("Step 4 already holds these shares."),
                             8000);
                     });
    QObject::connect(
        page, &CustomerDataPage::segmentFiguresOffered, &window,
        [&window, page](const QList<SegmentFigures>& offered) {
            const Cycle* cycle = window.session().cycle();
            if (!cycle || offered.isEmpty()) return;
            auto* dialog = new SegmentFiguresDialog(*cycle, offered, page);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &QDialog::accepted, &window, [&window, dialog] {
                const int touched = applySegmentFigures(window.session(), dialog->assignments());
                window.statusBar()->showMessage(
                    QObject::tr("%n segment(s) of step 6 updated or added (Ctrl+Z undoes).", "",
                                touched),
                    8000);
            });
            QObject::connect(&window.session(), &DocumentSession::aboutToReset, dialog,
                             &QDialog::reject);
            dialog->open();
        });
}

// The dialog on the document's settings, bounded to the dates of the lines the page shows;
// OK makes the change one undo step, which the page follows by analysing again.
void openAnalysisSettings(MainWindow& window, CustomerDataPage* page) {
    DocumentSession& session = window.session();
    if (!session.isOpen() || session.document().readOnly()) return;
    std::optional<std::int32_t> first, last;
    if (const auto snapshot = page->snapshot(); snapshot && snapshot->hasData()) {
        first = snapshot->analysis.firstDay;
        last = snapshot->analysis.lastDay;
    }
    auto* dialog =
        new AnalysisSettingsDialog(session.assessment().customerAnalysis, first, last, page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &window, [&session, dialog] {
        const CustomerAnalysisSettings chosen = dialog->settings();
        if (session.isOpen() && chosen != session.assessment().customerAnalysis)
            session.undoStack()->push(new ChangeAnalysisSettingsCommand(session, chosen));
    });
    QObject::connect(&session, &DocumentSession::aboutToReset, dialog, &QDialog::reject);
    dialog->open();
}

}  // namespace

void attachCustomerData(MainWindow& window) {
    // Once per window: features.cpp attaches it, and tests may call it again.
    if (window.findChild<QWidget*>(QStringLiteral("customerDataView"))) return;
    DocumentSession& session = window.session();
    QStackedWidget* views = window.views();
    auto* page = new CustomerDataPage;
    QWidget* view =
        makeOwnPageView(window, page, QStringLiteral("customerDataView"),
                        QStringLiteral("customer-data.md"), QObject::tr("Customer data"));
    views->addWidget(view);
    connectOffers(window, page);

    auto* showAction = new QAction(QObject::tr("&Customer data"), &window);
    showAction->setObjectName(QStringLiteral("actionCustomerData"));
    showAction->setStatusTip(
        QObject::tr("What the imported transactions say: concentration, RFM, lifetime value"));
    auto* importAction = new QAction(QObject::tr("Import &transactions…"), &window);
    importAction->setObjectName(QStringLiteral("actionImportTransactions"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    importAction->setStatusTip(QObject::tr("Add a CSV export of sales lines to this document"));
    window.addAction(importAction);  // the shortcut works with the menu closed
    insertAfterShortcut(*window.fileMenu(), importAction, QKeySequence(Qt::CTRL | Qt::Key_I));
    window.viewMenu()->addAction(showAction);

    auto showPage = [&window, &session, views, view] {
        if (!session.isOpen()) return;
        views->setCurrentWidget(view);
        window.sidebar()->setCurrentRow(-1);  // a click on any step comes back to the steps
    };
    QObject::connect(showAction, &QAction::triggered, view, showPage);
    QObject::connect(importAction, &QAction::triggered, page, [showPage, page] {
        showPage();
        page->openImportDialog();  // waits for the page's own reading of the file
    });

    auto* settingsAction = new QAction(QObject::tr("Customer &analysis settings…"), &window);
    settingsAction->setObjectName(QStringLiteral("actionAnalysisSettings"));
    settingsAction->setStatusTip(
        QObject::tr("Holdout check, period, horizon and discount rate of the customer analysis"));
    {  // right under File > Import transactions…
        const QList<QAction*> entries = window.fileMenu()->actions();
        const qsizetype after = entries.indexOf(importAction) + 1;
        window.fileMenu()->insertAction(
            after > 0 && after < entries.size() ? entries[after] : nullptr, settingsAction);
    }
    auto openSettings = [&window, page] { openAnalysisSettings(window, page); };
    QObject::connect(page, &CustomerDataPage::analysisSettingsRequested, &window, openSettings);
    QObject::connect(settingsAction, &QAction::triggered, page, [showPage, openSettings] {
        showPage();
        openSettings();
    });
    // A change of the settings (made here, undone, redone) is one edit among others.
    QObject::connect(&session, &DocumentSession::edited, page,
                     [page] { page->followAnalysisSettings(); });

    // The page must let go of the file before it is closed or another one is opened.
    QObject::connect(&session, &DocumentSession::aboutToReset, page,
                     [page] { page->setDocument(nullptr); });
    auto follow = [&session, page, views, view, showAction, importAction, settingsAction] {
        const bool open = session.isOpen();
        page->setDocument(open ? &session.document() : nullptr);
        showAction->setEnabled(open);
        importAction->setEnabled(open && !session.document().readOnly());
        settingsAction->setEnabled(open && !session.document().readOnly());
        if (!open && views->currentWidget() == view) views->setCurrentIndex(0);
    };
    QObject::connect(&session, &DocumentSession::documentReset, page, follow);
    follow();
}

}  // namespace crm::gui
