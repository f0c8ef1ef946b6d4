// Every step page: edit through the widgets found by objectName, check the document in memory
// and on disk, undo, check it is back. Plus the live figures of steps 4, 9 and 10.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/radar_chart.h"
#include "gui/steps/alignment_matrix_model.h"
#include "gui/steps/catalog_picker.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/step_page.h"
#include "gui/steps/step_sidebar.h"
#include "gui_test_support.h"
#include "sample_workshop.h"
#include "store/document.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

const FieldDescriptor* firstTextField(const EntityDescriptor& kind) {
    for (const auto& f : kind.fields)
        if (!f.hidden && (f.type == FieldType::Text || f.type == FieldType::LongText)) return &f;
    return nullptr;
}

QString valueOf(const Cycle& cycle, const EntityDescriptor& kind, std::size_t row,
                const FieldDescriptor& f) {
    return QString::fromStdString(displayText(f.get(kind.at(cycle, row))));
}

}  // namespace

class GuiPagesTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }

    void everyListKindHasAnEditableTable_data();
    void everyListKindHasAnEditableTable();
    void strategyStatementParagraphIsSavedAndUndone();
    void relationshipCountsUpdateNpsAsYouType();
    void ratingSpinBoxWritesTheDocument();
    void ratingCellEditorsLowestStepMeansNotRated();
    void rejectedInputIsShownInlineAndKeepsTheOldValue();
    void referenceCellsOfferItemsByCaption();
    void alignmentMatrixHighlightsGapsAndTogglesLinks();
    void radarFollowsCapabilities();
    void catalogPickerSearchesAndAddsInOneUndoStep();
    void everyModelPassesTheModelTester();
    void milestoneAfterItsObjectiveIsMarkedAtTheRow();
    void flagCellsTickWithSpaceAndUndo();
    void paragraphCellsKeepTheirLines();
    void radarShowsTheAgreedWorkshopRatings();
};

void GuiPagesTest::everyListKindHasAnEditableTable_data() {
    QTest::addColumn<QString>("kind");
    for (const auto* d : entityDescriptors())
        if (!d->singleton && d->kind != "alignment" && d->step <= 10)
            QTest::newRow(std::string(d->kind).c_str()) << gui::toQString(d->kind);
}

void GuiPagesTest::everyListKindHasAnEditableTable() {
    QFETCH(QString, kind);
    GuiFixture fx;
    const EntityDescriptor& d = *findDescriptor(kind.toStdString());
    fx.window().goToStep(d.step);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_") + kind);
    QVERIFY2(view, qPrintable(kind));
    QVERIFY(fx.window().page(d.step)->isAncestorOf(view));
    auto* model = qobject_cast<gui::EntityTableModel*>(view->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), static_cast<int>(d.count(fx.cycle())));
    QVERIFY(model->rowCount() > 0);

    const FieldDescriptor* field = firstTextField(d);
    QVERIFY(field);
    const int column = crm::testing::columnOfField(d, field->key);
    const QString before = valueOf(fx.cycle(), d, 0, *field);
    const QString edited = QStringLiteral("Edited %1 – Müller ✓").arg(kind);

    // Type into the cell the way a user does: F2, new text, Enter.
    view->setFocus();
    view->setCurrentIndex(model->index(0, column));
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    auto* line = qobject_cast<QLineEdit*>(editor);
    auto* paragraph = qobject_cast<QPlainTextEdit*>(editor);  // a paragraph field
    QVERIFY(line || paragraph);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Edited %1").arg(kind));
    // Beyond ASCII, which keyClicks cannot type.
    if (line)
        line->insert(QStringLiteral(" – Müller ✓"));
    else
        paragraph->insertPlainText(QStringLiteral(" – Müller ✓"));
    QTest::keyClick(editor, Qt::Key_Return);  // the delegate commits on the next event loop turn
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(fx.cycle(), d, 0, *field), edited, 60000);
    QCOMPARE(model->index(0, column).data().toString(), edited);
    QVERIFY(fx.window().session().undoStack()->undoText().startsWith(QStringLiteral("Edit ")));

    fx.window().session().undoStack()->undo();
    QCOMPARE(valueOf(fx.cycle(), d, 0, *field), before);
    fx.window().session().undoStack()->redo();
    QCOMPARE(valueOf(fx.cycle(), d, 0, *field), edited);

    const Assessment onDisk = fx.reloadFromDisk();
    QCOMPARE(valueOf(crm::testing::currentCycleOf(onDisk), d, 0, *field), edited);
}

void GuiPagesTest::strategyStatementParagraphIsSavedAndUndone() {
    GuiFixture fx;
    fx.window().goToStep(1);
    auto* text =
        fx.window().findChild<QPlainTextEdit*>(QStringLiteral("field_statement_business_model"));
    QVERIFY(text);
    const std::string before = fx.cycle().statement.businessModel;
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" Plus a web shop."));
    // Written after a short pause in typing, without leaving the field.
    QTRY_COMPARE_WITH_TIMEOUT(fx.cycle().statement.businessModel, before + " Plus a web shop.",
                              60000);
    auto* undo = fx.window().session().undoStack();
    QCOMPARE(undo->undoText(), QStringLiteral("Edit strategy statement business model"));
    undo->undo();
    QCOMPARE(fx.cycle().statement.businessModel, before);
    QCOMPARE(text->toPlainText().toStdString(), before);
    undo->redo();
    QCOMPARE(fx.reloadFromDisk().currentCycle()->statement.businessModel,
             before + " Plus a web shop.");
}

void GuiPagesTest::relationshipCountsUpdateNpsAsYouType() {
    GuiFixture fx;
    fx.window().goToStep(4);
    auto* promoters =
        fx.window().findChild<QLineEdit*>(QStringLiteral("field_relationship_promoters"));
    auto* nps = fx.window().findChild<QLabel*>(QStringLiteral("npsPanel"));
    QVERIFY(promoters && nps);
    // Sample: 120 promoters, 60 passives, 20 detractors -> (120-20)/200*100 = 50.
    QCOMPARE(nps->property("nps").toDouble(), 50.0);
    promoters->setFocus();
    promoters->selectAll();
    QTest::keyClicks(promoters, QStringLiteral("220"));
    // (220-20)/300*100 = 66.67, shown while typing, before leaving the field.
    QVERIFY(qAbs(nps->property("nps").toDouble() - 200.0 / 3.0) < 1e-9);
    QCOMPARE(fx.cycle().relationship.promoters.value_or(-1), 220);
    QTest::keyClick(promoters, Qt::Key_Tab);
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().relationship.promoters.value_or(-1), 120);
    QCOMPARE(nps->property("nps").toDouble(), 50.0);
    QCOMPARE(promoters->text(), QStringLiteral("120"));
}

void GuiPagesTest::ratingSpinBoxWritesTheDocument() {
    GuiFixture fx;
    fx.window().goToStep(4);
    auto* focus = fx.window().findChild<QSpinBox*>(
        QStringLiteral("field_relationship_customer_focus_rating"));
    QVERIFY(focus);
    QCOMPARE(focus->value(), 3);
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Up);
    QCOMPARE(fx.cycle().relationship.customerFocusRating.value_or(-1), 4);
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().relationship.customerFocusRating.value_or(-1), 3);
    QCOMPARE(focus->value(), 3);
}

void GuiPagesTest::ratingCellEditorsLowestStepMeansNotRated() {
    GuiFixture fx;
    fx.window().goToStep(10);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_capability"));
    QVERIFY(view);
    const int column = crm::testing::columnOfField(*findDescriptor("capability"), "current");
    const QModelIndex cell = view->model()->index(0, column);
    QAbstractItemDelegate* delegate = view->itemDelegate();
    std::unique_ptr<QWidget> editor(
        delegate->createEditor(view->viewport(), QStyleOptionViewItem(), cell));
    auto* spin = qobject_cast<QSpinBox*>(editor.get());
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0);
    QCOMPARE(spin->maximum(), 5);
    QCOMPARE(spin->specialValueText(), QStringLiteral("(not rated)"));
    spin->setValue(2);
    delegate->setModelData(spin, view->model(), cell);
    QCOMPARE(fx.cycle().capabilities[0].current.value_or(-1), 2);
    spin->setValue(4);
    delegate->setEditorData(spin, cell);  // shows the document's value again
    QCOMPARE(spin->value(), 2);
    spin->setValue(spin->minimum());
    delegate->setModelData(spin, view->model(), cell);
    QVERIFY(!fx.cycle().capabilities[0].current);
    spin->setValue(4);
    delegate->setEditorData(spin, cell);
    QCOMPARE(spin->value(), spin->minimum());
}

void GuiPagesTest::rejectedInputIsShownInlineAndKeepsTheOldValue() {
    GuiFixture fx;
    fx.window().goToStep(1);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_objective"));
    auto* error = fx.window().findChild<QLabel*>(QStringLiteral("error_objective"));
    QVERIFY(view && error);
    const int column = 2;  // target_value, a number
    QCOMPARE(findDescriptor("objective")->fields[column].key, std::string_view("target_value"));
    const int undoCount = fx.window().session().undoStack()->count();
    QVERIFY(!view->model()->setData(view->model()->index(0, column), QStringLiteral("forty-one")));
    QVERIFY(error->isVisibleTo(&fx.window()));
    QVERIFY2(error->text().contains(QStringLiteral("expected a number")),
             qPrintable(error->text()));
    QCOMPARE(fx.cycle().objectives[0].targetValue.value_or(0), 41.0);
    QCOMPARE(fx.window().session().undoStack()->count(), undoCount);
    QVERIFY(view->model()->setData(view->model()->index(0, column), QStringLiteral("42.5")));
    QVERIFY(!error->isVisibleTo(&fx.window()));
    QCOMPARE(fx.cycle().objectives[0].targetValue.value_or(0), 42.5);
}

void GuiPagesTest::referenceCellsOfferItemsByCaption() {
    GuiFixture fx;
    fx.window().goToStep(3);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_pain"));
    QVERIFY(view);
    // source_id shows the caption of the input source, and a new source may be chosen by id.
    QCOMPARE(view->model()->index(0, 1).data().toString(),
             QStringLiteral("Annual customer survey"));
    QVERIFY(view->model()->setData(view->model()->index(0, 1), QStringLiteral("src-2")));
    QCOMPARE(fx.cycle().painPoints[0].sourceId, std::string("src-2"));
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("Contract offices"));
    QVERIFY(view->model()->setData(view->model()->index(0, 3), QStringList{"seg-1", "seg-2"}));
    QCOMPARE(fx.cycle().painPoints[0].segmentIds.size(), std::size_t{2});
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().painPoints[0].segmentIds.size(), std::size_t{1});
}

void GuiPagesTest::alignmentMatrixHighlightsGapsAndTogglesLinks() {
    GuiFixture fx;
    fx.window().goToStep(9);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_alignment_matrix"));
    auto* gaps = fx.window().findChild<QLabel*>(QStringLiteral("alignmentGaps"));
    QVERIFY(view && gaps);
    auto* model = view->model();
    QCOMPARE(model->rowCount(), 2);     // KPIs
    QCOMPARE(model->columnCount(), 3);  // objectives
    // Sample links: kpi-1 -> obj-2, kpi-1 -> obj-1. Gaps: obj-3 has no KPI, kpi-2 serves nothing.
    QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model->headerData(2, Qt::Horizontal, gui::AlignmentMatrixModel::GapRole).toBool(),
             true);
    QCOMPARE(model->headerData(0, Qt::Horizontal, gui::AlignmentMatrixModel::GapRole).toBool(),
             false);
    QCOMPARE(model->headerData(1, Qt::Vertical, gui::AlignmentMatrixModel::GapRole).toBool(), true);
    QVERIFY(model->headerData(2, Qt::Horizontal, Qt::BackgroundRole).isValid());
    QCOMPARE(gaps->property("gapCount").toInt(), 2);
    QVERIFY(gaps->text().contains(QStringLiteral("Enter the schools market")));

    // Space on kpi-2 x obj-3 links them: both gaps close.
    view->setFocus();
    view->setCurrentIndex(model->index(1, 2));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(fx.cycle().alignment.size(), std::size_t{3});
    QCOMPARE(model->index(1, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(gaps->property("gapCount").toInt(), 0);
    QCOMPARE(model->headerData(2, Qt::Horizontal, gui::AlignmentMatrixModel::GapRole).toBool(),
             false);
    QCOMPARE(fx.window().session().undoStack()->undoText(),
             QStringLiteral("Link KPI 'Call-centre wait time' to 'Enter the schools market'"));
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().alignment.size(), std::size_t{2});
    QCOMPARE(gaps->property("gapCount").toInt(), 2);

    // Unticking removes the link; the file agrees.
    QVERIFY(model->setData(model->index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(fx.cycle().alignment.size(), std::size_t{1});
    QCOMPARE(fx.reloadFromDisk().currentCycle()->alignment.size(), std::size_t{1});
}

void GuiPagesTest::radarFollowsCapabilities() {
    GuiFixture fx;
    fx.window().goToStep(10);
    auto* radar = fx.window().findChild<gui::RadarChart*>(QStringLiteral("radarChart"));
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_capability"));
    QVERIFY(radar && view);
    QCOMPARE(radar->axisCount(), 8);
    const QImage before = radar->grab().toImage();
    const int current = crm::testing::columnOfField(*findDescriptor("capability"), "current");
    QVERIFY(view->model()->setData(view->model()->index(0, current), 5));
    QCOMPARE(fx.cycle().capabilities[0].current.value_or(0), 5);
    QVERIFY(radar->grab().toImage() != before);  // redrawn with the new value
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().capabilities[0].current.value_or(0), 1);
    QCOMPARE(radar->grab().toImage(), before);
}

void GuiPagesTest::catalogPickerSearchesAndAddsInOneUndoStep() {
    GuiFixture fx;
    const gui::Catalog catalog = gui::loadCatalog(QStringLiteral("metrics"));
    QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
    QVERIFY(catalog.items.size() > 10);
    const EntityDescriptor& metric = *findDescriptor("metric");
    gui::CatalogPicker picker(catalog, gui::catalogKeysInUse(fx.cycle(), metric));
    QTest::keyClicks(picker.searchBox(), QStringLiteral("sales cycle"));
    int visible = 0, row = -1;
    for (int i = 0; i < picker.list()->count(); ++i)
        if (!picker.list()->item(i)->isHidden()) ++visible, row = i;
    QCOMPARE(visible, 1);
    picker.list()->item(row)->setCheckState(Qt::Checked);
    const auto chosen = picker.chosenItems();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.front().key, QStringLiteral("sales_cycle_length"));

    const std::size_t before = fx.cycle().metrics.size();
    gui::addCatalogItems(fx.window().session(), metric, chosen);
    QCOMPARE(fx.cycle().metrics.size(), before + 1);
    const CurrentMetric& added = fx.cycle().metrics.back();
    QCOMPARE(added.name, std::string("Sales cycle length"));
    QCOMPARE(added.catalogKey, std::string("sales_cycle_length"));
    QCOMPARE(added.unit, std::string("days"));
    QVERIFY(added.direction == Direction::LowerIsBetter);
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().metrics.size(), before);

    // Building blocks fill capabilities, attributes fill step 5.
    for (const auto& [name, kind] :
         {std::pair{"building_blocks", "capability"}, std::pair{"attributes", "attribute"}}) {
        const gui::Catalog c = gui::loadCatalog(QString::fromLatin1(name));
        QVERIFY2(!c.items.isEmpty(), name);
        const EntityDescriptor& d = *findDescriptor(kind);
        const std::size_t n = d.count(fx.cycle());
        gui::addCatalogItems(fx.window().session(), d, {c.items.back()});
        QCOMPARE(d.count(fx.cycle()), n + 1);
        const Entity& e = d.at(fx.cycle(), n);
        QCOMPARE(QString::fromStdString(displayText(d.field(gui::catalogKeyField(d))->get(e))),
                 c.items.back().key);
    }
}

void GuiPagesTest::everyModelPassesTheModelTester() {
    GuiFixture fx;
    QList<QAbstractItemModelTester*> testers;
    const auto views = fx.window().findChildren<QTableView*>();
    QVERIFY(views.size() >= 15);
    for (auto* view : views)
        testers << new QAbstractItemModelTester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    testers << new QAbstractItemModelTester(fx.window().sidebar()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest,
                                            this);
    // Exercise them: inserts, edits, moves, removals, undo, another cycle, close.
    auto& session = fx.window().session();
    for (const auto* d : entityDescriptors()) {
        if (d->singleton || d->step > 10) continue;
        session.undoStack()->push(new gui::InsertItemCommand(session, *d, 0));
    }
    const EntityDescriptor& kpi = *findDescriptor("kpi");
    session.undoStack()->push(new gui::MoveItemCommand(session, kpi, fx.cycle().kpis[0].id, 0, 2));
    while (session.undoStack()->canUndo()) session.undoStack()->undo();
    session.switchCycle("cycle-2025");
    session.switchCycle("cycle-2026");
    fx.window().closeDocument();
    qDeleteAll(testers);
}

void GuiPagesTest::milestoneAfterItsObjectiveIsMarkedAtTheRow() {
    GuiFixture fx;
    fx.window().goToStep(6);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_milestone"));
    auto* note = fx.window().findChild<QLabel*>(QStringLiteral("conflicts_milestone"));
    QVERIFY(view && note);
    QVERIFY(!note->isVisibleTo(&fx.window()));
    const int due = 1;
    QCOMPARE(findDescriptor("milestone")->fields[due].key, std::string_view("due"));
    // so-1 is due 2027-06-30 in the sample: a milestone three months later contradicts it.
    QVERIFY(view->model()->setData(view->model()->index(0, due), QStringLiteral("2027-09-30")));
    const QModelIndex cell = view->model()->index(0, due);
    QVERIFY(note->isVisibleTo(&fx.window()));
    QVERIFY2(note->text().contains(QStringLiteral("Row 1, Due")) &&
                 note->text().contains(QStringLiteral("target date 2027-06-30")),
             qPrintable(note->text()));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2027-06-30")));
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(166, 27, 27));
    // Moving the objective's date past the milestone clears the mark on the milestone's row.
    auto* objectives = fx.window().findChild<QTableView*>(QStringLiteral("view_segment_objective"));
    QVERIFY(objectives);
    const int targetDate = 8;
    QCOMPARE(findDescriptor("segment_objective")->fields[targetDate].key,
             std::string_view("target_date"));
    QVERIFY(objectives->model()->setData(objectives->model()->index(0, targetDate),
                                         QStringLiteral("2027-12-31")));
    QVERIFY(!note->isVisibleTo(&fx.window()));
    QVERIFY(view->model()
                ->index(0, due)
                .data(gui::EntityTableModel::ConflictRole)
                .toString()
                .isEmpty());
}

void GuiPagesTest::flagCellsTickWithSpaceAndUndo() {
    GuiFixture fx;
    gui::EntityTableEditor editor(fx.window().session(), *findDescriptor("parking"));
    editor.show();
    editor.addRow();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(fx.cycle().parkingLot.size(), std::size_t{1});
    const auto& fields = findDescriptor("parking")->fields;
    const auto closed =
        std::find_if(fields.begin(), fields.end(), [](const auto& f) { return f.key == "closed"; });
    const int column = static_cast<int>(closed - fields.begin());
    QTableView* view = editor.view();
    const QModelIndex cell = view->model()->index(0, column);
    QVERIFY(cell.flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(fx.cycle().parkingLot[0].closed, true);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    fx.window().session().undoStack()->undo();
    QCOMPARE(fx.cycle().parkingLot[0].closed, false);
    fx.window().session().undoStack()->redo();
    QCOMPARE(fx.reloadFromDisk().currentCycle()->parkingLot[0].closed, true);
}

void GuiPagesTest::paragraphCellsKeepTheirLines() {
    GuiFixture fx;
    fx.window().goToStep(7);
    auto* view = fx.window().findChild<QTableView*>(QStringLiteral("view_treatment"));
    QVERIFY(view);
    const int column = 1;
    QCOMPARE(findDescriptor("treatment")->fields[column].key,
             std::string_view("intended_experience"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, column));
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QPlainTextEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Order once a term"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("Delivered before day one"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("One invoice"));
    QTest::keyClick(editor, Qt::Key_Return);  // keeps the text and closes the editor
    const std::string expected = "Order once a term\nDelivered before day one\nOne invoice";
    QCOMPARE(fx.cycle().treatments[0].intendedExperience, expected);
    QCOMPARE(fx.reloadFromDisk().currentCycle()->treatments[0].intendedExperience, expected);
}

void GuiPagesTest::radarShowsTheAgreedWorkshopRatings() {
    // Two participants rate "Vision" current 4 and 4 (median 4); the room agrees on 5. The
    // typed value stays 1; the radar draws 5, the value the scores use.
    Assessment a = testing::sampleWorkshop();
    Cycle& c = *a.findCycle(a.currentCycleId);
    c.participants = {{{"p-1", ""}, "Ada", "", "", Perspective::Internal},
                      {{"p-2", ""}, "Bo", "", "", Perspective::Internal}};
    c.ratings = {{{"r-1", ""}, "cap-vision", RatingDimension::Current, "p-1", 4},
                 {{"r-2", ""}, "cap-vision", RatingDimension::Current, "p-2", 4},
                 {{"r-3", ""}, "cap-strategy", RatingDimension::Target, "p-1", 2}};
    c.consensus = {{{"cv-1", ""}, "cap-vision", RatingDimension::Current, 5, "Board decided"}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rated.crmw"));
    store::Document::create(path.toStdString(), a);
    GuiFixture fx;
    QVERIFY(fx.window().openFile(path));
    fx.window().goToStep(10);
    auto* radar = fx.window().findChild<gui::RadarChart*>(QStringLiteral("radarChart"));
    QVERIFY(radar);
    QCOMPARE(fx.cycle().capabilities[0].current.value_or(0), 1);
    const auto plotted = radar->plottedValues();
    QCOMPARE(plotted.size(), std::size_t{8});
    QCOMPARE(plotted[0], std::make_pair(5, 3));  // agreed current; typed target 1 + 2
    QCOMPARE(plotted[1], std::make_pair(2, 2));  // typed current 2; one target vote of 2
}

QTEST_MAIN(GuiPagesTest)
#include "test_gui_pages.moc"
