#include "gui/customer_data/transaction_import_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "gui/customer_data/column_mapping_form.h"
#include "gui/customer_data/csv_preview_model.h"
#include "gui/customer_data/figure_text.h"
#include "gui/customer_data/line_error_model.h"
#include "store/document.h"
#include "store/transactions_store.h"

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

QString seconds(double s) {
    return s < 10 ? QString::number(s, 'f', 2) + QStringLiteral(" s")
                  : QString::number(s, 'f', 1) + QStringLiteral(" s");
}

}  // namespace

TransactionImportDialog::TransactionImportDialog(store::Document& document, QWidget* parent)
    : QDialog(parent), document_(document), job_(std::make_unique<TransactionImportJob>(document)) {
    setObjectName(QStringLiteral("transactionImportDialog"));
    setWindowTitle(tr("Import transactions"));
    pages_ = new QStackedWidget(this);
    pages_->addWidget(buildSetupPage());
    pages_->addWidget(buildProgressPage());
    pages_->addWidget(buildResultPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    resize(940, 680);

    pollTimer_ = new QTimer(this);
    pollTimer_->setInterval(100);
    connect(pollTimer_, &QTimer::timeout, this, &TransactionImportDialog::pollProgress);
    connect(job_.get(), &TransactionImportJob::finished, this,
            &TransactionImportDialog::showResult);
    updateReadiness();
}

TransactionImportDialog::~TransactionImportDialog() = default;

QWidget* TransactionImportDialog::buildSetupPage() {
    auto* page = new QWidget(this);  // a parent first, so setDefault() reaches this dialog
    page->setObjectName(QStringLiteral("setupPage"));

    fileEdit_ = new QLineEdit(page);
    fileEdit_->setObjectName(QStringLiteral("fileEdit"));
    fileEdit_->setPlaceholderText(tr("A CSV export of transaction lines"));
    connect(fileEdit_, &QLineEdit::editingFinished, this, [this] {
        if (fileEdit_->text() != path_) setFilePath(fileEdit_->text());
    });
    auto* browseButton = new QPushButton(tr("&Browse…"), page);
    browseButton->setAutoDefault(false);  // Return in the file name imports, never browses
    browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(browseButton, &QPushButton::clicked, this, &TransactionImportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), page));
    fileRow->addWidget(fileEdit_, 1);
    fileRow->addWidget(browseButton);

    detectionLabel_ = new QLabel(page);
    detectionLabel_->setObjectName(QStringLiteral("detectionLabel"));
    detectionLabel_->setWordWrap(true);

    delimiter_ = new QComboBox(page);
    delimiter_->setObjectName(QStringLiteral("delimiterCombo"));
    delimiter_->addItem(tr("Comma  ,"), static_cast<int>(Delimiter::Comma));
    delimiter_->addItem(tr("Semicolon  ;"), static_cast<int>(Delimiter::Semicolon));
    delimiter_->addItem(tr("Tab"), static_cast<int>(Delimiter::Tab));
    delimiter_->addItem(tr("Spaces (runs of blanks)"), static_cast<int>(Delimiter::Whitespace));
    header_ = new QCheckBox(tr("First row is a &header"), page);
    header_->setObjectName(QStringLiteral("headerCheck"));
    decimalComma_ = new QCheckBox(tr("Decimal &comma (12,50)"), page);
    decimalComma_->setObjectName(QStringLiteral("decimalCommaCheck"));
    stopOnError_ = new QRadioButton(tr("S&top at the first bad line (import nothing)"), page);
    stopOnError_->setObjectName(QStringLiteral("stopOnErrorRadio"));
    skipBadLines_ = new QRadioButton(tr("S&kip bad lines and list them"), page);
    skipBadLines_->setObjectName(QStringLiteral("skipBadLinesRadio"));
    stopOnError_->setChecked(true);
    connect(delimiter_, &QComboBox::currentIndexChanged, this,
            &TransactionImportDialog::updatePreview);
    connect(header_, &QCheckBox::toggled, this, &TransactionImportDialog::updatePreview);
    connect(decimalComma_, &QCheckBox::toggled, this, &TransactionImportDialog::updateReadiness);

    auto* format = new QGroupBox(tr("Layout"), page);
    auto* formatForm = new QFormLayout(format);
    formatForm->addRow(tr("&Delimiter:"), delimiter_);
    formatForm->addRow(header_);
    formatForm->addRow(decimalComma_);
    formatForm->addRow(new QLabel(tr("On a bad line:"), format));
    formatForm->addRow(stopOnError_);
    formatForm->addRow(skipBadLines_);

    mapping_ = new ColumnMappingForm(page);
    connect(mapping_, &ColumnMappingForm::changed, this, &TransactionImportDialog::updateReadiness);
    connect(mapping_, &ColumnMappingForm::dateColumnChanged, this,
            &TransactionImportDialog::updateDateFormatForColumn);
    auto* columns = new QGroupBox(tr("Columns"), page);
    auto* columnsLayout = new QVBoxLayout(columns);
    columnsLayout->addWidget(mapping_);

    auto* setupRow = new QHBoxLayout;
    setupRow->addWidget(format);
    setupRow->addWidget(columns, 1);

    previewModel_ = new CsvPreviewModel(this);
    previewView_ = new QTableView(page);
    previewView_->setObjectName(QStringLiteral("previewView"));
    previewView_->setModel(previewModel_);
    previewView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewView_->verticalHeader()->setDefaultSectionSize(previewView_->fontMetrics().height() + 6);
    previewView_->horizontalHeader()->setStretchLastSection(true);

    replace_ = new QCheckBox(page);
    replace_->setObjectName(QStringLiteral("replaceCheck"));
    replace_->setVisible(false);

    problemLabel_ = new QLabel(page);
    problemLabel_->setObjectName(QStringLiteral("problemLabel"));
    problemLabel_->setWordWrap(true);
    problemLabel_->setStyleSheet(QStringLiteral("color: #b71c1c"));

    auto* buttons = new QDialogButtonBox(page);
    importButton_ = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton_->setObjectName(QStringLiteral("importButton"));
    importButton_->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    connect(importButton_, &QPushButton::clicked, this, &TransactionImportDialog::startImport);
    connect(close, &QPushButton::clicked, this, &TransactionImportDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fileRow);
    layout->addWidget(detectionLabel_);
    layout->addLayout(setupRow);
    layout->addWidget(new QLabel(
        tr("Preview of the first %1 rows, as they will be read:").arg(kPreviewRows), page));
    layout->addWidget(previewView_, 1);
    layout->addWidget(replace_);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(problemLabel_, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    return page;
}

QWidget* TransactionImportDialog::buildProgressPage() {
    auto* page = new QWidget(this);  // a parent first, so setDefault() reaches this dialog
    page->setObjectName(QStringLiteral("progressPage"));
    phaseLabel_ = new QLabel(page);
    phaseLabel_->setObjectName(QStringLiteral("phaseLabel"));
    progressBar_ = new QProgressBar(page);
    progressBar_->setObjectName(QStringLiteral("progressBar"));
    progressBar_->setRange(0, kProgressSteps);
    progressBar_->setTextVisible(true);
    rateLabel_ = new QLabel(page);
    rateLabel_->setObjectName(QStringLiteral("rateLabel"));
    cancelButton_ = new QPushButton(tr("Cancel"), page);
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    connect(cancelButton_, &QPushButton::clicked, this, &TransactionImportDialog::cancelImport);
    auto* note =
        new QLabel(tr("Cancel leaves the document exactly as it was: the lines are written in one "
                      "transaction, all or nothing."),
                   page);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(phaseLabel_);
    layout->addWidget(progressBar_);
    layout->addWidget(rateLabel_);
    layout->addSpacing(12);
    layout->addWidget(note);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(cancelButton_);
    layout->addLayout(row);
    layout->addStretch(2);
    return page;
}

QWidget* TransactionImportDialog::buildResultPage() {
    auto* page = new QWidget(this);  // a parent first, so setDefault() reaches this dialog
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

    auto* buttons = new QDialogButtonBox(page);
    QPushButton* again =
        buttons->addButton(tr("Import &another file…"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("againButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(again, &QPushButton::clicked, this, &TransactionImportDialog::backToSetup);
    connect(close, &QPushButton::clicked, this, &TransactionImportDialog::accept);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(resultHeadline_);
    layout->addLayout(counts);
    layout->addWidget(badLinesLabel_);
    layout->addWidget(badLinesView_, 1);
    layout->addWidget(buttons);
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
    fileEdit_->setText(path);
    buffer_.clear();
    detected_ = {};
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        previewModel_->setPreview({});
        mapping_->setColumns({}, 0);
        detectionLabel_->setText(
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
        const QSignalBlocker b1(delimiter_), b2(header_), b3(decimalComma_);
        delimiter_->setCurrentIndex(
            delimiter_->findData(static_cast<int>(detected_.dialect.delimiter)));
        header_->setChecked(detected_.dialect.hasHeader);
        decimalComma_->setChecked(detected_.dialect.decimalSeparator == ',');
    }
    mapping_->setColumns({}, 0);  // forget the previous file's choices
    updatePreview();
    if (const auto suggested = detected_.suggestedMapping()) mapping_->applyMapping(*suggested);
    if (detected_.dateFormat) mapping_->setDateFormat(*detected_.dateFormat);

    QStringList notes;
    notes << tr("Detected: %1 delimiter, %2, decimal %3%4.")
                 .arg(toQString(
                          std::string(transactions::delimiterName(detected_.dialect.delimiter))),
                      detected_.dialect.hasHeader ? tr("a header row") : tr("no header row"),
                      detected_.dialect.decimalSeparator == ',' ? tr("comma") : tr("point"),
                      detected_.dateFormat
                          ? tr(", dates %1")
                                .arg(toQString(std::string(
                                    transactions::dateFormatText(*detected_.dateFormat))))
                          : QString());
    for (const std::string& note : detected_.notes) notes << toQString(note) + QLatin1Char('.');
    notes << tr("Check every guess against the preview.");
    detectionLabel_->setText(notes.join(QLatin1Char(' ')));
    updateReplaceOption();
    updateReadiness();
    return true;
}

QString TransactionImportDialog::filePath() const { return path_; }

void TransactionImportDialog::setOnError(transactions::OnError onError) {
    (onError == transactions::OnError::Stop ? stopOnError_ : skipBadLines_)->setChecked(true);
}

void TransactionImportDialog::updatePreview() {
    transactions::CsvDialect dialect;
    dialect.delimiter = static_cast<Delimiter>(delimiter_->currentData().toInt());
    dialect.hasHeader = header_->isChecked();
    transactions::Preview preview = transactions::preview(buffer_, dialect, kPreviewRows);
    std::size_t fields = preview.header.size();
    for (const auto& row : preview.rows) fields = std::max(fields, row.size());
    mapping_->setColumns(preview.header, fields);
    previewModel_->setPreview(std::move(preview));
    previewView_->resizeColumnsToContents();
    updateReadiness();
}

void TransactionImportDialog::updateDateFormatForColumn(std::size_t column) {
    if (column == 0) return;
    std::vector<std::string_view> values;
    for (const auto& row : previewModel_->preview().rows)
        if (column <= row.size() && !row[column - 1].empty()) values.push_back(row[column - 1]);
    const auto formats = transactions::matchingDateFormats(values);
    if (formats.empty() ||
        std::find(formats.begin(), formats.end(), mapping_->dateFormat()) != formats.end())
        return;
    mapping_->setDateFormat(formats.front());
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
    replace_->setVisible(!imports.empty());
    replace_->setText(imports.size() == 1
                          ? tr("&Replace the %1 lines imported earlier from %2")
                                .arg(countText(lines), toQString(imports.front().sourceName))
                          : tr("&Replace the %1 lines of the %2 earlier imports")
                                .arg(countText(lines))
                                .arg(imports.size()));
    replace_->setChecked(sameFile);  // importing the same export again would count it twice
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
    const auto mapping = mapping_->mapping(&why);
    if (!mapping) return refuse(why);
    transactions::ImportOptions options;
    options.dialect.delimiter = static_cast<Delimiter>(delimiter_->currentData().toInt());
    options.dialect.hasHeader = header_->isChecked();
    options.dialect.decimalSeparator = decimalComma_->isChecked() ? ',' : '.';
    options.mapping = *mapping;
    options.onError =
        stopOnError_->isChecked() ? transactions::OnError::Stop : transactions::OnError::Skip;
    if (problem) problem->clear();
    return options;
}

void TransactionImportDialog::updateReadiness() {
    QString problem;
    const bool ready = importOptions(&problem).has_value();
    importButton_->setEnabled(ready && !isImporting());
    problemLabel_->setText(problem);
}

bool TransactionImportDialog::startImport() {
    const auto options = importOptions();
    if (!options || isImporting()) return false;
    ImportRequest request;
    request.path = QFile::encodeName(path_).toStdString();
    request.sourceName = QFileInfo(path_).fileName().toStdString();
    request.options = *options;
    request.replaceExisting = !replace_->isHidden() && replace_->isChecked();
    progressBar_->setValue(0);
    phaseLabel_->setText(tr("Reading %1…").arg(QFileInfo(path_).fileName()));
    rateLabel_->clear();
    cancelButton_->setEnabled(true);
    pages_->setCurrentIndex(1);
    job_->start(std::move(request));
    pollTimer_->start();
    return true;
}

void TransactionImportDialog::cancelImport() {
    if (!isImporting()) return;
    job_->cancel();
    cancelButton_->setEnabled(false);
    phaseLabel_->setText(tr("Cancelling… nothing will be imported."));
}

bool TransactionImportDialog::isImporting() const { return job_->isRunning(); }

const ImportOutcome& TransactionImportDialog::outcome() const { return job_->outcome(); }

int TransactionImportDialog::progressValue() const { return progressBar_->value(); }

void TransactionImportDialog::pollProgress() {
    const ImportProgress p = job_->progress();
    progressBar_->setValue(static_cast<int>(p.fraction * kProgressSteps));
    const bool cancelling = job_->cancelRequested();  // the phase label then says so
    const QString rate = rateText(p.rowsPerSecond());
    switch (p.phase) {
        case ImportPhase::Reading:
            if (!cancelling)
                phaseLabel_->setText(tr("Reading %1…").arg(QFileInfo(path_).fileName()));
            rateLabel_->setText(tr("%1 rows read · %2").arg(countText(p.rows), rate));
            break;
        case ImportPhase::Writing:
            if (!cancelling) phaseLabel_->setText(tr("Writing the lines into the document…"));
            rateLabel_->setText(
                tr("%1 of %2 lines written · %3").arg(countText(p.done), countText(p.total), rate));
            break;
        case ImportPhase::Committing:
            if (!cancelling) phaseLabel_->setText(tr("Saving the document…"));
            cancelButton_->setEnabled(false);  // the lines are being committed: too late to cancel
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
                       .arg(headline, seconds(o.readSeconds), seconds(o.writeSeconds));
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
    pages_->setCurrentIndex(2);
    emit importFinished();
    if (imported) emit transactionsImported(o.importId);
}

void TransactionImportDialog::backToSetup() {
    pages_->setCurrentIndex(0);
    updateReplaceOption();
    updateReadiness();
}

void TransactionImportDialog::reject() {
    if (isImporting()) {
        cancelImport();  // the dialog stays until the worker has rolled back
        return;
    }
    QDialog::reject();
}

}  // namespace crm::gui
