#include "gui/report_export/report_export_dialog.h"

#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/report_export/report_formats.h"
#include "gui/report_export/report_preview.h"

namespace crm::gui {

using report::ReportFormat;

namespace {

Date today() {
    const QDate d = QDate::currentDate();
    return date::year_month_day{date::year{d.year()}, date::month{static_cast<unsigned>(d.month())},
                                date::day{static_cast<unsigned>(d.day())}};
}

QString settingsKey(const QString& documentPath) {
    // One entry per document; base64 keeps the path's slashes out of QSettings' groups.
    return QStringLiteral("reportExport/outputFor_") +
           QString::fromLatin1(documentPath.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                              QByteArray::OmitTrailingEquals));
}

QString withExtension(const QString& path, const QString& extension) {
    if (path.isEmpty()) return path;
    const QFileInfo info(path);
    QString stem = path;
    for (const auto& f : report::reportFormats())
        if (info.suffix().compare(reportFormatExtension(f.format), Qt::CaseInsensitive) == 0)
            stem.chop(info.suffix().size() + 1);
    return stem + QLatin1Char('.') + extension;
}

// The worker's message as a sentence of its own after "The report was not written."
QString sentence(const std::string& message) {
    QString text = QString::fromStdString(message);
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

}  // namespace

ReportExportDialog::ReportExportDialog(DocumentSession& session, QWidget* parent)
    : QDialog(parent), session_(session) {
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export report"));
    pages_ = new QStackedWidget(this);
    pages_->addWidget(buildSetupPage());
    pages_->addWidget(buildProgressPage());
    pages_->addWidget(buildResultPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    poll_ = new QTimer(this);
    poll_->setInterval(100);
    connect(poll_, &QTimer::timeout, this, &ReportExportDialog::pollProgress);
    formatChanged();
    resize(560, sizeHint().height());
}

ReportExportDialog::~ReportExportDialog() {
    if (!worker_ || worker_->isFinished()) return;  // a finished thread goes with its parent
    // The worker holds its own copies: it stops at its next check, writes nothing and then
    // deletes its thread.
    progress_->cancelRequested = true;
    disconnect(worker_, nullptr, this, nullptr);
    worker_->setParent(nullptr);
    connect(worker_, &QThread::finished, worker_, &QObject::deleteLater);
}

QWidget* ReportExportDialog::buildSetupPage() {
    // Parented now: setDefault() below only makes Export the dialog's default button when the
    // button already lives in the dialog; otherwise QDialog picks Browse, and Return browses.
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("exportSetupPage"));
    format_ = new QComboBox(page);
    format_->setObjectName(QStringLiteral("formatCombo"));
    for (const auto& f : report::reportFormats())
        format_->addItem(reportFormatLabel(f.format), static_cast<int>(f.format));
    paper_ = new QComboBox(page);
    paper_->setObjectName(QStringLiteral("paperCombo"));
    paper_->addItem(tr("A4"), static_cast<int>(report::PaperSize::A4));
    paper_->addItem(tr("Letter"), static_cast<int>(report::PaperSize::Letter));
    cycle_ = new QComboBox(page);
    cycle_->setObjectName(QStringLiteral("cycleCombo"));
    for (const Cycle& c : session_.assessment().cycles) {
        cycle_->addItem(toQString(c.name.empty() ? c.id : c.name), toQString(c.id));
        if (c.id == session_.cycleId()) cycle_->setCurrentIndex(cycle_->count() - 1);
    }
    output_ = new QLineEdit(page);
    output_->setObjectName(QStringLiteral("outputEdit"));
    output_->setMinimumWidth(320);
    output_->setText(rememberedPath());
    const QString suffix = QFileInfo(output_->text()).suffix().toLower();
    for (int i = 0; i < format_->count(); ++i)
        if (reportFormatExtension(static_cast<ReportFormat>(format_->itemData(i).toInt())) ==
            suffix)
            format_->setCurrentIndex(i);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);  // Return in the file name exports
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(output_, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), format_);
    form->addRow(tr("&Paper size:"), paper_);
    form->addRow(tr("C&ycle:"), cycle_);
    // addRow(text, layout) gives the label no buddy, which would show the '&' as typed.
    auto* saveAsLabel = new QLabel(tr("&Save as:"), page);
    saveAsLabel->setBuddy(output_);
    form->addRow(saveAsLabel, fileRow);
    connect(format_, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChanged);

    error_ = new QLabel(page);
    error_->setObjectName(QStringLiteral("exportErrorLabel"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    error_->hide();

    auto* buttons = new QDialogButtonBox(page);
    exportButton_ = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton_->setObjectName(QStringLiteral("exportButton"));
    exportButton_->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeSetupButton"));
    connect(exportButton_, &QPushButton::clicked, this, &ReportExportDialog::startExport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QWidget* ReportExportDialog::buildProgressPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("exportProgressPage"));
    phase_ = new QLabel(page);
    phase_->setObjectName(QStringLiteral("exportPhaseLabel"));
    phase_->setWordWrap(true);
    bar_ = new QProgressBar(page);
    bar_->setObjectName(QStringLiteral("exportProgressBar"));
    cancelButton_ = new QPushButton(tr("&Cancel"), page);
    cancelButton_->setObjectName(QStringLiteral("exportCancelButton"));
    connect(cancelButton_, &QPushButton::clicked, this, &ReportExportDialog::cancelExport);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(phase_);
    layout->addWidget(bar_);
    layout->addWidget(cancelButton_, 0, Qt::AlignRight);
    layout->addStretch(1);
    return page;
}

QWidget* ReportExportDialog::buildResultPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("exportResultPage"));
    resultLabel_ = new QLabel(page);
    resultLabel_->setObjectName(QStringLiteral("exportResultLabel"));
    resultLabel_->setWordWrap(true);
    resultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_ = new ReportPreview(page);

    auto* buttons = new QDialogButtonBox(page);
    QPushButton* openFile = buttons->addButton(tr("&Open file"), QDialogButtonBox::ActionRole);
    openFile->setObjectName(QStringLiteral("openFileButton"));
    QPushButton* openFolder = buttons->addButton(tr("Open &folder"), QDialogButtonBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("openFolderButton"));
    QPushButton* again = buttons->addButton(tr("Export &another…"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("exportAgainButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeResultButton"));
    connect(openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(writtenPath_)); });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(writtenPath_).absolutePath()));
    });
    connect(again, &QPushButton::clicked, this, [this] {
        preview_->clear();
        pages_->setCurrentIndex(0);
        resize(560, sizeHint().height());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(resultLabel_);
    layout->addWidget(preview_, 1);
    layout->addWidget(buttons);
    return page;
}

ReportFormat ReportExportDialog::currentFormat() const {
    return static_cast<ReportFormat>(format_->currentData().toInt());
}

void ReportExportDialog::formatChanged() {
    paper_->setEnabled(reportFormatHasPages(currentFormat()));
    output_->setText(withExtension(output_->text(), reportFormatExtension(currentFormat())));
}

QString ReportExportDialog::outputPath() const { return output_->text().trimmed(); }

void ReportExportDialog::setOutputPath(const QString& path) { output_->setText(path); }

bool ReportExportDialog::isExporting() const { return worker_ != nullptr; }

QString ReportExportDialog::errorText() const {
    return error_->isHidden() ? QString() : error_->text();
}

QString ReportExportDialog::writtenPath() const { return writtenPath_; }

void ReportExportDialog::browse() {
    // open(), not getSaveFileName(): no nested event loop that a test or a reset cannot end.
    const QString extension = reportFormatExtension(currentFormat());
    auto* chooser = new QFileDialog(this, tr("Save the report as"), outputPath(),
                                    tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    chooser->setObjectName(QStringLiteral("exportFileChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(extension);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& chosen) {
        if (!chosen.isEmpty())
            setOutputPath(withExtension(chosen, reportFormatExtension(currentFormat())));
    });
    chooser->open();
}

bool ReportExportDialog::startExport() {
    if (isExporting() || !session_.isOpen()) return false;
    const QString path = outputPath();
    error_->hide();
    if (path.isEmpty()) {
        error_->setText(tr("Choose where to save the report first."));
        error_->show();
        output_->setFocus();
        return false;
    }
    ReportExportRequest request;
    request.assessment = session_.assessment();
    request.documentPath = toStd(session_.path());
    request.cycleId = toStd(cycle_->currentData().toString());
    request.format = currentFormat();
    request.paper = static_cast<report::PaperSize>(paper_->currentData().toInt());
    request.outputPath = toStd(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    request.reportDate = today();
    runningPath_ = QString::fromStdString(request.outputPath);
    runningFormat_ = request.format;
    progress_ = std::make_shared<ReportExportProgress>();
    phase_->setText(tr("Writing %1…").arg(runningPath_));
    bar_->setRange(0, 0);  // busy until the page count is known
    cancelButton_->setEnabled(true);
    pages_->setCurrentIndex(1);
    outcome_ = std::make_shared<ReportExportOutcome>();
    worker_ =
        QThread::create([request = std::move(request), progress = progress_, outcome = outcome_] {
            *outcome = runReportExport(request, progress);
        });
    worker_->setParent(this);
    connect(worker_, &QThread::finished, this, &ReportExportDialog::exportDone);
    worker_->start();
    poll_->start();
    cancelButton_->setFocus();
    return true;
}

void ReportExportDialog::cancelExport() {
    if (!isExporting()) return;
    progress_->cancelRequested = true;
    cancelButton_->setEnabled(false);
    phase_->setText(tr("Cancelling…"));
}

void ReportExportDialog::reject() {
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ReportExportDialog::pollProgress() {
    if (!progress_) return;
    const int total = progress_->total.load();
    if (total > 0) {
        bar_->setRange(0, total);
        bar_->setValue(progress_->done.load());
    }
}

void ReportExportDialog::exportDone() {
    poll_->stop();
    worker_->deleteLater();
    worker_ = nullptr;
    const ReportExportOutcome outcome = *outcome_;
    if (outcome.written) {
        rememberPath(runningPath_);
        writtenPath_ = runningPath_;
        showResult(runningPath_, runningFormat_);
    } else {
        pages_->setCurrentIndex(0);
        error_->setText(outcome.cancelled
                            ? tr("Cancelled: nothing was written to %1.").arg(runningPath_)
                            : tr("The report was not written. %1").arg(sentence(outcome.error)));
        error_->show();
    }
    emit exportFinished(outcome.written);
}

void ReportExportDialog::showResult(const QString& path, ReportFormat format) {
    resultLabel_->setText(tr("The report was written to %1.").arg(path));
    const bool pdf = format == ReportFormat::Pdf;
    preview_->setVisible(pdf);
    if (pdf && !preview_->load(path))
        resultLabel_->setText(
            tr("The report was written to %1, but it cannot be shown here.").arg(path));
    pages_->setCurrentIndex(2);
    if (pdf) {
        // Room for a readable page, within the screen (1366 x 768 laptops included).
        const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(qMin(820, room.width() - 40), qMin(900, room.height() - 60));
    }
}

QString ReportExportDialog::rememberedPath() const {
    const QString document = session_.path();
    const QString remembered = QSettings().value(settingsKey(document)).toString();
    if (!remembered.isEmpty()) return remembered;
    const QFileInfo info(document);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-report.pdf"));
}

void ReportExportDialog::rememberPath(const QString& path) const {
    QSettings().setValue(settingsKey(session_.path()), path);
}

}  // namespace crm::gui
