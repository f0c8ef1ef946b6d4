#include "gui/reset/cycle_comparison_page.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "engine/reset/baseline_cycle.h"
#include "gui/app/document_session.h"
#include "gui/reset/cycle_comparison_models.h"
#include "gui/reset/cycle_comparison_radar.h"
#include "gui/reset/reset_views.h"

namespace crm::gui {

namespace {

QTableView* makeView(const QString& objectName, QAbstractItemModel* model) {
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    setUpFigureTable(view);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

}  // namespace

CycleComparisonPage::CycleComparisonPage(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("cycleComparisonPage"));
    auto* title = new QLabel(tr("<span style='font-size:large'><b>Compare cycles</b></span>"));
    from_ = new QComboBox;
    from_->setObjectName(QStringLiteral("compareFrom"));
    to_ = new QComboBox;
    to_->setObjectName(QStringLiteral("compareTo"));
    auto* fromLabel = new QLabel(tr("Earl&ier:"));
    fromLabel->setBuddy(from_);
    auto* toLabel = new QLabel(tr("La&ter:"));
    toLabel->setBuddy(to_);
    auto* swap = new QPushButton(tr("⇄ Swa&p"));
    swap->setObjectName(QStringLiteral("compareSwap"));
    auto* copy = new QPushButton(tr("&Copy as text"));
    copy->setObjectName(QStringLiteral("compareCopy"));
    copy->setToolTip(tr("The comparison as plain text, as `crmw diff` prints it"));
    for (auto* b : {swap, copy}) b->setAutoDefault(false);
    auto* bar = new QHBoxLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(from_);
    bar->addWidget(toLabel);
    bar->addWidget(to_);
    bar->addWidget(swap);
    bar->addStretch(1);
    bar->addWidget(copy);

    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("compareSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);

    measures_ = new CycleMeasuresModel(this);
    measures_->setObjectName(QStringLiteral("model_compare_measures"));
    milestones_ = new CycleMilestonesModel(this);
    milestones_->setObjectName(QStringLiteral("model_compare_milestones"));
    items_ = new CycleItemChangesModel(this);
    items_->setObjectName(QStringLiteral("model_compare_items"));
    measuresView_ = makeView(QStringLiteral("view_compare_measures"), measures_);
    milestonesView_ = makeView(QStringLiteral("view_compare_milestones"), milestones_);
    itemsView_ = makeView(QStringLiteral("view_compare_items"), items_);
    radar_ = new CycleComparisonRadar;

    // The measures across the full width; under them the maturity radar beside the milestones
    // and the item changes.
    details_ = new QTabWidget;
    details_->setObjectName(QStringLiteral("compareDetails"));
    details_->setDocumentMode(true);
    details_->addTab(milestonesView_, tr("Milestones"));
    details_->addTab(itemsView_, tr("Items"));
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("compareBottomSplitter"));
    bottom->addWidget(radar_);
    bottom->addWidget(details_);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);
    bottom->setSizes({440, 380});  // the radar's names legible, the milestones' dates whole
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("compareSplitter"));  // the key its place is kept under
    split->addWidget(measuresView_);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({300, 320});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The title on its own line, so the choices fit a narrow window in longer languages too.
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);

    connect(from_, &QComboBox::activated, this, &CycleComparisonPage::refresh);
    connect(to_, &QComboBox::activated, this, &CycleComparisonPage::refresh);
    connect(swap, &QPushButton::clicked, this, &CycleComparisonPage::swapCycles);
    connect(copy, &QPushButton::clicked, this, &CycleComparisonPage::copyAsText);
    connect(&session_, &DocumentSession::documentReset, this, [this] {
        fillCycleLists();
        refresh();
    });
    connect(&session_, &DocumentSession::edited, this, [this] {
        if (isVisible())
            refresh();
        else
            stale_ = true;
    });
    fillCycleLists();
    compareWithPrevious();
}

void CycleComparisonPage::fillCycleLists() {
    const QString fromBefore = from_->currentData().toString(),
                  toBefore = to_->currentData().toString();
    for (auto* combo : {from_, to_}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const Cycle& c : session_.assessment().cycles)
            combo->addItem(QString::fromStdString(c.name), QString::fromStdString(c.id));
    }
    const int fromIndex = from_->findData(fromBefore), toIndex = to_->findData(toBefore);
    if (fromIndex >= 0 && toIndex >= 0) {
        from_->setCurrentIndex(fromIndex);
        to_->setCurrentIndex(toIndex);
    } else {
        compareWithPrevious();
    }
}

void CycleComparisonPage::compareWithPrevious() {
    const Cycle* now = session_.cycle();
    if (!now) {
        refresh();
        return;
    }
    const Cycle* last = reset::baselineCycleOf(session_.assessment(), *now);
    setCycles(last ? last->id : now->id, now->id);
}

void CycleComparisonPage::setCycles(const EntityId& fromId, const EntityId& toId) {
    const int fromIndex = from_->findData(QString::fromStdString(fromId));
    const int toIndex = to_->findData(QString::fromStdString(toId));
    if (fromIndex >= 0) from_->setCurrentIndex(fromIndex);
    if (toIndex >= 0) to_->setCurrentIndex(toIndex);
    refresh();
}

void CycleComparisonPage::swapCycles() {
    setCycles(toStd(to_->currentData().toString()), toStd(from_->currentData().toString()));
}

void CycleComparisonPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refresh();
}

void CycleComparisonPage::refresh() {
    stale_ = false;
    const EntityId fromId = toStd(from_->currentData().toString()),
                   toId = toStd(to_->currentData().toString());
    const Assessment& a = session_.assessment();
    comparison_.reset();
    if (a.findCycle(fromId) && a.findCycle(toId))
        comparison_ = reset::compareCycles(a, fromId, toId);
    const reset::CycleComparison empty;
    const reset::CycleComparison& c = comparison_ ? *comparison_ : empty;
    measures_->setComparison(c);
    milestones_->setComparison(c);
    items_->setComparison(c);
    radar_->setComparison(c);
    fitColumnsStretching(measuresView_, CycleMeasuresModel::Measure);
    fitColumnsStretching(milestonesView_, CycleMilestonesModel::Owner);
    fitTableColumns(itemsView_, 40);
    refreshSummary();
}

void CycleComparisonPage::refreshSummary() {
    if (!comparison_) {
        summary_->setText(tr("Open a document with at least two cycles to compare them."));
        details_->setTabText(0, tr("Milestones"));
        details_->setTabText(1, tr("Items"));
        return;
    }
    const auto& c = *comparison_;
    int better = 0, worse = 0, same = 0, up = 0, down = 0, added = 0, changed = 0, dropped = 0;
    for (const auto& m : c.measures) {
        better += m.movement == reset::Movement::Better;
        worse += m.movement == reset::Movement::Worse;
        same += m.movement == reset::Movement::Unchanged;
    }
    for (const auto& m : c.maturity) {
        up += m.delta && *m.delta > 0;
        down += m.delta && *m.delta < 0;
    }
    for (const auto& i : c.items) {
        added += i.change == reset::ChangeKind::Added;
        changed += i.change == reset::ChangeKind::Changed;
        dropped += i.change == reset::ChangeKind::Dropped;
    }
    QString text = tr("<b>%1 → %2</b>: measures <span style='color:#1b6e1b'>%3 better</span>, "
                      "<span style='color:#a61b1b'>%4 worse</span>, %5 unchanged · maturity up in "
                      "%6 and down in %7 "
                      "building blocks · milestones %8 hit, %9 missed, %10 without an actual · "
                      "items %11 added, %12 "
                      "changed, %13 dropped")
                       .arg(QString::fromStdString(c.fromName).toHtmlEscaped(),
                            QString::fromStdString(c.toName).toHtmlEscaped())
                       .arg(better)
                       .arg(worse)
                       .arg(same)
                       .arg(up)
                       .arg(down)
                       .arg(c.milestonesHit)
                       .arg(c.milestonesMissed)
                       .arg(c.milestonesWithoutActual)
                       .arg(added)
                       .arg(changed)
                       .arg(dropped);
    if (c.fromId == c.toId) text = tr("Choose two different cycles. ") + text;
    summary_->setText(text);
    details_->setTabText(0, tr("Milestones of %1 (%2)")
                                .arg(QString::fromStdString(c.fromName))
                                .arg(c.milestones.size()));
    details_->setTabText(1, tr("Items changed (%1)").arg(c.items.size()));
}

void CycleComparisonPage::copyAsText() {
    if (comparison_)
        QApplication::clipboard()->setText(
            QString::fromStdString(reset::formatComparisonText(*comparison_)));
}

}  // namespace crm::gui
