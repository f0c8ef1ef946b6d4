#include "gui/report_export/report_export_dialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/app/document_session.h"
#include "gui/commands/report_sections_command.h"
#include "gui/common/language_choice.h"
#include "gui/common/local_format.h"
#include "gui/report_export/report_formats.h"
#include "gui/report_export/report_preview.h"
#include "report/report_sections.h"
#include "ui_report_export_setup.h"

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
    : StagedDialog(parent), session_(session), setup_(std::make_unique<Ui::ReportExportSetup>()) {
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export report"));
    setSetupPage(buildSetupPage());
    setResultPage(buildResultPage());
    QPushButton* exportButton =
        addButton(Stage::Setup, tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    setMainButton(Stage::Setup, exportButton);
    connect(exportButton, &QPushButton::clicked, this, &ReportExportDialog::startExport);
    addResultButtons();
    closeButton(Stage::Setup)->setObjectName(QStringLiteral("closeSetupButton"));
    closeButton(Stage::Result)->setObjectName(QStringLiteral("closeResultButton"));
    progressPage()->setObjectName(QStringLiteral("exportProgressPage"));
    phaseLabel()->setObjectName(QStringLiteral("exportPhaseLabel"));
    progressBar()->setObjectName(QStringLiteral("exportProgressBar"));
    cancelButton()->setObjectName(QStringLiteral("exportCancelButton"));
    poll_ = new QTimer(this);
    poll_->setInterval(100);
    connect(poll_, &QTimer::timeout, this, &ReportExportDialog::pollProgress);
    formatChanged();
    resizeWithinScreen({600, std::max(sizeHint().height(), 640)});  // every section box shown
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
    auto* page = new QWidget;
    setup_->setupUi(page);
    QComboBox* format = setup_->formatCombo;
    for (const auto& f : report::reportFormats())
        format->addItem(reportFormatLabel(f.format), static_cast<int>(f.format));
    setup_->contentCombo->addItem(tr("Full report"), static_cast<int>(report::ReportKind::Full));
    setup_->contentCombo->addItem(tr("Brief: two pages for the executives"),
                                  static_cast<int>(report::ReportKind::Brief));
    setup_->paperCombo->addItem(tr("A4"), static_cast<int>(report::PaperSize::A4));
    setup_->paperCombo->addItem(tr("Letter"), static_cast<int>(report::PaperSize::Letter));
    fillLanguageCombo(setup_->languageCombo,
                      QString::fromStdString(session_.assessment().language));
    QComboBox* cycle = setup_->cycleCombo;
    for (const Cycle& c : session_.assessment().cycles) {
        cycle->addItem(toQString(c.name.empty() ? c.id : c.name), toQString(c.id));
        if (c.id == session_.cycleId()) cycle->setCurrentIndex(cycle->count() - 1);
    }
    setup_->outputEdit->setText(rememberedPath());
    const QString suffix = QFileInfo(setup_->outputEdit->text()).suffix().toLower();
    for (int i = 0; i < format->count(); ++i)
        if (reportFormatExtension(static_cast<ReportFormat>(format->itemData(i).toInt())) == suffix)
            format->setCurrentIndex(i);
    // One check box per section, in report order, down two columns; ticked unless the
    // document leaves the section out.
    const auto& leftOut = session_.assessment().reportSectionsLeftOut;
    const auto& choices = report::reportSectionChoices();
    const int rows = static_cast<int>((choices.size() + 1) / 2);
    for (int i = 0; i < static_cast<int>(choices.size()); ++i) {
        const auto& choice = choices[static_cast<std::size_t>(i)];
        // "&" would mark a shortcut letter ("Segments & objectives").
        auto* box = new QCheckBox(
            engineText("report", choice.title).replace(QLatin1Char('&'), QStringLiteral("&&")),
            setup_->sectionsGroup);
        box->setObjectName(QStringLiteral("section_") + toQString(choice.key));
        box->setProperty("sectionKey", toQString(choice.key));
        box->setChecked(std::find(leftOut.begin(), leftOut.end(), choice.key) == leftOut.end());
        setup_->sectionsGrid->addWidget(box, i % rows, i / rows);
        sectionBoxes_.push_back(box);
    }
    // The brief has its own fixed sections.
    auto briefChosen = [this] {
        setup_->sectionsGroup->setEnabled(
            static_cast<report::ReportKind>(setup_->contentCombo->currentData().toInt()) ==
            report::ReportKind::Full);
    };
    connect(setup_->contentCombo, &QComboBox::currentIndexChanged, this, briefChosen);
    briefChosen();
    connect(setup_->browseButton, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChanged);
    setup_->exportErrorLabel->hide();
    return page;
}

std::vector<std::string> ReportExportDialog::sectionsLeftOut() const {
    std::vector<std::string> leftOut;
    for (const QCheckBox* box : sectionBoxes_)
        if (!box->isChecked()) leftOut.push_back(toStd(box->property("sectionKey").toString()));
    std::sort(leftOut.begin(), leftOut.end());
    return leftOut;
}

QWidget* ReportExportDialog::buildResultPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("exportResultPage"));
    resultLabel_ = new QLabel(page);
    resultLabel_->setObjectName(QStringLiteral("exportResultLabel"));
    resultLabel_->setWordWrap(true);
    resultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_ = new ReportPreview(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(resultLabel_);
    layout->addWidget(preview_, 1);
    return page;
}

void ReportExportDialog::addResultButtons() {
    QPushButton* openFile =
        addButton(Stage::Result, tr("&Open file"), QDialogButtonBox::ActionRole);
    openFile->setObjectName(QStringLiteral("openFileButton"));
    QPushButton* openFolder =
        addButton(Stage::Result, tr("Open &folder"), QDialogButtonBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("openFolderButton"));
    QPushButton* again =
        addButton(Stage::Result, tr("Export &another…"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("exportAgainButton"));
    connect(openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(writtenPath_)); });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(writtenPath_).absolutePath()));
    });
    connect(again, &QPushButton::clicked, this, [this] {
        preview_->clear();
        showStage(Stage::Setup);
        resizeWithinScreen({560, sizeHint().height()});
    });
}

ReportFormat ReportExportDialog::currentFormat() const {
    return static_cast<ReportFormat>(setup_->formatCombo->currentData().toInt());
}

void ReportExportDialog::formatChanged() {
    setup_->paperCombo->setEnabled(reportFormatHasPages(currentFormat()));
    setup_->outputEdit->setText(
        withExtension(setup_->outputEdit->text(), reportFormatExtension(currentFormat())));
}

QString ReportExportDialog::outputPath() const { return setup_->outputEdit->text().trimmed(); }

void ReportExportDialog::setOutputPath(const QString& path) { setup_->outputEdit->setText(path); }

bool ReportExportDialog::isExporting() const { return worker_ != nullptr; }

QString ReportExportDialog::errorText() const {
    const QLabel* error = setup_->exportErrorLabel;
    return error->isHidden() ? QString() : error->text();
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
    QLabel* error = setup_->exportErrorLabel;
    error->hide();
    if (path.isEmpty()) {
        error->setText(tr("Choose where to save the report first."));
        error->show();
        setup_->outputEdit->setFocus();
        return false;
    }
    ReportExportRequest request;
    if (setup_->sectionsGroup->isEnabled()) {
        // The choice goes into the document (one undoable edit) when it differs.
        const std::vector<std::string> leftOut = sectionsLeftOut();
        if (leftOut != session_.assessment().reportSectionsLeftOut)
            session_.undoStack()->push(new ChooseReportSectionsCommand(session_, leftOut));
        request.assessment = session_.assessment();
        request.assessment.reportSectionsLeftOut = leftOut;  // also when the file is read-only
    } else {
        request.assessment = session_.assessment();
    }
    request.assessment.language = toStd(chosenLanguage(setup_->languageCombo));  // this report
    request.documentPath = toStd(session_.path());
    request.cycleId = toStd(setup_->cycleCombo->currentData().toString());
    request.format = currentFormat();
    request.paper = static_cast<report::PaperSize>(setup_->paperCombo->currentData().toInt());
    request.kind = static_cast<report::ReportKind>(setup_->contentCombo->currentData().toInt());
    request.outputPath = toStd(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    request.reportDate = today();
    runningPath_ = QString::fromStdString(request.outputPath);
    runningFormat_ = request.format;
    progress_ = std::make_shared<ReportExportProgress>();
    phaseLabel()->setText(tr("Writing %1…").arg(runningPath_));
    progressBar()->setRange(0, 0);  // busy until the page count is known
    showStage(Stage::Progress);
    outcome_ = std::make_shared<ReportExportOutcome>();
    worker_ = QThread::create([request = std::move(request), progress = progress_,
                               outcome = outcome_, hook = workerStartHook_] {
        if (hook) hook();
        *outcome = runReportExport(request, progress);
    });
    worker_->setParent(this);
    connect(worker_, &QThread::finished, this, &ReportExportDialog::exportDone);
    worker_->start();
    poll_->start();
    return true;
}

void ReportExportDialog::cancelExport() {
    if (!isExporting()) return;
    progress_->cancelRequested = true;
    showCancelling(tr("Cancelling…"));
}

void ReportExportDialog::pollProgress() {
    if (!progress_) return;
    const int total = progress_->total.load();
    if (total > 0) {
        progressBar()->setRange(0, total);
        progressBar()->setValue(progress_->done.load());
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
        showStage(Stage::Setup);
        QLabel* error = setup_->exportErrorLabel;
        error->setText(outcome.cancelled
                           ? tr("Cancelled: nothing was written to %1.").arg(runningPath_)
                           : tr("The report was not written. %1").arg(sentence(outcome.error)));
        error->show();
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
    showStage(Stage::Result);
    if (pdf) resizeWithinScreen({820, 900});  // room for a readable page
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
