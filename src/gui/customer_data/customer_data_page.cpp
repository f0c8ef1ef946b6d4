#include "gui/customer_data/customer_data_page.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSvgRenderer>
#include <QSvgWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <stdexcept>

#include "gui/common/local_format.h"
#include "gui/common/money_text.h"
#include "gui/common/scroll_page.h"
#include "gui/customer_data/analysis_settings_dialog.h"
#include "gui/customer_data/customer_table_model.h"
#include "gui/customer_data/database_analysis_dialog.h"
#include "gui/customer_data/figure_text.h"
#include "gui/customer_data/model_diagnostics_text.h"
#include "gui/customer_data/rfm_grid.h"
#include "gui/customer_data/segment_rollup_model.h"
#include "gui/customer_data/transaction_import_dialog.h"
#include "gui/customer_data/value_histogram.h"
#include "report/charts/chart_svg.h"
#include "store/document.h"

namespace crm::gui {

using namespace customer_data;

CustomerDataPage::CustomerDataPage(QWidget* parent)
    : QWidget(parent), watcher_(std::make_unique<QFutureWatcher<SnapshotPtr>>()) {
    setObjectName(QStringLiteral("customerDataPage"));
    customers_ = new CustomerTableModel(this);
    byValue_ = new CustomerSortProxy(customers_, CustomerSortProxy::Rows::All, this);
    byValue_->setObjectName(QStringLiteral("customersByValueProxy"));
    losing_ = new CustomerSortProxy(customers_, CustomerSortProxy::Rows::MoneyLosing, this);
    losing_->setObjectName(QStringLiteral("moneyLosingProxy"));
    segments_ = new SegmentRollupModel(this);
    segmentsSorted_ = new QSortFilterProxyModel(this);
    segmentsSorted_->setSourceModel(segments_);
    segmentsSorted_->setSortRole(SegmentRollupModel::SortRole);
    connect(watcher_.get(), &QFutureWatcher<SnapshotPtr>::finished, this,
            &CustomerDataPage::analysisFinished);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->addWidget(buildHeader());
    modelBanner_ = new QLabel(content);
    modelBanner_->setObjectName(QStringLiteral("modelBanner"));
    modelBanner_->setWordWrap(true);
    modelBanner_->setProperty("role", QStringLiteral("notice"));  // coloured by the style sheet
    modelBanner_->hide();
    column->addWidget(modelBanner_);
    // Two panels a row, so the page fits beside the step list and the help at 1366 wide.
    auto* grid = new QGridLayout;
    grid->addWidget(buildChartPanel(), 0, 0);
    grid->addWidget(buildFiguresPanel(), 0, 1);
    grid->addWidget(buildRfmPanel(), 1, 0);
    grid->addWidget(buildHistogramPanel(), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    column->addLayout(grid);
    column->addWidget(buildTablesPanel(), 1);

    fillWithScrollPage(this, content, ScrollFocus::TabStop)
        ->setObjectName(QStringLiteral("customerDataScroll"));
    showEmpty(tr("No document is open."));
}

CustomerDataPage::~CustomerDataPage() = default;  // a running analysis only holds its own copies

QWidget* CustomerDataPage::buildHeader() {
    auto* header = new QWidget;
    auto* title =
        new QLabel(tr("<span style='font-size:large'><b>Customer data</b></span>"), header);
    summaryLabel_ = new QLabel(header);
    summaryLabel_->setObjectName(QStringLiteral("importSummaryLabel"));
    summaryLabel_->setWordWrap(true);
    summaryLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLabel_ = new QLabel(header);
    statusLabel_->setObjectName(QStringLiteral("statusLabel"));
    statusLabel_->setProperty("role", QStringLiteral("status"));
    importButton_ = new QPushButton(tr("&Import transactions…"), header);
    importButton_->setObjectName(QStringLiteral("importTransactionsButton"));
    connect(importButton_, &QPushButton::clicked, this, &CustomerDataPage::openImportDialog);
    databaseButton_ = new QPushButton(tr("Analyse from a &database…"), header);
    databaseButton_->setObjectName(QStringLiteral("analyseFromDatabaseButton"));
    connect(databaseButton_, &QPushButton::clicked, this, &CustomerDataPage::openDatabaseDialog);
    settingsButton_ = new QPushButton(tr("Analysis &settings…"), header);
    settingsButton_->setObjectName(QStringLiteral("analysisSettingsButton"));
    settingsButton_->setToolTip(
        tr("Holdout check, period, lifetime-value horizon and discount rate (undoable)"));
    connect(settingsButton_, &QPushButton::clicked, this,
            &CustomerDataPage::analysisSettingsRequested);
    // The summary runs the full width below the buttons, with room for three lines: a wrapped
    // label inside the scroll page is not given more height than its first guess, and a clipped
    // summary hid the dates and the analysis settings.
    summaryLabel_->setMinimumHeight(3 * summaryLabel_->fontMetrics().lineSpacing());
    summaryLabel_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* row = new QHBoxLayout;
    row->addWidget(title, 1);
    row->addWidget(settingsButton_, 0, Qt::AlignTop);
    row->addWidget(databaseButton_, 0, Qt::AlignTop);
    row->addWidget(importButton_, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout(header);
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(2);
    text->addLayout(row);
    text->addWidget(summaryLabel_);
    text->addWidget(statusLabel_);
    return header;
}

QWidget* CustomerDataPage::buildChartPanel() {
    auto* box = new QGroupBox(tr("Concentration of net value"));
    chart_ = new QSvgWidget(box);
    chart_->setObjectName(QStringLiteral("lorenzChart"));
    chart_->renderer()->setAspectRatioMode(Qt::KeepAspectRatio);
    chart_->setMinimumSize(440, 290);
    chart_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(chart_);
    return box;
}

QLabel* CustomerDataPage::addFigure(QFormLayout* form, const QString& title,
                                    const QString& objectName, const QString& toolTip) {
    auto* value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* label = new QLabel(title, form->parentWidget());
    if (!toolTip.isEmpty()) {
        label->setToolTip(toolTip);
        value->setToolTip(toolTip);
    }
    form->addRow(label, value);
    figures_.insert(objectName, value);
    return value;
}

QWidget* CustomerDataPage::buildFiguresPanel() {
    auto* box = new QGroupBox(tr("Figures"));
    auto* form = new QFormLayout;
    form->setVerticalSpacing(3);
    auto* holder = new QWidget(box);
    holder->setLayout(form);
    addFigure(form, tr("Customers"), QStringLiteral("figCustomers"));
    addFigure(form, tr("Net value"), QStringLiteral("figNetValue"),
              tr("All lines, returns deducted"));
    addFigure(form, tr("Top 20% of customers"), QStringLiteral("figTop20Share"),
              tr("Share of the net value that the top fifth of customers bring"));
    addFigure(form, tr("Customers for 80% of value"), QStringLiteral("figShareFor80"),
              tr("The smallest share of customers that makes 80% of the net value"));
    addFigure(form, tr("Gini coefficient"), QStringLiteral("figGini"),
              tr("0 = every customer brings the same value; near 1 = a few bring almost all"));
    addFigure(form, tr("Negative net value"), QStringLiteral("figNegativeCustomers"),
              tr("Customers whose returns exceed their purchases"));
    addFigure(form, tr("Zero net value"), QStringLiteral("figZeroCustomers"));
    addFigure(form, tr("Negative margin"), QStringLiteral("figNegativeMarginCustomers"),
              tr("Customers who cost more than they bring (needs a cost or margin column)"));
    addFigure(form, tr("Zero margin"), QStringLiteral("figZeroMarginCustomers"));
    addFigure(form, tr("Return lines"), QStringLiteral("figReturns"),
              tr("Lines with a negative quantity. They reduce net value; they are not purchases "
                 "and not spending."));
    addFigure(form, tr("Left out of the spend model"), QStringLiteral("figLeftOutOfSpendModel"),
              tr("Repeat customers whose repeat purchases add up to zero or less: the spend "
                 "model cannot use them"));
    auto* levels = new QLabel(tr("<b>Relationship levels</b>"), holder);
    form->addRow(levels);
    addFigure(form, tr("One-time customers"), QStringLiteral("figOneTime"), tr("One purchase day"));
    addFigure(form, tr("Repeat customers"), QStringLiteral("figRepeat"),
              tr("Two or more purchase days (advanced customers included)"));
    addFigure(form, tr("Advanced customers"), QStringLiteral("figAdvanced"),
              tr("Repeat customers among the champions or loyal, or buying in several segments"));
    step4Button_ = new QPushButton(tr("Use for step &4…"), box);
    step4Button_->setObjectName(QStringLiteral("useForStep4Button"));
    step4Button_->setToolTip(tr("Offer the three relationship-level shares to step 4 (undoable)"));
    connect(step4Button_, &QPushButton::clicked, this, &CustomerDataPage::offerRelationshipLevels);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(holder);
    layout->addStretch(1);
    layout->addWidget(step4Button_, 0, Qt::AlignRight);
    return box;
}

QWidget* CustomerDataPage::buildRfmPanel() {
    auto* box = new QGroupBox(tr("RFM grid: customers by recency and frequency score"));
    rfmGrid_ = new RfmGrid(box);
    rfmGroupsLabel_ = new QLabel(box);
    rfmGroupsLabel_->setObjectName(QStringLiteral("rfmGroupsLabel"));
    rfmGroupsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(rfmGrid_, 1);
    layout->addWidget(rfmGroupsLabel_);
    return box;
}

QTableView* CustomerDataPage::makeTable(const QString& objectName, QSortFilterProxyModel* proxy) {
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // Widths are fitted once per analysis (showSnapshot), on a sample of rows: fitting every
    // change to 100,000 rows would block the window for a second.
    view->horizontalHeader()->setResizeContentsPrecision(60);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget* CustomerDataPage::buildTablesPanel() {
    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("customerTabs"));
    topView_ = makeTable(QStringLiteral("topCustomersView"), byValue_);
    losingView_ = makeTable(QStringLiteral("moneyLosingView"), losing_);
    segmentsView_ = makeTable(QStringLiteral("segmentsView"), segmentsSorted_);
    tabs_->addTab(topView_, tr("Customers by lifetime value"));
    tabs_->addTab(losingView_, tr("Money-losing customers"));

    auto* segmentsPage = new QWidget;
    step6Button_ = new QPushButton(tr("Use for step &6…"), segmentsPage);
    step6Button_->setObjectName(QStringLiteral("useForStep6Button"));
    step6Button_->setToolTip(
        tr("Offer customers, revenue, margin and value per customer of each segment to step 6 "
           "(undoable)"));
    connect(step6Button_, &QPushButton::clicked, this, &CustomerDataPage::offerSegments);
    auto* segmentsLayout = new QVBoxLayout(segmentsPage);
    segmentsLayout->setContentsMargins(0, 0, 0, 0);
    segmentsLayout->addWidget(segmentsView_, 1);
    segmentsLayout->addWidget(step6Button_, 0, Qt::AlignRight);
    tabs_->addTab(segmentsPage, tr("Segments"));

    modelDetails_ = new QLabel;
    modelDetails_->setObjectName(QStringLiteral("modelDetailsLabel"));
    modelDetails_->setWordWrap(true);
    modelDetails_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    modelDetails_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    modelDetails_->setMargin(6);
    tabs_->addTab(wrapInScrollPage(modelDetails_, nullptr, ScrollFocus::TabStop),
                  tr("Lifetime value model"));
    tabs_->setMinimumHeight(260);
    return tabs_;
}

QWidget* CustomerDataPage::buildHistogramPanel() {
    auto* box = new QGroupBox(tr("Distribution of predicted lifetime value"));
    histogram_ = new ValueHistogram(box);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(histogram_);
    return box;
}

void CustomerDataPage::setDocument(store::Document* document) {
    delete importDialog_;  // its job cancels and waits for the worker: nothing half-imported
    delete databaseDialog_;
    document_ = document;
    stale_ = true;
    importPending_ = false;
    showEmpty(document ? tr("The transaction lines will be analysed when this page is shown.")
                       : tr("No document is open."));
    if (isBusy())
        reloadPending_ = true;  // the running analysis belongs to the previous document
    else if (isVisible())
        reload();
}

void CustomerDataPage::followAnalysisSettings() {
    if (!document_ || document_->assessment().customerAnalysis == analysedSettings_) return;
    stale_ = true;
    if (isVisible()) reload();  // waits for a running analysis (reloadPending_)
}

bool CustomerDataPage::isBusy() const { return watcher_->isRunning(); }

void CustomerDataPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_ && !isBusy()) reload();
}

void CustomerDataPage::reload() {
    if (isBusy()) {
        reloadPending_ = true;
        return;
    }
    stale_ = false;
    if (!document_) {
        showEmpty(tr("No document is open."));
        emit analysisUpdated();
        return;
    }
    startAnalysis();
}

void CustomerDataPage::startAnalysis() {
    analysedSettings_ = document_->assessment().customerAnalysis;
    const customers::AnalysisOptions options = analysisOptionsOf(*document_);
    const std::string path = document_->path();
    statusLabel_->setText(tr("Analysing the transaction lines…"));
    watcher_->setFuture(
        QtConcurrent::run([path, options] { return loadCustomerData(path, options); }));
    updateButtons();
}

void CustomerDataPage::analysisFinished() {
    SnapshotPtr result = watcher_->result();
    if (reloadPending_) {
        reloadPending_ = false;
        reload();
        return;
    }
    showSnapshot(std::move(result));
    emit analysisUpdated();
    if (importPending_) {
        importPending_ = false;
        openImportDialog();
    }
}

void CustomerDataPage::showEmpty(const QString& message) {
    snapshot_.reset();
    customers_->setSnapshot(nullptr);
    segments_->setSnapshot(nullptr);
    rfmGrid_->clear();
    histogram_->clear();
    rfmGroupsLabel_->clear();
    modelDetails_->clear();
    modelBanner_->hide();
    for (QLabel* label : std::as_const(figures_)) {
        label->setText(QStringLiteral("–"));
        label->setProperty("value", QVariant());
    }
    report::LorenzChart empty;
    empty.title = tr("Pareto / Lorenz curve of net value").toStdString();
    chart_->load(QByteArray::fromStdString(report::lorenzChartSvg(empty)));
    summaryLabel_->setText(message);
    statusLabel_->clear();
    tabs_->setTabText(1, tr("Money-losing customers"));
    updateButtons();
}

void CustomerDataPage::showSnapshot(SnapshotPtr snapshot) {
    if (!snapshot) return showEmpty(tr("No analysis."));
    if (!snapshot->error.empty()) {
        showEmpty(tr("The customer data cannot be shown: %1.").arg(toQString(snapshot->error)));
        return;
    }
    const bool fromDatabase = !snapshot->databaseSource.empty();
    if ((snapshot->imports.empty() && !fromDatabase) || snapshot->lines == 0) {
        showEmpty(tr(
            "No transactions imported yet. Import a CSV export of transaction lines (customer id, "
            "date, "
            "amount; optionally cost and segment) to see RFM, concentration and lifetime value."));
        return;
    }
    snapshot_ = std::move(snapshot);
    const CustomerDataSnapshot& s = *snapshot_;
    // The orders are set while the models are empty, so each proxy sorts once at most: the
    // customers come highest lifetime value first already (sorted on the worker thread), the
    // header only shows it; the few money-losing customers are sorted worst first.
    customers_->setSnapshot(nullptr);
    byValue_->sort(-1);
    {
        const QSignalBlocker quiet(topView_->horizontalHeader());
        topView_->horizontalHeader()->setSortIndicator(CustomerTableModel::LifetimeValueColumn,
                                                       Qt::DescendingOrder);
    }
    losingView_->sortByColumn(
        s.hasCost ? CustomerTableModel::MarginColumn : CustomerTableModel::NetValueColumn,
        Qt::AscendingOrder);
    segmentsView_->sortByColumn(-1,
                                Qt::AscendingOrder);  // the engine's order: segments as in the file
    const QString currency = document_ ? toQString(document_->assessment().currency) : QString();
    customers_->setCurrency(currency);
    segments_->setCurrency(currency);
    customers_->setSnapshot(snapshot_);
    segments_->setSnapshot(snapshot_);
    topView_->setColumnHidden(CustomerTableModel::MarginColumn, !s.hasCost);
    losingView_->setColumnHidden(CustomerTableModel::MarginColumn, !s.hasCost);
    // What makes a customer lose money comes first in that table.
    QHeaderView* losingHeader = losingView_->horizontalHeader();
    losingHeader->moveSection(losingHeader->visualIndex(CustomerTableModel::NetValueColumn), 1);
    losingHeader->moveSection(losingHeader->visualIndex(CustomerTableModel::MarginColumn), 2);
    segmentsView_->setColumnHidden(SegmentRollupModel::MarginColumn, !s.hasCost);
    segmentsView_->setColumnHidden(SegmentRollupModel::MarginPctColumn, !s.hasCost);
    for (QTableView* view : {topView_, losingView_, segmentsView_}) view->resizeColumnsToContents();
    tabs_->setTabText(1, tr("Money-losing customers (%1)")
                             .arg(countText(static_cast<std::size_t>(losing_->rowCount()))));

    summaryLabel_->setText(importSummaryHtml(s) + QLatin1Char(' ') +
                           analysisSettingsSentence(s.options.period, s.options.months,
                                                    s.options.discountRate.perMonth(),
                                                    s.options.calibrationEnd)
                               .toHtmlEscaped());
    statusLabel_->setText(tr("Read in %1, analysed in %2.")
                              .arg(secondsText(s.loadSeconds), secondsText(s.analysisSeconds)));
    showChart(s);
    showFigures(s);
    showModel(s);
    updateButtons();
}

void CustomerDataPage::showChart(const CustomerDataSnapshot& s) {
    const customers::ValueConcentration& c = s.analysis.concentration.netValue;
    report::LorenzChart spec;
    spec.title = tr("Pareto / Lorenz curve of net value").toStdString();
    for (const customers::LorenzPoint& p : c.lorenz)
        spec.points.push_back({p.customerShare, p.valueShare});
    auto note = [&spec](const QString& text) { spec.notes.push_back(text.toStdString()); };
    if (c.topShare) note(tr("Top 20% of customers: %1 of net value").arg(shareText(c.topShare, 0)));
    if (c.customerShareFor80)
        note(tr("80% of net value from %1 of customers").arg(shareText(c.customerShareFor80, 0)));
    if (c.gini) note(tr("Gini coefficient: %1").arg(numberText(*c.gini, 2)));
    if (c.total.thousandths <= 0)
        note(tr("The total net value is not positive: no concentration figures"));
    if (s.analysis.concentration.margin)
        note(tr("%1 customers lose money (negative margin)")
                 .arg(countText(s.analysis.concentration.margin->negativeCustomers)));
    else
        note(tr("%1 customers with negative net value").arg(countText(c.negativeCustomers)));
    chart_->load(QByteArray::fromStdString(report::lorenzChartSvg(spec)));
}

void CustomerDataPage::showFigures(const CustomerDataSnapshot& s) {
    const auto& a = s.analysis;
    const customers::ValueConcentration& c = a.concentration.netValue;
    auto set = [this](const QString& name, const QString& text, const QVariant& value) {
        QLabel* label = figures_.value(name);
        label->setText(text);
        label->setProperty("value", value);
    };
    auto setShare = [&](const QString& name, const std::optional<double>& share) {
        set(name, shareText(share), share ? QVariant(*share) : QVariant());
    };
    const std::size_t n = c.customers;
    set(QStringLiteral("figCustomers"), countText(n), static_cast<qulonglong>(n));
    set(QStringLiteral("figNetValue"),
        moneyText(amountText(c.total),
                  document_ ? toQString(document_->assessment().currency) : QString()),
        static_cast<qlonglong>(c.total.thousandths));
    setShare(QStringLiteral("figTop20Share"), c.topShare);
    setShare(QStringLiteral("figShareFor80"), c.customerShareFor80);
    set(QStringLiteral("figGini"), c.gini ? numberText(*c.gini, 3) : QStringLiteral("–"),
        c.gini ? QVariant(*c.gini) : QVariant());
    set(QStringLiteral("figNegativeCustomers"), countWithShare(c.negativeCustomers, n),
        static_cast<qulonglong>(c.negativeCustomers));
    set(QStringLiteral("figZeroCustomers"), countWithShare(c.zeroCustomers, n),
        static_cast<qulonglong>(c.zeroCustomers));
    if (const auto& m = a.concentration.margin) {
        set(QStringLiteral("figNegativeMarginCustomers"), countWithShare(m->negativeCustomers, n),
            static_cast<qulonglong>(m->negativeCustomers));
        set(QStringLiteral("figZeroMarginCustomers"), countWithShare(m->zeroCustomers, n),
            static_cast<qulonglong>(m->zeroCustomers));
    } else {
        set(QStringLiteral("figNegativeMarginCustomers"), tr("no cost column"), QVariant());
        set(QStringLiteral("figZeroMarginCustomers"), tr("no cost column"), QVariant());
    }
    const QString currency = document_ ? toQString(document_->assessment().currency) : QString();
    set(QStringLiteral("figReturns"),
        a.summaries.returnsCounted
            ? QStringLiteral("%1  (%2)")
                  .arg(countText(a.summaries.returnLines),
                       moneyText(amountText(a.summaries.returnValue), currency))
            : tr("not counted by the database"),
        static_cast<qulonglong>(a.summaries.returnLines));
    set(QStringLiteral("figLeftOutOfSpendModel"), countText(a.model.customersLeftOutOfSpendModel),
        static_cast<qulonglong>(a.model.customersLeftOutOfSpendModel));
    const customers::RelationshipLevels& l = a.levels;
    const std::size_t purchasing = l.oneTime + l.repeat;
    set(QStringLiteral("figOneTime"), countWithShare(l.oneTime, purchasing),
        static_cast<qulonglong>(l.oneTime));
    set(QStringLiteral("figRepeat"), countWithShare(l.repeat, purchasing),
        static_cast<qulonglong>(l.repeat));
    set(QStringLiteral("figAdvanced"), countWithShare(l.advanced, purchasing),
        static_cast<qulonglong>(l.advanced));

    rfmGrid_->setScores(a.rfm);
    rfmGrid_->setValues(a.rfmValue);
    QString groups = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (std::size_t g = 0; g < customers::kRfmGroupCount; g += 2) {
        groups += QStringLiteral("<tr>");
        for (std::size_t k = g; k < g + 2; ++k) {
            if (k >= customers::kRfmGroupCount) break;
            const auto group = static_cast<customers::RfmGroup>(k);
            rfmGroupsLabel_->setProperty(
                ("group_" + std::string(customers::rfmGroupKey(group))).c_str(),
                static_cast<qulonglong>(a.rfm.groupCounts[k]));
            groups +=
                QStringLiteral(
                    "<td>%1</td><td align='right'>&nbsp;<b>%2</b>&nbsp;&nbsp;&nbsp;&nbsp;</td>")
                    .arg(rfmGroupText(group).toHtmlEscaped(), countText(a.rfm.groupCounts[k]));
        }
        groups += QStringLiteral("</tr>");
    }
    rfmGroupsLabel_->setText(groups + QStringLiteral("</table>"));
    histogram_->setValues(a.model.lifetimeValue,
                          tr("Predicted lifetime value, next %1 months").arg(s.options.months));
}

void CustomerDataPage::showModel(const CustomerDataSnapshot& s) {
    const customers::CustomerModel& m = s.analysis.model;
    modelDetails_->setProperty("bgnbdConverged", m.bgnbd.diagnostics.converged);
    modelDetails_->setProperty("bgnbdLogLikelihood", m.bgnbd.diagnostics.logLikelihood);
    modelDetails_->setProperty("gammaGammaConverged", m.gammaGamma.diagnostics.converged);
    modelDetails_->setProperty("gammaGammaLogLikelihood", m.gammaGamma.diagnostics.logLikelihood);
    modelDetails_->setText(modelDetailsHtml(m, s.options.period));
    const QString problems = modelProblemsHtml(m);
    modelBanner_->setText(problems);
    modelBanner_->setVisible(!problems.isEmpty());
}

void CustomerDataPage::updateButtons() {
    const bool busy = isBusy();
    importButton_->setEnabled(document_ && !document_->readOnly());
    databaseButton_->setEnabled(document_ && !busy);
    settingsButton_->setEnabled(document_ && !document_->readOnly());
    importButton_->setToolTip(document_ && document_->readOnly()
                                  ? tr("The document is open read-only")
                                  : tr("Import a CSV export of transaction lines"));
    const bool data = snapshot_ && snapshot_->hasData() && !busy;
    step4Button_->setEnabled(
        data && snapshot_->analysis.levels.oneTime + snapshot_->analysis.levels.repeat > 0);
    step6Button_->setEnabled(data && !snapshot_->analysis.segments.rows.empty());
}

void CustomerDataPage::openImportDialog() {
    if (!document_ || document_->readOnly()) return;
    if (importDialog_) {
        importDialog_->raise();
        importDialog_->activateWindow();
        return;
    }
    if (isBusy()) {  // the analysis reads the file; the import would have to wait for it to commit
        importPending_ = true;
        statusLabel_->setText(tr("The import opens as soon as the analysis is done…"));
        return;
    }
    auto* dialog = new TransactionImportDialog(*document_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    importDialog_ = dialog;
    auto imported = std::make_shared<bool>(false);
    connect(dialog, &TransactionImportDialog::transactionsImported, this, [this, imported] {
        *imported = true;
        stale_ = true;
        emit dataChanged();
    });
    connect(dialog, &QDialog::finished, this, [this, imported] {
        if (*imported) reload();  // once the dialog no longer writes to the document
    });
    dialog->open();
}

void CustomerDataPage::openDatabaseDialog() {
    if (!document_ || isBusy() || databaseDialog_) return;
    // With the document's calibration end: the server splits the histories for the holdout.
    databaseDialog_ = DatabaseAnalysisDialog::openFor(analysisOptionsOf(*document_), this);
    connect(databaseDialog_, &DatabaseAnalysisDialog::analysed, this, [this](const SnapshotPtr& s) {
        stale_ = false;
        showSnapshot(s);
        emit analysisUpdated();
    });
}

void CustomerDataPage::offerRelationshipLevels() {
    if (!snapshot_ || !snapshot_->hasData()) return;
    emit relationshipFiguresOffered(relationshipLevelFigures(snapshot_->analysis.levels));
}

void CustomerDataPage::offerSegments() {
    if (!snapshot_ || !snapshot_->hasData()) return;
    emit segmentFiguresOffered(segmentFigures(snapshot_->analysis.segments, snapshot_->hasCost));
}

}  // namespace crm::gui
