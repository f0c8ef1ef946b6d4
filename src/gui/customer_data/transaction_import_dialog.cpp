#include "gui/customer_data/transaction_import_dialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "gui/common/local_format.h"
#include "gui/customer_data/column_mapping_form.h"
#include "gui/customer_data/csv_preview_model.h"
#include "gui/customer_data/figure_text.h"
#include "gui/customer_data/line_error_model.h"
#include "store/document.h"
#include "store/transactions_store.h"
#include "ui_transaction_import_setup.h"

namespace crm::gui {

using namespace customer_data;
using transactions::Delimiter;

namespace {

constexpr qint64 kSniffBytes = 256 * 1024;  // enough for the 200 rows detection looks at
constexpr std::size_t kPreviewRows = 20;
constexpr int kProgressSteps = 1000;

QLabel* figureLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setFigure(QLabel* label, std::size_t value) {
    label->setText(countText(value));
    label->setProperty("value", static_cast<qulonglong>(value));
}

// The detected delimiter in the sentence "Detected: comma delimiter, ...".
QString delimiterText(Delimiter delimiter) {
    switch (delimiter) {
        case Delimiter::Comma:
            break;
        case Delimiter::Semicolon:
            return TransactionImportDialog::tr("semicolon");
        case Delimiter::Tab:
            return TransactionImportDialog::tr("tab");
        case Delimiter::Whitespace:
            return TransactionImportDialog::tr("blanks");
    }
    return TransactionImportDialog::tr("comma");
}

}  // namespace

TransactionImportDialog::TransactionImportDialog(store::Document& document, QWidget* parent)
    : StagedDialog(parent),
      document_(document),
      job_(std::make_unique<TransactionImportJob>(document)),
      setup_(std::make_unique<Ui::TransactionImportSetup>()) {
    setObjectName(QStringLiteral("transactionImportDialog"));
    setWindowTitle(tr("Import transactions"));
    setSetupPage(buildSetupPage());
    setResultPage(buildResultPage());
    importButton_ = addButton(Stage::Setup, tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton_->setObjectName(QStringLiteral("importButton"));
    setMainButton(Stage::Setup, importButton_);
    connect(importButton_, &QPushButton::clicked, this, &TransactionImportDialog::startImport);
    QPushButton* again =
        addButton(Stage::Result, tr("Import &another file…"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("againButton"));
    connect(again, &QPushButton::clicked, this, &TransactionImportDialog::backToSetup);
    closeButton(Stage::Result)->setObjectName(QStringLiteral("closeButton"));

    progressBar()->setRange(0, kProgressSteps);
    detailLabel()->setObjectName(QStringLiteral("rateLabel"));
    setProgressNote(
        tr("Cancel leaves the document exactly as it was: the lines are written in one "
           "transaction, all or nothing."));
    resizeWithinScreen({940, 680});

    pollTimer_ = new QTimer(this);
    pollTimer_->setInterval(100);
    connect(pollTimer_, &QTimer::timeout, this, &TransactionImportDialog::pollProgress);
    connect(job_.get(), &TransactionImportJob::finished, this,
            &TransactionImportDialog::showResult);
    updateReadiness();
}

TransactionImportDialog::~TransactionImportDialog() = default;

QWidget* TransactionImportDialog::buildSetupPage() {
    auto* page = new QWidget;
    setup_->setupUi(page);
    connect(setup_->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (setup_->fileEdit->text() != path_) setFilePath(setup_->fileEdit->text());
    });
    connect(setup_->browseButton, &QPushButton::clicked, this, &TransactionImportDialog::browse);

    QComboBox* delimiter = setup_->delimiterCombo;
    delimiter->addItem(tr("Comma  ,"), static_cast<int>(Delimiter::Comma));
    delimiter->addItem(tr("Semicolon  ;"), static_cast<int>(Delimiter::Semicolon));
    delimiter->addItem(tr("Tab"), static_cast<int>(Delimiter::Tab));
    delimiter->addItem(tr("Spaces (runs of blanks)"), static_cast<int>(Delimiter::Whitespace));
    connect(delimiter, &QComboBox::currentIndexChanged, this,
            &TransactionImportDialog::updatePreview);
    connect(setup_->headerCheck, &QCheckBox::toggled, this,
            &TransactionImportDialog::updatePreview);
    connect(setup_->decimalCommaCheck, &QCheckBox::toggled, this,
            &TransactionImportDialog::updateReadiness);
    connect(setup_->mappingForm, &ColumnMappingForm::changed, this,
            &TransactionImportDialog::updateReadiness);
    connect(setup_->mappingForm, &ColumnMappingForm::dateColumnChanged, this,
            &TransactionImportDialog::updateDateFormatForColumn);

    previewModel_ = new CsvPreviewModel(this);
    QTableView* preview = setup_->previewView;
    preview->setModel(previewModel_);
    preview->verticalHeader()->setDefaultSectionSize(preview->fontMetrics().height() + 6);
    setup_->previewCaption->setText(
        tr("Preview of the first %1 rows, as they will be read:").arg(kPreviewRows));
    setup_->replaceCheck->setVisible(false);
    return page;
}

QWidget* TransactionImportDialog::buildResultPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("resultPage"));
    resultHeadline_ = new QLabel(page);
    resultHeadline_->setObjectName(QStringLiteral("resultHeadline"));
    resultHeadline_->setWordWrap(true);
    resultHeadline_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    countRead_ = figureLabel(QStringLiteral("countRead"), page);
    countImported_ = figureLabel(QStringLiteral("countImported"), page);
    countSkippedBad_ = figureLabel(QStringLiteral("countSkippedBad"), page);
    countSkippedNoCustomer_ = figureLabel(QStringLiteral("countSkippedNoCustomer"), page);
    auto* counts = new QGridLayout;
    const std::pair<QString, QLabel*> rows[] = {
        {tr("Lines read:"), countRead_},
        {tr("Imported:"), countImported_},
        {tr("Skipped, bad line:"), countSkippedBad_},
        {tr("Skipped, no customer id:"), countSkippedNoCustomer_}};
    int r = 0;
    for (const auto& [text, label] : rows) {
        counts->addWidget(new QLabel(text, page), r, 0);
        counts->addWidget(label, r++, 1);
    }
    counts->setColumnStretch(2, 1);

    badLinesLabel_ = new QLabel(page);
    badLinesLabel_->setObjectName(QStringLiteral("badLinesLabel"));
    badLinesModel_ = new LineErrorModel(this);
    badLinesView_ = new QTableView(page);
    badLinesView_->setObjectName(QStringLiteral("badLinesView"));
    badLinesView_->setModel(badLinesModel_);
    badLinesView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    badLinesView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    badLinesView_->verticalHeader()->hide();
    badLinesView_->verticalHeader()->setDefaultSectionSize(badLinesView_->fontMetrics().height() +
                                                           6);
    badLinesView_->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(resultHeadline_);
    layout->addLayout(counts);
    layout->addWidget(badLinesLabel_);
    layout->addWidget(badLinesView_, 1);
    return page;
}

void TransactionImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import transactions"), QFileInfo(path_).absolutePath(),
        tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) setFilePath(path);
}

bool TransactionImportDialog::setFilePath(const QString& path) {
    path_ = path;
    setup_->fileEdit->setText(path);
    buffer_.clear();
    detected_ = {};
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        previewModel_->setPreview({});
        setup_->mappingForm->setColumns({}, 0);
        setup_->detectionLabel->setText(
            path.isEmpty()
                ? QString()
                : tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        updateReadiness();
        return false;
    }
    const QByteArray head = file.read(kSniffBytes);
    buffer_.assign(head.constData(), static_cast<std::size_t>(head.size()));
    detected_ = transactions::detectFormat(buffer_);
    {
        const QSignalBlocker b1(setup_->delimiterCombo), b2(setup_->headerCheck),
            b3(setup_->decimalCommaCheck);
        setup_->delimiterCombo->setCurrentIndex(
            setup_->delimiterCombo->findData(static_cast<int>(detected_.dialect.delimiter)));
        setup_->headerCheck->setChecked(detected_.dialect.hasHeader);
        setup_->decimalCommaCheck->setChecked(detected_.dialect.decimalSeparator == ',');
    }
    setup_->mappingForm->setColumns({}, 0);  // forget the previous file's choices
    updatePreview();
    setup_->mappingForm->applyMapping(detected_.recognisedMapping());  // the rest is the user's
    if (detected_.dateFormat) setup_->mappingForm->setDateFormat(*detected_.dateFormat);

    QStringList notes;
    notes << tr("Detected: %1 delimiter, %2, decimal %3%4.")
                 .arg(delimiterText(detected_.dialect.delimiter),
                      detected_.dialect.hasHeader ? tr("a header row") : tr("no header row"),
                      detected_.dialect.decimalSeparator == ',' ? tr("comma") : tr("point"),
                      detected_.dateFormat
                          ? tr(", dates %1")
                                .arg(toQString(std::string(
                                    transactions::dateFormatText(*detected_.dateFormat))))
                          : QString());
    for (const std::string& note : detected_.notes)
        notes << engineText(text::kPhraseDomain, note) + QLatin1Char('.');
    notes << tr("Check every guess against the preview.");
    setup_->detectionLabel->setText(notes.join(QLatin1Char(' ')));
    updateReplaceOption();
    updateReadiness();
    return true;
}

QString TransactionImportDialog::filePath() const { return path_; }

void TransactionImportDialog::setOnError(transactions::OnError onError) {
    (onError == transactions::OnError::Stop ? setup_->stopOnErrorRadio : setup_->skipBadLinesRadio)
        ->setChecked(true);
}

void TransactionImportDialog::updatePreview() {
    transactions::CsvDialect dialect;
    dialect.delimiter = static_cast<Delimiter>(setup_->delimiterCombo->currentData().toInt());
    dialect.hasHeader = setup_->headerCheck->isChecked();
    transactions::Preview preview = transactions::preview(buffer_, dialect, kPreviewRows);
    std::size_t fields = preview.header.size();
    for (const auto& row : preview.rows) fields = std::max(fields, row.size());
    setup_->mappingForm->setColumns(preview.header, fields);
    previewModel_->setPreview(std::move(preview));
    setup_->previewView->resizeColumnsToContents();
    updateReadiness();
}

void TransactionImportDialog::updateDateFormatForColumn(std::size_t column) {
    if (column == 0) return;
    std::vector<std::string_view> values;
    for (const auto& row : previewModel_->preview().rows)
        if (column <= row.size() && !row[column - 1].empty()) values.push_back(row[column - 1]);
    const auto formats = transactions::matchingDateFormats(values);
    if (formats.empty() || std::find(formats.begin(), formats.end(),
                                     setup_->mappingForm->dateFormat()) != formats.end())
        return;
    setup_->mappingForm->setDateFormat(formats.front());
}

void TransactionImportDialog::updateReplaceOption() {
    std::vector<store::TransactionImportRecord> imports;
    try {
        imports = store::listTransactionImports(document_);
    } catch (const std::exception&) {
        // an unreadable list only hides the option; the import itself reports the problem
    }
    std::size_t lines = 0;
    bool sameFile = false;
    const std::string name = QFileInfo(path_).fileName().toStdString();
    for (const auto& r : imports) {
        lines += r.stats.imported;
        sameFile = sameFile || r.sourceName == name;
    }
    setup_->replaceCheck->setVisible(!imports.empty());
    setup_->replaceCheck->setText(
        imports.size() == 1 ? tr("&Replace the %1 lines imported earlier from %2")
                                  .arg(countText(lines), toQString(imports.front().sourceName))
                            : tr("&Replace the %1 lines of the %2 earlier imports")
                                  .arg(countText(lines))
                                  .arg(imports.size()));
    setup_->replaceCheck->setChecked(
        sameFile);  // importing the same export again would count it twice
}

std::optional<transactions::ImportOptions> TransactionImportDialog::importOptions(
    QString* problem) const {
    auto refuse = [problem](const QString& why) -> std::optional<transactions::ImportOptions> {
        if (problem) *problem = why;
        return std::nullopt;
    };
    if (path_.isEmpty()) return refuse(tr("Choose a file to import."));
    if (buffer_.empty()) return refuse(tr("The file cannot be read or is empty."));
    if (document_.readOnly())
        return refuse(tr("This document is open read-only: nothing can be imported into it."));
    QString why;
    const auto mapping = setup_->mappingForm->mapping(&why);
    if (!mapping) return refuse(why);
    transactions::ImportOptions options;
    options.dialect.delimiter =
        static_cast<Delimiter>(setup_->delimiterCombo->currentData().toInt());
    options.dialect.hasHeader = setup_->headerCheck->isChecked();
    options.dialect.decimalSeparator = setup_->decimalCommaCheck->isChecked() ? ',' : '.';
    options.mapping = *mapping;
    options.onError = setup_->stopOnErrorRadio->isChecked() ? transactions::OnError::Stop
                                                            : transactions::OnError::Skip;
    if (problem) problem->clear();
    return options;
}

void TransactionImportDialog::updateReadiness() {
    QString problem;
    const bool ready = importOptions(&problem).has_value();
    importButton_->setEnabled(ready && !isImporting());
    setup_->problemLabel->setText(problem);
}

bool TransactionImportDialog::startImport() {
    const auto options = importOptions();
    if (!options || isImporting()) return false;
    ImportRequest request;
    request.path = QFile::encodeName(path_).toStdString();
    request.sourceName = QFileInfo(path_).fileName().toStdString();
    request.options = *options;
    request.replaceExisting =
        !setup_->replaceCheck->isHidden() && setup_->replaceCheck->isChecked();
    progressBar()->setValue(0);
    phaseLabel()->setText(tr("Reading %1…").arg(QFileInfo(path_).fileName()));
    detailLabel()->clear();
    showStage(Stage::Progress);
    job_->start(std::move(request));
    pollTimer_->start();
    return true;
}

void TransactionImportDialog::cancelImport() {
    if (!isImporting()) return;
    job_->cancel();
    showCancelling(tr("Cancelling… nothing will be imported."));
}

bool TransactionImportDialog::isImporting() const { return job_->isRunning(); }

const ImportOutcome& TransactionImportDialog::outcome() const { return job_->outcome(); }

int TransactionImportDialog::progressValue() const { return progressBar()->value(); }

void TransactionImportDialog::pollProgress() {
    const ImportProgress p = job_->progress();
    progressBar()->setValue(static_cast<int>(p.fraction * kProgressSteps));
    const bool cancelling = job_->cancelRequested();  // the phase label then says so
    const QString rate = rateText(p.rowsPerSecond());
    switch (p.phase) {
        case ImportPhase::Reading:
            if (!cancelling)
                phaseLabel()->setText(tr("Reading %1…").arg(QFileInfo(path_).fileName()));
            detailLabel()->setText(tr("%1 rows read · %2").arg(countText(p.rows), rate));
            break;
        case ImportPhase::Writing:
            if (!cancelling) phaseLabel()->setText(tr("Writing the lines into the document…"));
            detailLabel()->setText(
                tr("%1 of %2 lines written · %3").arg(countText(p.done), countText(p.total), rate));
            break;
        case ImportPhase::Committing:
            if (!cancelling) phaseLabel()->setText(tr("Saving the document…"));
            cancelButton()->setEnabled(false);  // the lines are being committed: too late to cancel
            break;
        case ImportPhase::Idle:
        case ImportPhase::Finished:
            break;
    }
}

void TransactionImportDialog::showResult() {
    pollTimer_->stop();
    pollProgress();
    const ImportOutcome& o = job_->outcome();
    const bool imported = o.kind == ImportOutcome::Kind::Imported;
    QString headline = toQString(o.message).toHtmlEscaped();
    if (imported)
        headline = tr("<b>%1</b> Reading took %2, writing %3.")
                       .arg(headline, secondsText(o.readSeconds), secondsText(o.writeSeconds));
    else
        headline = QStringLiteral("<b style='color:#b71c1c'>%1</b>").arg(headline);
    resultHeadline_->setText(headline);
    setFigure(countRead_, o.stats.rowsRead);
    setFigure(countImported_, imported ? o.stats.imported : 0);
    setFigure(countSkippedBad_, o.stats.skippedBad);
    setFigure(countSkippedNoCustomer_, o.stats.skippedNoCustomer);
    badLinesModel_->setLines(o.errors, o.noCustomerLines);
    const std::size_t listed = o.errors.size() + o.noCustomerLines.size();
    const std::size_t total = o.stats.skippedBad + o.stats.skippedNoCustomer;
    badLinesLabel_->setText(listed == 0      ? tr("No line was left out.")
                            : listed < total ? tr("Lines left out (the first %1 of %2 are listed):")
                                                   .arg(countText(listed), countText(total))
                                             : tr("Lines left out:"));
    badLinesView_->resizeColumnsToContents();
    showStage(Stage::Result);
    emit importFinished();
    if (imported) emit transactionsImported(o.importId);
}

void TransactionImportDialog::backToSetup() {
    showStage(Stage::Setup);
    updateReplaceOption();
    updateReadiness();
}

}  // namespace crm::gui
