// The Assessment view: the same scores as `crmw assess` on the sample, re-scored after an edit
// (once, 200 ms after the last keystroke) and after a cycle switch, and Enter on a line opens the
// step and selects the row that causes it.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "engine/assessment/assessment_result.h"
#include "engine/assessment/format_text.h"
#include "gui/app/document_session.h"
#include "gui/app/main_window.h"
#include "gui/assessment/assessment_panel.h"
#include "gui/assessment/assessment_view.h"
#include "gui/assessment/finding_table_models.h"
#include "gui/assessment/score_tree_model.h"
#include "gui/steps/entity_table_model.h"
#include "gui_test_support.h"
#include "report/builder/report_builder.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

struct Line {
    QString label, value, reason;
    bool operator==(const Line&) const = default;
};

// The score entries of `crmw assess`'s text: "  label: value[ - note]" then "      reason [code]".
QList<Line> linesOfCliText(const QString& text) {
    QList<Line> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].startsWith(QStringLiteral("== Recommendations"))) break;
        const QString& head = lines[i];
        const QString& next = lines[i + 1];
        if (!head.startsWith(QStringLiteral("  ")) || head.startsWith(QStringLiteral("   ")) ||
            !next.startsWith(QStringLiteral("      ")))
            continue;
        const int colon = head.lastIndexOf(QStringLiteral(": "));
        QString value = head.mid(colon + 2);
        value = value.left(value.indexOf(QStringLiteral(" - ")) < 0
                               ? value.size()
                               : value.indexOf(QStringLiteral(" - ")));
        const QString reasonLine = next.trimmed();
        out << Line{head.mid(2, colon - 2), value,
                    reasonLine.left(reasonLine.lastIndexOf(QStringLiteral(" [")))};
    }
    return out;
}

QList<Line> linesOfModel(const gui::ScoreTreeModel& model) {
    QList<Line> out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r)
            out << Line{model.index(r, gui::ScoreTreeModel::Label, group).data().toString(),
                        model.index(r, gui::ScoreTreeModel::Value, group).data().toString(),
                        model.index(r, gui::ScoreTreeModel::Reason, group).data().toString()};
    }
    return out;
}

QModelIndex rowLabelled(const gui::ScoreTreeModel& model, const QString& label) {
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r)
            if (model.index(r, 0, group).data().toString() == label)
                return model.index(r, 0, group);
    }
    return {};
}

QString valueOf(const gui::ScoreTreeModel& model, const QString& label) {
    const QModelIndex i = rowLabelled(model, label);
    return i.siblingAtColumn(gui::ScoreTreeModel::Value).data().toString();
}

// Opens the view the way the facilitator does: Ctrl+Shift+M on the window.
gui::AssessmentPanel* openView(gui::MainWindow& window) {
    gui::attachAssessmentView(window);
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("assessmentDock"));
    if (!dock || !dock->isVisible()) return nullptr;
    return window.findChild<gui::AssessmentPanel*>(QStringLiteral("assessmentPanel"));
}

}  // namespace

class GuiAssessmentTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { crm::testing::prepareTestApplication(); }
    void showsTheSameScoresAsTheCommandLine();
    void editingAValueRescoresOnceAfterThePause();
    void cycleSwitchRescores();
    void enterOnAFindingOpensItsStepAndRow();
    void enterOnAScoreOpensItsStep();
    void modelsPassTheModelTester();
    void shippedSampleMatchesTheCommandLine();
    void windowAndReportAgreeOnTheSample();
    void screenshotAtProjectorSize();
};

void GuiAssessmentTest::showsTheSameScoresAsTheCommandLine() {
    GuiFixture fx;
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    const auto& model = *panel->scores();
    // Same labels, values and reasons as `crmw assess` prints (format_text on the same result).
    const auto result = assessment::assess(fx.window().session().assessment(), fx.cycle());
    const QList<Line> cli =
        linesOfCliText(QString::fromStdString(assessment::formatAssessmentText(result)));
    QVERIFY(cli.size() > 30);
    QCOMPARE(linesOfModel(model), cli);

    // Independent figures from tests/gui/sample_workshop.cpp:
    // NPS: promoters 120, passives 60, detractors 20 -> (120-20)/200*100 = 50.
    QCOMPARE(valueOf(model, QStringLiteral("NPS")), QStringLiteral("50"));
    // CSAT: 330 satisfied of 412 -> 80.097% -> two decimals without trailing zero "80.1%".
    QCOMPARE(valueOf(model, QStringLiteral("CSAT")), QStringLiteral("80.1%"));
    // Capabilities current 1,2,3,4,1,2,3,4: mean 2.5 -> (2.5-1)/4*100 = 37.5, between the default
    // bands practicing 20 and optimizing 40 (resources profile defaults).
    const QModelIndex maturity = rowLabelled(model, QStringLiteral("Maturity index (current)"));
    QCOMPARE(maturity.siblingAtColumn(gui::ScoreTreeModel::Value).data().toString(),
             QStringLiteral("37.5/100"));
    QCOMPARE(maturity.siblingAtColumn(gui::ScoreTreeModel::Band).data().toString(),
             QStringLiteral("practicing (20–40)"));
    // Targets min(5, current+2) = 3,4,5,5,3,4,5,5: mean 4.25 -> 81.25, maximum value (80 to 100).
    QCOMPARE(valueOf(model, QStringLiteral("Maturity index (target)")),
             QStringLiteral("81.25/100"));
    // Pain point 1: severity 4 x frequency 5 x reach 3 = 60.
    QCOMPARE(valueOf(model, QStringLiteral("1. Invoices are hard to match with deliveries")),
             QStringLiteral("60"));

    // The profile in use, and every finding and recommendation of the engine.
    const QString header =
        fx.window().findChild<QLabel*>(QStringLiteral("assessmentHeader"))->text();
    QVERIFY(header.contains(QString::fromStdString(result.profileName)));
    QVERIFY(header.contains(QString::fromStdString(result.profileHash)));
    QCOMPARE(panel->findings()->rowCount(), int(result.findings.size()));
    QCOMPARE(panel->recommendations()->rowCount(), int(result.recommendations.size()));
    for (int row = 1; row < panel->findings()->rowCount(); ++row)
        QVERIFY(panel->findings()->finding(row - 1).severity >=
                panel->findings()->finding(row).severity);
    qInfo("assess() on the sample took %.3f ms", panel->lastAssessMs());
}

void GuiAssessmentTest::editingAValueRescoresOnceAfterThePause() {
    GuiFixture fx;
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    QCOMPARE(valueOf(*panel->scores(), QStringLiteral("NPS")), QStringLiteral("50"));
    fx.window().goToStep(4);
    auto* promoters =
        fx.window().findChild<QLineEdit*>(QStringLiteral("field_relationship_promoters"));
    QVERIFY(promoters);
    const int refreshes = panel->refreshCount();
    promoters->setFocus();
    promoters->selectAll();
    // keyClicks delivers the keys without running the event loop, so no timer can fire
    // between them: the three edits arrive together however slow the machine is.
    QTest::keyClicks(promoters, QStringLiteral("220"));  // three edits, one per key
    QCOMPARE(fx.cycle().relationship.promoters.value_or(-1), 220);
    QCOMPARE(panel->refreshCount(), refreshes);  // nothing re-scored while typing
    // (220-20)/(220+60+20)*100 = 66.666... -> "66.67", once the 200 ms pause has passed.
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(*panel->scores(), QStringLiteral("NPS")),
                              QStringLiteral("66.67"), 60000);
    QCOMPARE(panel->refreshCount(), refreshes + 1);
}

void GuiAssessmentTest::cycleSwitchRescores() {
    GuiFixture fx;
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    fx.window().session().switchCycle("cycle-2025");
    // The 2025 cycle of the sample has no relationship counts: NPS cannot be computed.
    QCOMPARE(valueOf(*panel->scores(), QStringLiteral("NPS")), QStringLiteral("n/a"));
    QVERIFY(fx.window()
                .findChild<QLabel*>(QStringLiteral("assessmentHeader"))
                ->text()
                .contains(QStringLiteral("Cycle 2025")));
}

void GuiAssessmentTest::enterOnAFindingOpensItsStepAndRow() {
    GuiFixture fx;
    fx.window().goToStep(1);
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->scoreView()->hasFocus(), 60000);
    QTest::keyClick(panel->scoreView(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(panel->tabs()->currentWidget(), panel->findingView());
    // Capability "Metrics": current 4, target 5 -> a gap on step 10, the 8th capability (row 7).
    const int row = panel->findings()->rowOfId(QStringLiteral("capability_gap:cap-metrics"));
    QVERIFY(row >= 0);
    QTableView* findings = panel->findingView();
    findings->setFocus();
    QTest::keyClick(findings, Qt::Key_Home);
    for (int i = 0; i < row; ++i) QTest::keyClick(findings, Qt::Key_Down);
    QCOMPARE(findings->currentIndex().row(), row);
    QTest::keyClick(findings, Qt::Key_Return);
    QCOMPARE(fx.window().currentStep(), 10);
    auto* capabilities = fx.window().findChild<QTableView*>(QStringLiteral("view_capability"));
    QVERIFY(capabilities);
    QCOMPARE(capabilities->currentIndex().row(), 7);
    QCOMPARE(capabilities->currentIndex().data(gui::EntityTableModel::ItemIdRole).toString(),
             QStringLiteral("cap-metrics"));
    QVERIFY(capabilities->hasFocus());
}

void GuiAssessmentTest::enterOnAScoreOpensItsStep() {
    GuiFixture fx;
    fx.window().goToStep(1);
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    QTreeView* scores = panel->scoreView();
    scores->setCurrentIndex(rowLabelled(*panel->scores(), QStringLiteral("NPS")));
    scores->setFocus();
    QTest::keyClick(scores, Qt::Key_Enter);
    QCOMPARE(fx.window().currentStep(), 4);
}

void GuiAssessmentTest::modelsPassTheModelTester() {
    GuiFixture fx;
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    QAbstractItemModelTester scores(panel->scores(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findings(panel->findings(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recommendations(
        panel->recommendations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->refreshNow();
}

// The sample shipped in resources/samples (the one docs/methodology.md works through).
void GuiAssessmentTest::shippedSampleMatchesTheCommandLine() {
    GuiFixture fx;
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("quillmere.crmw"));
    QVERIFY(fx.window().importJsonFile(QStringLiteral(SAMPLES_DIR "/quillmere.json"), path));
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    const auto result = assessment::assess(fx.window().session().assessment(), fx.cycle());
    QCOMPARE(linesOfModel(*panel->scores()),
             linesOfCliText(QString::fromStdString(assessment::formatAssessmentText(result))));
    // docs/methodology.md section 11: (180 - 75) / 417 x 100 = 25.18.
    QCOMPARE(valueOf(*panel->scores(), QStringLiteral("NPS")), QStringLiteral("25.18"));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 20; ++i) panel->refreshNow();
    qInfo("quillmere: assess() %.3f ms; a whole refresh of the view %.3f ms", panel->lastAssessMs(),
          double(clock.nsecsElapsed()) / 1e6 / 20);
}

// The numbers the window and the report both show for the sample are the same numbers, each
// at its own precision: the window's assessment view (two decimals), step 4's NPS box and the
// report's summary (one decimal; completeness in whole percent).
void GuiAssessmentTest::windowAndReportAgreeOnTheSample() {
    GuiFixture fx;
    QTemporaryDir dir;
    QVERIFY(fx.window().importJsonFile(QStringLiteral(SAMPLES_DIR "/quillmere.json"),
                                       dir.filePath(QStringLiteral("quillmere.crmw"))));
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    const gui::DocumentSession& session = fx.window().session();
    std::string error;
    const auto report = report::buildReport(session.assessment(), session.cycleId(),
                                            Date{date::year{2026} / 12 / 6}, &error);
    QVERIFY2(report, error.c_str());
    auto headline = [&](const char* key) {
        for (const auto& kv : report->summary.headlineFigures)
            if (kv.key == key) return QString::fromStdString(kv.value);
        return QString();
    };
    auto number = [](QString text) {
        text.remove(QLatin1Char('%'));
        return text.section(QLatin1Char('/'), 0, 0).toDouble();
    };
    // NPS: (180 - 75) / 417 x 100 = 25.18 (docs/methodology.md section 11).
    const double nps = number(valueOf(*panel->scores(), QStringLiteral("NPS")));
    QCOMPARE(nps, 25.18);
    QCOMPARE(headline("Net promoter score"), QString::number(nps, 'f', 1));  // "25.2"
    fx.window().goToStep(4);
    auto* box = fx.window().findChild<QLabel*>(QStringLiteral("npsPanel"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("<b>25.2</b>")), qPrintable(box->text()));
    // Completeness: the mean of the ten steps, 94.33% in the window, 94% in the report.
    const double overall = number(valueOf(*panel->scores(), QStringLiteral("Overall")));
    QCOMPARE(overall, 94.33);
    QCOMPARE(headline("Completeness of the inputs"), QStringLiteral("%1%").arg(qRound(overall)));
    // Maturity: (2.91 - 1) / 4 x 100 = 47.73 in the window, 47.7 in the report.
    const double maturity =
        number(valueOf(*panel->scores(), QStringLiteral("Maturity index (current)")));
    QCOMPARE(maturity, 47.73);
    QCOMPARE(QString::fromStdString(report->summary.maturityIndex),
             QString::number(maturity, 'f', 1));
    QVERIFY(report->summary.maturityIndexValue);
    QVERIFY(std::abs(*report->summary.maturityIndexValue - maturity) < 0.005);
}

// Set CRMW_SCREENSHOT_DIR to keep a picture of the window with the view open.
void GuiAssessmentTest::screenshotAtProjectorSize() {
    const QString dir = qEnvironmentVariable("CRMW_SCREENSHOT_DIR");
    if (dir.isEmpty()) QSKIP("CRMW_SCREENSHOT_DIR not set");
    GuiFixture fx;
    fx.window().resize(1366, 768);
    auto* panel = openView(fx.window());
    QVERIFY(panel);
    fx.window().goToStep(10);
    QTest::qWait(100);
    QVERIFY(fx.window().grab().save(QDir(dir).filePath(QStringLiteral("assessment-scores.png"))));
    panel->tabs()->setCurrentIndex(1);
    panel->findingView()->setCurrentIndex(panel->findings()->index(0, 0));
    QTest::qWait(50);
    QVERIFY(fx.window().grab().save(QDir(dir).filePath(QStringLiteral("assessment-findings.png"))));
    panel->tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    QVERIFY(fx.window().grab().save(
        QDir(dir).filePath(QStringLiteral("assessment-recommendations.png"))));
}

QTEST_MAIN(GuiAssessmentTest)
#include "test_gui_assessment.moc"
