// On a 1024 x 768 projector (the offscreen screen is set to that size by CTest, see
// offscreen-1024x768.json) every control of every step, page, dock and dialog can be reached:
// it lies inside its window or inside a scroll area's scrollable content. Projector mode keeps
// a few rows of each step's main table in view. The window remembers its layout between runs.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

#include <memory>

#include "gui/app/document_session.h"
#include "gui/app/new_document_dialog.h"
#include "gui/app/window_memory.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "gui/document_properties/document_properties_dialog.h"
#include "gui/help/about_dialog.h"
#include "gui/help/shortcuts_dialog.h"
#include "gui/help/user_guide_dialog.h"
#include "gui/report_export/report_export_dialog.h"
#include "gui/reset/cycle_dialogs.h"
#include "gui/steps/catalog.h"
#include "gui/steps/catalog_picker.h"
#include "gui/steps/step_page.h"
#include "gui/workshop/catalog_update_dialog.h"
#include "gui/workshop/parking_quick_add.h"
#include "gui/workshop/vote_agree_dialog.h"
#include "gui/workshop/workshop_item_notes.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

const QSize kProjector(1024, 768);

bool isInteractive(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w);
}

// Whether `w` can be seen by scrolling: every ancestor up to the window shows its rectangle,
// except that inside a scroll area's content it only has to lie within that content.
bool reachable(const QWidget* w, QString* why) {
    QRect rect = w->rect();
    const QWidget* child = w;
    for (const QWidget* parent = w->parentWidget(); parent; parent = parent->parentWidget()) {
        rect.translate(child->pos());
        const auto* scroll = qobject_cast<const QAbstractScrollArea*>(parent->parentWidget());
        const bool inViewport = scroll && scroll->viewport() == parent;
        if (inViewport) {
            // Scrollable: it is enough that the content holds it; go on from the scroll area.
            rect = scroll->rect();
            child = scroll;
            parent = scroll;
            continue;
        }
        // A few pixels of a frame or a margin may fall outside; a control may not.
        if (!parent->rect().adjusted(-2, -2, 2, 2).contains(rect)) {
            *why = QStringLiteral("%1 (%2) at %3,%4 %5x%6 is outside %7 (%8x%9)")
                       .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                       .arg(rect.x())
                       .arg(rect.y())
                       .arg(rect.width())
                       .arg(rect.height())
                       .arg(parent->objectName().isEmpty()
                                ? QString::fromLatin1(parent->metaObject()->className())
                                : parent->objectName())
                       .arg(parent->width())
                       .arg(parent->height());
            return false;
        }
        if (parent->isWindow()) return true;
        child = parent;
    }
    return true;
}

// Docks that share a place show one at a time; the others are reached through their tabs, and
// Qt parks them outside the window meanwhile.
bool isInBackTab(const QWidget* w, const QWidget* top) {
    const auto* window = qobject_cast<const QMainWindow*>(top);
    for (const QWidget* p = w; p && window; p = p->parentWidget()) {
        const auto* dock = qobject_cast<const QDockWidget*>(p);
        if (!dock) continue;
        const QRect inWindow(dock->mapTo(top, QPoint(0, 0)), dock->size());
        return !window->tabifiedDockWidgets(const_cast<QDockWidget*>(dock)).isEmpty() &&
               !top->rect().intersects(inWindow);
    }
    return false;
}

QStringList unreachableControls(const QWidget* top) {
    QStringList problems;
    for (const QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisible() || !isInteractive(w) || w->window() != top) continue;
        // The parts of a control (a spin box's line edit, a view's corner button) go with it.
        if (w->parentWidget() && isInteractive(w->parentWidget())) continue;
        if (isInBackTab(w, top)) continue;
        QString why;
        if (!reachable(w, &why)) problems << why;
    }
    return problems;
}

void settle() {
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
}

void checkWindowFits(QWidget& window, const QString& where) {
    settle();
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= kProjector.width() && minimum.height() <= kProjector.height(),
             qPrintable(QStringLiteral("%1: the smallest size is %2x%3")
                            .arg(where)
                            .arg(minimum.width())
                            .arg(minimum.height())));
    QVERIFY2(window.width() <= kProjector.width() && window.height() <= kProjector.height(),
             qPrintable(
                 QStringLiteral("%1: %2x%3").arg(where).arg(window.width()).arg(window.height())));
    const QStringList problems = unreachableControls(&window);
    QVERIFY2(problems.isEmpty(),
             qPrintable(where + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
}

void checkDialog(QDialog& dialog, const QString& name) {
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog, 60000));
    checkWindowFits(dialog, name);
    dialog.reject();
}

}  // namespace

class GuiScreenFitTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { testing::prepareTestApplication(); }

    void theScreenIsAProjector();
    void firstStartFitsTheScreen();
    void everyStepPageAndDockFits();
    void everyDialogFits();
    void projectorModeShowsRowsOfEachStepsTable();
    void layoutComesBackAfterARestart();
    void aWindowOffTheScreenIsPulledBack();
};

void GuiScreenFitTest::theScreenIsAProjector() {
    // Without this the other tests prove nothing: CTest must have set the screen's size.
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), kProjector);
}

void GuiScreenFitTest::firstStartFitsTheScreen() {
    GuiFixture fx;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(available.contains(fx.window().frameGeometry()));
}

void GuiScreenFitTest::everyStepPageAndDockFits() {
    GuiFixture fx;
    auto& w = fx.window();
    w.resize(kProjector);
    for (int step = 1; step <= 10; ++step) {
        w.goToStep(step);
        checkWindowFits(w, QStringLiteral("step %1").arg(step));
    }
    for (int view = 1; view < w.views()->count(); ++view) {
        w.views()->setCurrentIndex(view);
        checkWindowFits(w, QStringLiteral("page %1").arg(w.views()->currentWidget()->objectName()));
    }
    w.goToStep(1);
    for (QDockWidget* dock : w.findChildren<QDockWidget*>()) {
        if (!dock->isVisible()) dock->toggleViewAction()->trigger();  // as View > ... does
        dock->raise();  // the front tab where docks share a place
        auto* tabs = dock->findChild<QTabWidget*>();
        for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
            if (tabs) tabs->setCurrentIndex(tab);
            checkWindowFits(w, QStringLiteral("dock %1, tab %2").arg(dock->objectName()).arg(tab));
        }
    }
}

void GuiScreenFitTest::everyDialogFits() {
    GuiFixture fx;
    auto& w = fx.window();
    gui::DocumentSession& session = w.session();
    {
        gui::ReportExportDialog dialog(session, &w);
        checkDialog(dialog, QStringLiteral("report export"));
    }
    {
        gui::TransactionImportDialog dialog(session.document(), &w);
        checkDialog(dialog, QStringLiteral("transaction import"));
    }
    {
        gui::StartCycleDialog dialog(session.assessment(), &w);
        checkDialog(dialog, QStringLiteral("start a cycle"));
    }
    {
        gui::RenameCycleDialog dialog(session.assessment(), session.cycleId(), &w);
        checkDialog(dialog, QStringLiteral("rename a cycle"));
    }
    {
        gui::VoteAgreeDialog dialog(QStringLiteral("Grow revenue"), QStringLiteral("Importance"),
                                    QStringLiteral("The room is split"), 3, QString(), &w);
        checkDialog(dialog, QStringLiteral("vote agreement"));
    }
    {
        gui::ParkingQuickAddDialog dialog(session, 3, &w);
        checkDialog(dialog, QStringLiteral("park a question"));
    }
    {
        gui::CatalogUpdateDialog dialog(session, &w);
        checkDialog(dialog, QStringLiteral("catalog versions"));
    }
    {
        gui::CatalogPicker dialog(gui::loadCatalog(QStringLiteral("capabilities")), {}, &w);
        checkDialog(dialog, QStringLiteral("catalog picker"));
    }
    {
        gui::ItemNotesDialog dialog(session, fx.cycle().capabilities.front().id,
                                    gui::ItemNotesDialog::Focus::Notes, &w);
        checkDialog(dialog, QStringLiteral("item notes"));
    }
    {
        gui::NewDocumentDialog dialog(&w);
        checkDialog(dialog, QStringLiteral("new document"));
    }
    {
        gui::DocumentPropertiesDialog dialog(DocumentProperties{}, &w);
        checkDialog(dialog, QStringLiteral("document properties"));
    }
    {
        gui::AboutDialog dialog(w);
        checkDialog(dialog, QStringLiteral("about"));
    }
    {
        gui::ShortcutsDialog dialog(w);
        checkDialog(dialog, QStringLiteral("keyboard shortcuts"));
    }
    {
        gui::UserGuideDialog dialog(w);
        checkDialog(dialog, QStringLiteral("user guide"));
    }
    w.setProjectorMode(true);  // the large font makes every dialog larger
    {
        gui::ReportExportDialog dialog(session, &w);
        checkDialog(dialog, QStringLiteral("report export, projector mode"));
    }
    {
        gui::TransactionImportDialog dialog(session.document(), &w);
        checkDialog(dialog, QStringLiteral("transaction import, projector mode"));
    }
    {
        gui::StartCycleDialog dialog(session.assessment(), &w);
        checkDialog(dialog, QStringLiteral("start a cycle, projector mode"));
    }
    w.setProjectorMode(false);
}

void GuiScreenFitTest::projectorModeShowsRowsOfEachStepsTable() {
    GuiFixture fx;
    auto& w = fx.window();
    w.setProjectorMode(true);
    settle();
    QCOMPARE(w.size(), kProjector);
    for (int step = 1; step <= 10; ++step) {
        w.goToStep(step);
        settle();
        auto* table = w.page(step)->findChild<QTableView*>();
        if (!table || table->model()->rowCount() == 0) continue;
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int rows = table->viewport()->height() / rowHeight;
        QVERIFY2(rows >= 3, qPrintable(QStringLiteral("step %1 shows %2 rows of %3 px")
                                           .arg(step)
                                           .arg(rows)
                                           .arg(rowHeight)));
        // And the table fits the page's visible height, so scrolling to it shows them all.
        auto* scroll = qobject_cast<QScrollArea*>(w.page(step)->findChild<QScrollArea*>());
        if (scroll)
            QVERIFY2(
                table->height() <= scroll->viewport()->height(),
                qPrintable(QStringLiteral("step %1's table is taller than the page").arg(step)));
    }
    w.setProjectorMode(false);
}

void GuiScreenFitTest::layoutComesBackAfterARestart() {
    GuiFixture fx;
    auto& w = fx.window();
    w.setGeometry(QRect(40, 50, 900, 640));
    auto* help = w.findChild<QDockWidget*>(QStringLiteral("helpDock"));
    auto* workshop = w.findChild<QDockWidget*>(QStringLiteral("workshopDock"));
    QVERIFY(help && workshop);
    help->hide();
    workshop->show();
    auto* splitter = w.findChild<QSplitter*>(QStringLiteral("compareSplitter"));
    QVERIFY(splitter);
    auto* comparison = w.findChild<QWidget*>(QStringLiteral("cycleComparisonPage"));
    for (int view = 0; view < w.views()->count(); ++view)
        if (w.views()->widget(view)->isAncestorOf(comparison) ||
            w.views()->widget(view) == comparison)
            w.views()->setCurrentIndex(view);
    QVERIFY(comparison->isVisible());
    settle();
    splitter->setSizes({100, 300});
    settle();
    const QList<int> sizes = splitter->sizes();
    QVERIFY(sizes != QList<int>({0, 0}));
    const QRect geometry = w.geometry();
    fx.closeAndReopen();

    auto& again = fx.window();
    settle();
    QCOMPARE(again.geometry(), geometry);
    QVERIFY(!again.findChild<QDockWidget*>(QStringLiteral("helpDock"))->isVisible());
    QVERIFY(again.findChild<QDockWidget*>(QStringLiteral("workshopDock"))->isVisible());
    auto* comparisonAgain = again.findChild<QWidget*>(QStringLiteral("cycleComparisonPage"));
    for (int view = 0; view < again.views()->count(); ++view)
        if (again.views()->widget(view)->isAncestorOf(comparisonAgain) ||
            again.views()->widget(view) == comparisonAgain)
            again.views()->setCurrentIndex(view);
    settle();
    QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("compareSplitter"))->sizes(), sizes);

    // Projector mode is not kept: the next start is at a desk, with the desk's font.
    const QFont deskFont = QApplication::font();
    again.setProjectorMode(true);
    QVERIFY(QApplication::font().pointSizeF() > deskFont.pointSizeF());
    fx.closeAndReopen();
    QVERIFY(!fx.window().projectorMode());
    QVERIFY(!fx.window().isFullScreen());
    QCOMPARE(QApplication::font(), deskFont);
}

void GuiScreenFitTest::aWindowOffTheScreenIsPulledBack() {
    // Worked by hand: 800 x 600 at (2000, 900) on a 1024 x 768 screen moves to (224, 168).
    QCOMPARE(gui::pulledInside(QRect(2000, 900, 800, 600), QRect(0, 0, 1024, 768)),
             QRect(224, 168, 800, 600));
    // Larger than the screen: shrunk to it.
    QCOMPARE(gui::pulledInside(QRect(-50, -20, 1366, 900), QRect(0, 0, 1024, 768)),
             QRect(0, 0, 1024, 768));
    {
        GuiFixture fx;
        fx.window().setGeometry(QRect(2400, 1500, 800, 600));  // on a projector since unplugged
        settle();
        const QSize size = fx.window().size();  // 800 x 600, or the window's smallest
        fx.closeAndReopen();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY(available.contains(fx.window().geometry()));
        QCOMPARE(fx.window().size(), size);
    }
}

QTEST_MAIN(GuiScreenFitTest)
#include "test_gui_screen_fit.moc"
