// Nothing a facilitator reads in the window is an internal name: on the bundled sample, every
// step page, every page beside the steps, every dock and every menu is read as the room would
// read it, and no snake_case key, item id ("trt-101") or reason code may show.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui_test_support.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

// A key like "potential_loyalists" or "assessment_incomplete"; an id like "trt-101" or "cap-3".
const QRegularExpression kInternalName(
    QStringLiteral("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b|\\b[a-z]{2,5}-[0-9]+\\b"));

QString plain(const QString& text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void collect(QStringList& out, const QString& where, const QString& text) {
    const QString shown = plain(text);
    auto it = kInternalName.globalMatch(shown);
    while (it.hasNext())
        out << QStringLiteral("%1: \"%2\" in \"%3\"")
                   .arg(where, it.next().captured(), shown.left(120));
}

void collectModel(QStringList& out, const QString& where, const QAbstractItemModel& model) {
    for (int c = 0; c < model.columnCount(); ++c)
        collect(out, where, model.headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < std::min(model.rowCount(), 300); ++r)
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex cell = model.index(r, c);
            collect(out, where, cell.data().toString());
            collect(out, where, cell.data(Qt::ToolTipRole).toString());
        }
}

// What a person can read in `top` now: labels, buttons, group and tab titles, tables, texts.
QStringList internalNamesShownIn(const QWidget& top, const QString& where) {
    QStringList out;
    for (const QWidget* w : top.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&top)) continue;
        if (auto* label = qobject_cast<const QLabel*>(w)) collect(out, where, label->text());
        if (auto* button = qobject_cast<const QAbstractButton*>(w))
            collect(out, where, button->text());
        if (auto* group = qobject_cast<const QGroupBox*>(w)) collect(out, where, group->title());
        if (auto* tabs = qobject_cast<const QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i) collect(out, where, tabs->tabText(i));
        if (auto* text = qobject_cast<const QTextEdit*>(w))
            collect(out, where, text->toPlainText());
        if (auto* view = qobject_cast<const QAbstractItemView*>(w); view && view->model())
            collectModel(out, where, *view->model());
        collect(out, where, w->toolTip());
    }
    return out;
}

void collectMenu(QStringList& out, QStringList& badMnemonics, const QMenu& menu) {
    for (const QAction* action : menu.actions()) {
        collect(out, QStringLiteral("menu %1").arg(menu.title()), action->text());
        // One '&' marks the mnemonic; a literal ampersand must be written "&&".
        QString text = action->text();
        text.remove(QStringLiteral("&&"));
        if (text.count(QLatin1Char('&')) > 1) badMnemonics << action->text();
        if (action->menu()) collectMenu(out, badMnemonics, *action->menu());
    }
}

}  // namespace

class GuiPlainWordsTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { testing::prepareTestApplication(); }
    void theSampleShowsNoInternalNames();
};

void GuiPlainWordsTest::theSampleShowsNoInternalNames() {
    GuiFixture fx;
    QTemporaryDir dir;
    QVERIFY(fx.window().importJsonFile(QStringLiteral(SAMPLES_DIR "/quillmere.json"),
                                       dir.filePath(QStringLiteral("quillmere.crmw"))));
    gui::MainWindow& w = fx.window();
    for (auto* dock : w.findChildren<QDockWidget*>()) dock->show();
    QStringList found;
    for (int step = 1; step <= 10; ++step) {
        w.goToStep(step);
        QTest::qWait(10);
        found << internalNamesShownIn(w, QStringLiteral("step %1").arg(step));
    }
    for (int view = 1; view < w.views()->count(); ++view) {
        w.views()->setCurrentIndex(view);
        QTest::qWait(10);
        found << internalNamesShownIn(
            w, QStringLiteral("page %1").arg(w.views()->currentWidget()->objectName()));
    }
    QStringList badMnemonics;
    for (const QAction* top : w.menuBar()->actions())
        if (top->menu()) collectMenu(found, badMnemonics, *top->menu());
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
    QVERIFY2(badMnemonics.isEmpty(), qPrintable(badMnemonics.join(QStringLiteral("\n"))));
}

QTEST_MAIN(GuiPlainWordsTest)
#include "test_gui_plain_words.moc"
