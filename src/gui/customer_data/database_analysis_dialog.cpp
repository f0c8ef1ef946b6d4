#include "gui/customer_data/database_analysis_dialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

#include <vector>

#include "database/postgres_connection.h"
#include "gui/customer_data/figure_text.h"
#include "ui_database_connection_setup.h"

namespace crm::gui {

using namespace customer_data;

namespace {

constexpr int kProgressSteps = 1000;
// Remembered between sessions; the password never is.
const QString kSettingsGroup = QStringLiteral("databaseAnalysis");

QString trimmedText(const QLineEdit* edit) { return edit->text().trimmed(); }

// Every field remembered by its object name: all but the password.
std::vector<QLineEdit*> rememberedEdits(const Ui::DatabaseConnectionSetup& ui) {
    return {ui.hostEdit,      ui.databaseEdit, ui.userEdit,   ui.tableEdit,
            ui.customerEdit,  ui.dateEdit,     ui.amountEdit, ui.quantityEdit,
            ui.unitPriceEdit, ui.costEdit,     ui.marginEdit};
}

}  // namespace

DatabaseAnalysisDialog::DatabaseAnalysisDialog(customers::AnalysisOptions options, QWidget* parent)
    : StagedDialog(parent),
      options_(options),
      job_(std::make_unique<DatabaseAnalysisJob>()),
      setup_(std::make_unique<Ui::DatabaseConnectionSetup>()) {
    setObjectName(QStringLiteral("databaseAnalysisDialog"));
    setWindowTitle(tr("Analyse from a database"));
    auto* page = new QWidget;
    setup_->setupUi(page);
    setSetupPage(page);
    analyseButton_ = addButton(Stage::Setup, tr("&Analyse"), QDialogButtonBox::AcceptRole);
    analyseButton_->setObjectName(QStringLiteral("analyseButton"));
    setMainButton(Stage::Setup, analyseButton_);
    connect(analyseButton_, &QPushButton::clicked, this, &DatabaseAnalysisDialog::startAnalysis);

    progressBar()->setRange(0, kProgressSteps);
    setProgressNote(tr("Cancel asks the server to stop the query; nothing is kept."));
    resizeWithinScreen({760, 600});

    for (QLineEdit* edit : page->findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &DatabaseAnalysisDialog::updateReadiness);
    connect(setup_->queryEdit, &QPlainTextEdit::textChanged, this,
            &DatabaseAnalysisDialog::updateReadiness);
    for (QRadioButton* radio : page->findChildren<QRadioButton*>())
        connect(radio, &QRadioButton::toggled, this, &DatabaseAnalysisDialog::updateReadiness);

    pollTimer_ = new QTimer(this);
    pollTimer_->setInterval(100);
    connect(pollTimer_, &QTimer::timeout, this, &DatabaseAnalysisDialog::pollProgress);
    connect(job_.get(), &DatabaseAnalysisJob::finished, this, &DatabaseAnalysisDialog::finish);
    restoreFields();
    updateReadiness();
}

DatabaseAnalysisDialog::~DatabaseAnalysisDialog() = default;  // the job cancels and waits

DatabaseAnalysisDialog* DatabaseAnalysisDialog::openFor(customers::AnalysisOptions options,
                                                        QWidget* parent) {
    auto* dialog = new DatabaseAnalysisDialog(options, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DatabaseAnalysisDialog::restoreFields() {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    for (QLineEdit* edit : rememberedEdits(*setup_))
        edit->setText(settings.value(edit->objectName()).toString());
    setup_->portSpin->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    setup_->queryEdit->setPlainText(settings.value(QStringLiteral("query")).toString());
    auto choose = [&settings](const char* key, QRadioButton* ifSet, QRadioButton* otherwise) {
        (settings.value(QLatin1String(key), false).toBool() ? ifSet : otherwise)->setChecked(true);
    };
    choose("useQuery", setup_->queryRadio, setup_->tableRadio);
    choose("quantityTimesPrice", setup_->quantityPriceModeRadio, setup_->amountModeRadio);
    choose("skipBadLines", setup_->skipBadLinesRadio, setup_->stopOnErrorRadio);
}

void DatabaseAnalysisDialog::rememberFields() const {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    for (const QLineEdit* edit : rememberedEdits(*setup_))
        settings.setValue(edit->objectName(), edit->text());
    settings.setValue(QStringLiteral("port"), setup_->portSpin->value());
    settings.setValue(QStringLiteral("query"), setup_->queryEdit->toPlainText());
    settings.setValue(QStringLiteral("useQuery"), setup_->queryRadio->isChecked());
    settings.setValue(QStringLiteral("quantityTimesPrice"),
                      setup_->quantityPriceModeRadio->isChecked());
    settings.setValue(QStringLiteral("skipBadLines"), setup_->skipBadLinesRadio->isChecked());
}

std::optional<DatabaseAnalysisRequest> DatabaseAnalysisDialog::request(QString* problem) const {
    auto refuse = [problem](const QString& why) {
        if (problem) *problem = why;
        return std::nullopt;
    };
    const Ui::DatabaseConnectionSetup& ui = *setup_;
    if (trimmedText(ui.databaseEdit).isEmpty()) return refuse(tr("Give the database's name."));
    const bool useQuery = ui.queryRadio->isChecked();
    const QString table = trimmedText(ui.tableEdit);
    const QString query = ui.queryEdit->toPlainText().trimmed();
    if (useQuery ? query.isEmpty() : table.isEmpty())
        return refuse(useQuery ? tr("Write the query whose rows are the transaction lines.")
                               : tr("Give the table (or view) that holds the transaction lines."));
    const bool byUnitPrice = ui.quantityPriceModeRadio->isChecked();
    if (trimmedText(ui.customerEdit).isEmpty() || trimmedText(ui.dateEdit).isEmpty())
        return refuse(tr("Name the customer id and date columns."));
    if (byUnitPrice
            ? trimmedText(ui.quantityEdit).isEmpty() || trimmedText(ui.unitPriceEdit).isEmpty()
            : trimmedText(ui.amountEdit).isEmpty())
        return refuse(byUnitPrice ? tr("Name the quantity and unit price columns.")
                                  : tr("Name the amount column."));
    if (!trimmedText(ui.costEdit).isEmpty() && !trimmedText(ui.marginEdit).isEmpty())
        return refuse(tr("Name a cost or a margin column, not both."));

    auto text = [](const QLineEdit* edit) { return edit->text().trimmed().toStdString(); };
    DatabaseAnalysisRequest r;
    // A server that does not answer is reported after 10 s instead of the system's minutes.
    r.summary.conninfo =
        database::connectionString({{"host", text(ui.hostEdit)},
                                    {"port", std::to_string(ui.portSpin->value())},
                                    {"dbname", text(ui.databaseEdit)},
                                    {"user", text(ui.userEdit)},
                                    {"password", ui.passwordEdit->text().toStdString()},
                                    {"connect_timeout", "10"},
                                    {"application_name", "CRM Strategy Workbench"}});
    r.summary.source = {useQuery ? std::string() : table.toStdString(),
                        useQuery ? query.toStdString() : std::string()};
    r.summary.columns = {text(ui.customerEdit),
                         text(ui.dateEdit),
                         byUnitPrice ? std::string() : text(ui.amountEdit),
                         text(ui.quantityEdit),
                         byUnitPrice ? text(ui.unitPriceEdit) : std::string(),
                         text(ui.costEdit),
                         text(ui.marginEdit),
                         std::string()};  // the dialog maps no segment column
    r.summary.period = options_.period;
    r.summary.observationEnd = options_.observationEnd;
    r.summary.calibrationEnd = options_.calibrationEnd;  // the document's: a holdout check
    r.sourceText = useQuery ? "query" : "table " + table.toStdString();
    r.stopOnBadLine = ui.stopOnErrorRadio->isChecked();
    r.options = options_;
    return r;
}

void DatabaseAnalysisDialog::updateReadiness() {
    const bool byUnitPrice = setup_->quantityPriceModeRadio->isChecked();
    setup_->amountEdit->setEnabled(!byUnitPrice);
    setup_->unitPriceEdit->setEnabled(byUnitPrice);
    setup_->tableEdit->setEnabled(setup_->tableRadio->isChecked());
    setup_->queryEdit->setEnabled(setup_->queryRadio->isChecked());
    QString problem;
    analyseButton_->setEnabled(request(&problem).has_value() && !isRunning());
    analyseButton_->setToolTip(problem);
}

bool DatabaseAnalysisDialog::startAnalysis() {
    QString problem;
    auto r = request(&problem);
    if (!r || isRunning()) {
        setup_->problemLabel->setText(problem);
        return false;
    }
    rememberFields();
    setup_->problemLabel->clear();
    progressBar()->setRange(0, 0);  // busy until the row count is known
    phaseLabel()->setText(tr("Connecting to the server…"));
    detailLabel()->clear();
    showStage(Stage::Progress);
    job_->start(std::move(*r));
    pollTimer_->start();
    return true;
}

void DatabaseAnalysisDialog::cancelAnalysis() {
    if (!isRunning()) return;
    job_->cancel();
    showCancelling(tr("Cancelling… the server is asked to stop the query."));
}

void DatabaseAnalysisDialog::pollProgress() {
    const DatabaseProgress p = job_->progress();
    if (job_->cancelRequested()) return;  // the phase label says so already
    switch (p.phase) {
        case DatabasePhase::Computing:
            phaseLabel()->setText(tr("The server computes one row per customer…"));
            detailLabel()->setText(tr("Large tables take the server a while; Cancel stops it."));
            break;
        case DatabasePhase::Receiving:
            phaseLabel()->setText(tr("Receiving the customers…"));
            progressBar()->setRange(0, kProgressSteps);
            progressBar()->setValue(
                p.total ? static_cast<int>(kProgressSteps * p.received / p.total) : 0);
            detailLabel()->setText(
                tr("%1 of %2 customers").arg(countText(p.received), countText(p.total)));
            break;
        case DatabasePhase::Fitting:
            phaseLabel()->setText(tr("Fitting the lifetime-value models…"));
            progressBar()->setRange(0, 0);
            break;
        default:
            break;
    }
}

void DatabaseAnalysisDialog::finish() {
    pollTimer_->stop();
    const DatabaseOutcome& o = job_->outcome();
    emit analysisFinished();
    if (o.kind == DatabaseOutcome::Kind::Analysed) {
        setup_->passwordEdit->clear();  // held no longer than needed
        emit analysed(o.snapshot);
        accept();
        return;
    }
    setup_->problemLabel->setText(toQString(o.message));
    showStage(Stage::Setup);
    updateReadiness();
}

}  // namespace crm::gui
