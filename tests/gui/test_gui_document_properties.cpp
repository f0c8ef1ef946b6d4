// File > New (the New document dialog, the three starts, the templates) and File > Document
// properties (one undoable change of company, facilitator, industry and currency).
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <set>

#include "engine/model/descriptor.h"
#include "gui/app/currency_choice.h"
#include "gui/app/document_session.h"
#include "gui/app/document_starts.h"
#include "gui/app/new_document_dialog.h"
#include "gui/commands/document_properties_command.h"
#include "gui/document_properties/document_properties_dialog.h"
#include "gui/steps/entity_table_model.h"
#include "gui_test_support.h"
#include "store/document.h"

using namespace crm;
using namespace crm::gui;
using crm::testing::GuiFixture;

namespace {

// The lists a template fills, by their JSON keys (step 4 is the relationship's figures and note;
// the step of each list is in docs/file-format.md).
const std::vector<std::string_view> kTemplateLists = {
    "objectives",    "priorities",         "metrics",
    "input_sources", "pain_points",        "attributes",
    "segments",      "segment_objectives", "treatments",
    "kpis",          "alignment",          "capabilities",
    "resources",     "learning_methods",   "goal_plans"};

int startIndex(const QString& title) {
    const auto& starts = documentStarts();
    for (int i = 0; i < starts.size(); ++i)
        if (starts[i].title == title) return i;
    return -1;
}

std::size_t countOf(const Cycle& c, std::string_view jsonKey) {
    for (const auto* d : entityDescriptors())
        if (d->jsonKey == jsonKey) return d->count(c);
    return 0;
}

}  // namespace

class GuiDocumentPropertiesTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }

    void okIsDisabledWithoutACompanyOrWithABadCurrency();
    void theDialogOffersTheStartsWithTheirDescriptions();
    void eachStartCreatesADocumentWithTheTypedProperties();
    void templatesImportAndFillAllTenSteps();
    void aStartThatCannotBeReadLeavesNoFile();
    void propertiesApplyAsOneUndoStep();
    void thePropertiesActionOpensTheDialogAndApplies();
    void moneyHeadingsNameTheCurrency();
};

void GuiDocumentPropertiesTest::okIsDisabledWithoutACompanyOrWithABadCurrency() {
    NewDocumentDialog dialog;
    QVERIFY(!dialog.okButton()->isEnabled());  // the company is empty at first
    QCOMPARE(dialog.cycleEdit()->text(), QString::number(QDate::currentDate().year()));
    QCOMPARE(chosenCurrency(dialog.currencyCombo()), defaultCurrency());
    dialog.companyEdit()->setText(QStringLiteral("   "));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.companyEdit()->setText(QStringLiteral("Brightwell Foods"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.currencyCombo()->setEditText(QStringLiteral("EURO"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text().contains("EURO"));
    dialog.currencyCombo()->setEditText(QStringLiteral("chf"));  // typed, upper-cased
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.choice().properties.currency, std::string("CHF"));
    dialog.cycleEdit()->clear();
    QVERIFY(!dialog.okButton()->isEnabled());
}

void GuiDocumentPropertiesTest::theDialogOffersTheStartsWithTheirDescriptions() {
    NewDocumentDialog dialog;
    QCOMPARE(dialog.startCombo()->count(), 5);  // blank, sample, three templates
    auto* description = dialog.findChild<QLabel*>(QStringLiteral("startDescription"));
    for (int i = 0; i < dialog.startCombo()->count(); ++i) {
        dialog.startCombo()->setCurrentIndex(i);
        QCOMPARE(description->text(), documentStarts()[i].description);
        QVERIFY(!description->text().isEmpty());
    }
    dialog.startCombo()->setCurrentIndex(startIndex(QStringLiteral("The sample workshop")));
    QVERIFY(!dialog.cycleEdit()->isEnabled());  // the sample brings its cycles
    // Fits a 1024x768 projector with room for the window frame and a panel.
    dialog.adjustSize();
    QVERIFY2(dialog.width() <= 1024 && dialog.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
    const QByteArray shots = qgetenv("CRMW_DIALOG_SCREENSHOTS");  // for looking at it by hand
    if (!shots.isEmpty()) {
        dialog.companyEdit()->setText(QStringLiteral("Brightwell Foods"));
        dialog.startCombo()->setCurrentIndex(startIndex(QStringLiteral("Template: retailer")));
        dialog.grab().save(QString::fromUtf8(shots) + QStringLiteral("/new-document.png"));
        DocumentPropertiesDialog properties({"Brightwell Foods", "Mara Quist", "Food", "SEK"});
        properties.adjustSize();
        properties.grab().save(QString::fromUtf8(shots) + QStringLiteral("/properties.png"));
    }
}

void GuiDocumentPropertiesTest::eachStartCreatesADocumentWithTheTypedProperties() {
    QTemporaryDir dir;
    MainWindow window;
    window.setDialogsEnabled(false);
    const DocumentProperties typed{"Brightwell <b>Foods</b>", "Mara Quist", "Food wholesale",
                                   "SEK"};
    const struct {
        QString start;
        std::size_t cycles;
        std::string currentCycleName;
    } cases[] = {{QStringLiteral("A blank document"), 1, "FY2027"},
                 {QStringLiteral("The sample workshop"), 2, "2026"},  // quillmere.json
                 {QStringLiteral("Template: retailer"), 1, "FY2027"}};
    for (const auto& c : cases) {
        NewDocumentChoice choice{typed, QStringLiteral("FY2027"), startIndex(c.start)};
        QVERIFY2(choice.start >= 0, qPrintable(c.start));
        const QString path = dir.filePath(c.start + QStringLiteral(".crmw"));
        QVERIFY2(window.createNewDocument(choice, path), qPrintable(c.start));
        QCOMPARE(window.session().path(), path);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Brightwell <b>Foods</b>")));
        // Read back from the file, not from memory (the window holds the lock until closed).
        window.closeDocument();
        const store::Document reread =
            store::Document::open(path.toStdString(), store::OpenMode::ReadOnly);
        QCOMPARE(reread.assessment().properties(), typed);
        QCOMPARE(reread.assessment().cycles.size(), c.cycles);
        QCOMPARE(reread.assessment().currentCycle()->name, c.currentCycleName);
    }
}

void GuiDocumentPropertiesTest::templatesImportAndFillAllTenSteps() {
    int templates = 0;
    for (int i = 0; i < documentStarts().size(); ++i) {
        const DocumentStart& start = documentStarts()[i];
        if (!start.title.startsWith(QStringLiteral("Template:"))) continue;
        ++templates;
        const Assessment a =
            buildNewAssessment({{"Acme", "", "", "USD"}, QStringLiteral("2027"), i});
        QCOMPARE(a.cycles.size(), std::size_t{1});
        const Cycle& c = a.cycles.front();
        QCOMPARE(c.name, std::string("2027"));
        QVERIFY2(!c.statement.businessModel.empty(), qPrintable(start.title));
        QVERIFY(!c.relationship.notes.empty());
        std::set<int> stepsFilled{4};  // step 4: the relationship note checked above
        for (std::string_view list : kTemplateLists) {
            QVERIFY2(countOf(c, list) > 0,
                     qPrintable(start.title + QStringLiteral(": ") + toQString(list)));
            for (const auto* d : entityDescriptors())
                if (d->jsonKey == list) stepsFilled.insert(d->step);
        }
        QCOMPARE(stepsFilled.size(), std::size_t{10});
        QCOMPARE(countOf(c, "capabilities"), std::size_t{11});  // the eleven capability areas
        QVERIFY(!start.description.isEmpty());
    }
    QCOMPARE(templates, 3);
}

void GuiDocumentPropertiesTest::aStartThatCannotBeReadLeavesNoFile() {
    QTemporaryDir dir, resources;
    QVERIFY(QDir(resources.path()).mkpath(QStringLiteral("templates")));
    QFile broken(resources.filePath(QStringLiteral("templates/retailer.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"crm-workbench-assessment\", \"version\": 4, \"cycles\": [");
    broken.close();
    const QByteArray before = qgetenv("CRMW_RESOURCES_DIR");
    qputenv("CRMW_RESOURCES_DIR", resources.path().toUtf8());
    MainWindow window;
    window.setDialogsEnabled(false);
    const QString path = dir.filePath(QStringLiteral("new.crmw"));
    const bool created = window.createNewDocument(
        {{"Acme", "", "", "EUR"}, QStringLiteral("2027"), startIndex("Template: retailer")}, path);
    qputenv("CRMW_RESOURCES_DIR", before);
    QVERIFY(!created);
    QVERIFY(window.messageBanner()->text().contains(QStringLiteral("retailer.json")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(!window.session().isOpen());
}

void GuiDocumentPropertiesTest::propertiesApplyAsOneUndoStep() {
    GuiFixture fx;
    DocumentSession& session = fx.window().session();
    const DocumentProperties before = session.assessment().properties();
    QCOMPARE(before.currency, std::string("EUR"));  // sample_workshop.cpp
    const DocumentProperties after{"Nordlicht Group", before.facilitator, before.industry, "GBP"};
    const int steps = session.undoStack()->count();
    session.undoStack()->push(new ChangeDocumentPropertiesCommand(session, after));
    QCOMPARE(session.undoStack()->count(), steps + 1);
    QCOMPARE(session.undoStack()->undoText(),
             QStringLiteral("Change document properties (company, currency)"));
    QCOMPARE(session.assessment().properties(), after);
    QVERIFY(fx.window().windowTitle().contains(QStringLiteral("Nordlicht Group")));
    session.undoStack()->undo();
    QCOMPARE(session.assessment().properties(), before);
    QVERIFY(fx.window().windowTitle().contains(QStringLiteral("Nordlicht Office Supplies")));
    session.undoStack()->redo();
    QVERIFY(fx.window().windowTitle().contains(QStringLiteral("Nordlicht Group")));
    QCOMPARE(fx.reloadFromDisk().properties(), after);  // written to the file
}

void GuiDocumentPropertiesTest::thePropertiesActionOpensTheDialogAndApplies() {
    GuiFixture fx;
    auto& window = fx.window();
    auto* action = window.findChild<QAction*>(QStringLiteral("documentPropertiesAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Return));
    bool sawDialog = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<DocumentPropertiesDialog*>(QApplication::activeModalWidget());
        if (!dialog) return;
        sawDialog = true;
        QCOMPARE(dialog->companyEdit()->text(), QStringLiteral("Nordlicht Office Supplies"));
        QCOMPARE(chosenCurrency(dialog->currencyCombo()), QStringLiteral("EUR"));
        QCOMPARE(dialog->languageCombo()->count(), 2);
        QCOMPARE(dialog->languageCombo()->currentText(), QStringLiteral("English"));
        dialog->languageCombo()->setCurrentText(QStringLiteral("Deutsch"));
        dialog->facilitatorEdit()->setText(QStringLiteral("Dana Ruiz"));
        dialog->industryEdit()->setText(QStringLiteral("Office supplies"));
        dialog->companyEdit()->clear();
        QVERIFY(!dialog->okButton()->isEnabled());  // a company is required here too
        dialog->companyEdit()->setText(QStringLiteral("Nordlicht Office Supplies"));
        dialog->okButton()->click();
    });
    action->trigger();
    QVERIFY(sawDialog);
    DocumentSession& session = window.session();
    QCOMPARE(session.assessment().facilitator, std::string("Dana Ruiz"));
    QCOMPARE(session.assessment().language, std::string("de"));
    QCOMPARE(session.undoStack()->undoText(),
             QStringLiteral("Change document properties (facilitator, industry, report language)"));
    session.undoStack()->undo();
    QCOMPARE(session.assessment().facilitator, std::string("Maria Jensen"));
    QCOMPARE(session.assessment().language, std::string("en"));
    QCOMPARE(session.assessment().industry, std::string("Wholesale"));  // sample_workshop.cpp
}

void GuiDocumentPropertiesTest::moneyHeadingsNameTheCurrency() {
    GuiFixture fx;
    DocumentSession& session = fx.window().session();
    EntityTableModel segments(session, *findDescriptor("segment"));
    auto header = [&](std::string_view key) {
        const auto& fields = findDescriptor("segment")->fields;
        int column = 0;
        for (const auto& f : fields) {
            if (f.hidden) continue;
            if (f.key == key) return segments.headerData(column, Qt::Horizontal).toString();
            ++column;
        }
        return QString();
    };
    QVERIFY2(header("revenue").endsWith(QStringLiteral("(EUR)")), qPrintable(header("revenue")));
    session.undoStack()->push(
        new ChangeDocumentPropertiesCommand(session, {"Nordlicht Office Supplies", "", "", "NOK"}));
    QVERIFY2(header("revenue").endsWith(QStringLiteral("(NOK)")), qPrintable(header("revenue")));
    QVERIFY(!header("name").contains(QStringLiteral("NOK")));
}

QTEST_MAIN(GuiDocumentPropertiesTest)
#include "test_gui_document_properties.moc"
