// The report content page: section texts stored as Markdown (never a word lost on a section
// change or a close), the cover with its logo, the sign-off table.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include "engine/assessment/assessment_result.h"
#include "engine/deliverables/action_drafts.h"
#include "engine/deliverables/logo_image.h"
#include "engine/deliverables/rich_text.h"
#include "gui/app/document_session.h"
#include "gui/deliverables/action_plan_page.h"
#include "gui/deliverables/cover_form.h"
#include "gui/deliverables/narrative_editor.h"
#include "gui/deliverables/narrative_text_edit.h"
#include "gui/deliverables/report_content_page.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui_test_support.h"
#include "test_gui_deliverables_support.h"

using namespace crm;
using crm::testing::focused;
using crm::testing::GuiFixture;
using crm::testing::narrativeOf;
using crm::testing::QuillmereWindow;
using crm::testing::showActionPlan;
using crm::testing::showReportContent;

class GuiDeliverablesContentTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void narrativeIsStoredAsMarkdown();
    void narrativeSurvivesSectionSwitchAndClose();
    void narrativeUndoAndEmptying();
    void coverFieldsAndLogo();
    void logoErrorsNameTheFile();
    void signOffTypedByKeyboard();
};

void GuiDeliverablesContentTest::narrativeIsStoredAsMarkdown() {
    GuiFixture fx;
    auto* page = showReportContent(fx.window());
    QVERIFY(page);
    gui::NarrativeEditor* editor = page->narrative();
    QCOMPARE(focused(), editor->sections());
    QCOMPARE(editor->currentPart(), QStringLiteral("summary"));
    QVERIFY(!editor->sections()->item(0)->data(gui::NarrativeEditor::HasTextRole).toBool());
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), editor->textEdit());
    QTest::keyClicks(focused(), QStringLiteral("Revenue grew "));
    QTest::keyClick(focused(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("fast"));
    QTest::keyClick(focused(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral(" in "));
    QTest::keyClick(focused(), Qt::Key_I, Qt::ControlModifier);  // italic, not Import JSON
    QTest::keyClicks(focused(), QStringLiteral("2026"));
    QTest::keyClick(focused(), Qt::Key_I, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("."));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClick(focused(), Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(focused(), QStringLiteral("North"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClicks(focused(), QStringLiteral("South"));
    // Written once the typing pauses.
    QTRY_VERIFY_WITH_TIMEOUT(narrativeOf(fx.cycle(), ReportPart::Summary), 60000);
    const std::string expected = "Revenue grew **fast** in *2026*.\n\n- North\n- South";
    QCOMPARE(narrativeOf(fx.cycle(), ReportPart::Summary)->text, expected);
    // What the report reads from it, by hand: a paragraph with a bold and an italic run, two
    // bullets.
    using deliverables::RichBlockKind;
    const deliverables::RichText parsed = deliverables::parseRichText(expected);
    QCOMPARE(parsed.size(), std::size_t{3});
    QCOMPARE(parsed[0].runs.size(), std::size_t{5});
    QVERIFY(parsed[0].runs[1].bold && parsed[0].runs[1].text == "fast");
    QVERIFY(parsed[0].runs[3].italic && parsed[0].runs[3].text == "2026");
    QVERIFY(parsed[1].kind == RichBlockKind::Bullet && parsed[1].runs[0].text == "North");
    QVERIFY(parsed[2].kind == RichBlockKind::Bullet && parsed[2].runs[0].text == "South");
    QVERIFY(editor->sections()->item(0)->data(gui::NarrativeEditor::HasTextRole).toBool());
    QVERIFY(editor->sections()->item(0)->text().startsWith(QStringLiteral("✓")));

    // A numbered list the same way, in step 3's section.
    editor->sections()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(editor->currentPart(), QStringLiteral("step-3"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(focused(), QStringLiteral("Listen"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClicks(focused(), QStringLiteral("Act"));
    editor->flushPending();
    QCOMPARE(narrativeOf(fx.cycle(), ReportPart::Step3)->text, std::string("1. Listen\n2. Act"));

    const Assessment onDisk = fx.reloadFromDisk();
    const Cycle& stored = crm::testing::currentCycleOf(onDisk);
    QCOMPARE(narrativeOf(stored, ReportPart::Summary)->text, expected);
    QCOMPARE(narrativeOf(stored, ReportPart::Step3)->text, std::string("1. Listen\n2. Act"));
}

void GuiDeliverablesContentTest::narrativeSurvivesSectionSwitchAndClose() {
    GuiFixture fx;
    auto* page = showReportContent(fx.window());
    QVERIFY(page);
    gui::NarrativeEditor* editor = page->narrative();
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Typed and left at once"));
    QTest::keyClick(focused(), Qt::Key_Tab, Qt::ShiftModifier);  // back to the list: no pause
    QCOMPARE(focused(), editor->sections());
    QTest::keyClick(focused(), Qt::Key_Down);  // step 1
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Then the window closed"));
    fx.closeAndReopen();  // no pause either
    QCOMPARE(narrativeOf(fx.cycle(), ReportPart::Summary)->text,
             std::string("Typed and left at once"));
    QCOMPARE(narrativeOf(fx.cycle(), ReportPart::Step1)->text,
             std::string("Then the window closed"));
    // And when another file is opened instead (the document goes, the window stays).
    page = showReportContent(fx.window());
    QVERIFY(page);
    page->narrative()->selectPart(QStringLiteral("closing"));
    page->narrative()->textEdit()->setFocus();
    QTest::keyClicks(focused(), QStringLiteral("Last words"));
    const Assessment onDisk = fx.reloadFromDisk();
    QCOMPARE(narrativeOf(crm::testing::currentCycleOf(onDisk), ReportPart::Closing)->text,
             std::string("Last words"));
}

void GuiDeliverablesContentTest::narrativeUndoAndEmptying() {
    GuiFixture fx;
    auto* page = showReportContent(fx.window());
    QVERIFY(page);
    gui::NarrativeTextEdit* text = page->narrative()->textEdit();
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(text, QStringLiteral("One"));
    page->narrative()->flushPending();
    QCOMPARE(narrativeOf(fx.cycle(), ReportPart::Summary)->text, std::string("One"));
    QTest::keyClicks(text, QStringLiteral(" two"));
    // Ctrl+Z in the field writes " two" first, then undoes it: the document's undo, not the
    // field's.
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(narrativeOf(fx.cycle(), ReportPart::Summary)->text, std::string("One"));
    QCOMPARE(text->toPlainText(), QStringLiteral("One"));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);  // the narrative goes
    QVERIFY(!narrativeOf(fx.cycle(), ReportPart::Summary));
    QCOMPARE(text->toPlainText(), QString());
    QVERIFY(
        !page->narrative()->sections()->item(0)->data(gui::NarrativeEditor::HasTextRole).toBool());
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(text->toPlainText(), QStringLiteral("One"));

    // Emptying the field deletes the narrative; Ctrl+Z brings it back.
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Delete);
    page->narrative()->flushPending();
    QVERIFY(!narrativeOf(fx.cycle(), ReportPart::Summary));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(narrativeOf(fx.cycle(), ReportPart::Summary)->text, std::string("One"));
    QCOMPARE(text->toPlainText(), QStringLiteral("One"));
}

void GuiDeliverablesContentTest::coverFieldsAndLogo() {
    GuiFixture fx;
    auto* page = showReportContent(fx.window());
    QVERIFY(page);
    QTest::keyClick(&fx.window(), Qt::Key_O, Qt::AltModifier);  // the "Cover and sign-off" tab
    QCOMPARE(page->tabs()->currentIndex(), 1);
    gui::CoverForm* cover = page->cover();
    cover->lineFor(QStringLiteral("title"))->setFocus();
    QTest::keyClicks(focused(), QStringLiteral("CRM review"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("The board"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Ines, facilitator"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(fx.cycle().cover.title, std::string("CRM review"));
    QCOMPARE(fx.cycle().cover.preparedFor, std::string("The board"));
    QCOMPARE(fx.cycle().cover.preparedBy, std::string("Ines, facilitator"));
    QCOMPARE(focused(), cover->lineFor(QStringLiteral("confidentiality")));
    QTest::keyClicks(focused(), QStringLiteral("Internal"));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);  // writes "Internal", undoes it
    QCOMPARE(fx.cycle().cover.confidentiality, std::string());
    QCOMPARE(cover->lineFor(QStringLiteral("confidentiality"))->text(), QString());
    QTest::keyClick(focused(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(fx.cycle().cover.confidentiality, std::string("Internal"));

    QTemporaryDir dir;
    const QString png = QDir(dir.path()).filePath(QStringLiteral("logo.png"));
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(QColor(20, 60, 120));
    QVERIFY(image.save(png, "PNG"));
    QVERIFY(cover->useLogoFile(png));
    const std::string uri = fx.cycle().cover.logo;
    QVERIFY(uri.starts_with("data:image/png;base64,"));
    std::string why;
    const auto logo = deliverables::decodeLogo(uri, &why);
    QVERIFY(logo);
    QCOMPARE(logo->width, 40);
    QCOMPARE(logo->height, 20);
    QVERIFY(!cover->logoPreview()->pixmap().isNull());
    cover->removeLogo();
    QCOMPARE(fx.cycle().cover.logo, std::string());
    QVERIFY(cover->logoPreview()->pixmap().isNull());
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().cover.logo, uri);
    QVERIFY(!cover->logoPreview()->pixmap().isNull());

    // Typed and closed at once.
    cover->lineFor(QStringLiteral("title"))->setFocus();
    QTest::keyClicks(focused(), QStringLiteral(" 2026"));
    fx.closeAndReopen();
    QCOMPARE(fx.cycle().cover.title, std::string("CRM review 2026"));
    QCOMPARE(fx.cycle().cover.preparedFor, std::string("The board"));
    QCOMPARE(fx.cycle().cover.preparedBy, std::string("Ines, facilitator"));
    QCOMPARE(fx.cycle().cover.confidentiality, std::string("Internal"));
    QCOMPARE(fx.cycle().cover.logo, uri);
    page = showReportContent(fx.window());
    QCOMPARE(page->cover()->lineFor(QStringLiteral("title"))->text(),
             QStringLiteral("CRM review 2026"));
    QVERIFY(!page->cover()->logoPreview()->pixmap().isNull());
}

void GuiDeliverablesContentTest::logoErrorsNameTheFile() {
    GuiFixture fx;
    auto* page = showReportContent(fx.window());
    QVERIFY(page);
    gui::CoverForm* cover = page->cover();
    QTemporaryDir dir;
    const QString text = QDir(dir.path()).filePath(QStringLiteral("notes.png"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image at all\n");
    }
    QVERIFY(!cover->useLogoFile(text));
    QVERIFY(cover->errorLabel()->text().contains(QStringLiteral("notes.png")));
    QVERIFY(!cover->errorLabel()->isHidden());
    const QString big = QDir(dir.path()).filePath(QStringLiteral("huge.png"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(int(deliverables::kMaxLogoBytes) + 1, 'x'));
    }
    QVERIFY(!cover->useLogoFile(big));
    QVERIFY(cover->errorLabel()->text().contains(QStringLiteral("huge.png")));
    QVERIFY(!cover->useLogoFile(QDir(dir.path()).filePath(QStringLiteral("missing.jpg"))));
    QVERIFY(cover->errorLabel()->text().contains(QStringLiteral("missing.jpg")));
    QCOMPARE(fx.cycle().cover.logo, std::string());
}

void GuiDeliverablesContentTest::signOffTypedByKeyboard() {
    GuiFixture fx;
    auto* page = showReportContent(fx.window());
    QVERIFY(page);
    QTest::keyClick(&fx.window(), Qt::Key_O, Qt::AltModifier);
    QTableView* view = page->signOffs()->view();
    const auto before = fx.cycle().signOffs.size();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(fx.cycle().signOffs.size(), before + 1);
    const int row = view->currentIndex().row();
    QTest::keyClicks(focused(), QStringLiteral("Noor Haddad"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClick(view, Qt::Key_Right);  // Role
    QTest::keyClick(view, Qt::Key_F2);
    QTest::keyClicks(focused(), QStringLiteral("Chair"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(fx.cycle().signOffs.at(row).role, std::string("Chair"), 60000);
    fx.closeAndReopen();
    QCOMPARE(fx.cycle().signOffs.at(row).name, std::string("Noor Haddad"));
    QCOMPARE(fx.cycle().signOffs.at(row).role, std::string("Chair"));
}

QTEST_MAIN(GuiDeliverablesContentTest)
#include "test_gui_deliverables_content.moc"
