#include "gui/reset/reset_outward_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/common/scroll_page.h"
#include "gui/common/style_sheet.h"
#include "gui/reset/reset_measures_model.h"
#include "gui/reset/reset_milestones_model.h"
#include "gui/reset/reset_views.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"

namespace crm::gui {

namespace {

QComboBox* makeFilter(const QString& objectName,
                      const QList<std::pair<QString, QString>>& entries) {
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(QObject::tr("All"), QString());
    for (const auto& [label, key] : entries) combo->addItem(label, key);
    return combo;
}

int columnOf(const EntityDescriptor& kind, std::string_view key) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i)
        if (kind.fields[i].key == key) return static_cast<int>(i);
    return -1;
}

}  // namespace

ResetOutwardPanel::ResetOutwardPanel(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("resetOutward"));
    auto* intro = makeIntroLabel(tr(
        "<b>Phase 1 · Look outward.</b> Is the strategy creating the experiences, buying patterns "
        "and "
        "recommendations it aimed for? Compare this cycle with the last one and with the targets; "
        "type this year's KPI values and milestone actuals where they are missing. Look at both "
        "hard "
        "data and perception, at strategy and at tactic level."));

    kindFilter_ = makeFilter(QStringLiteral("measureKindFilter"),
                             {{tr("Objective (hard data)"), QStringLiteral("objective")},
                              {tr("Subjective (perception)"), QStringLiteral("subjective")}});
    levelFilter_ = makeFilter(QStringLiteral("measureLevelFilter"),
                              {{tr("Strategy level"), QStringLiteral("strategy")},
                               {tr("Tactic level"), QStringLiteral("tactic")}});
    auto* filters = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Kind:"));
    kindLabel->setBuddy(kindFilter_);
    auto* levelLabel = new QLabel(tr("&Level:"));
    levelLabel->setBuddy(levelFilter_);
    filters->addWidget(new QLabel(tr("<b>Show</b>")));
    filters->addWidget(kindLabel);
    filters->addWidget(kindFilter_);
    filters->addSpacing(12);
    filters->addWidget(levelLabel);
    filters->addWidget(levelFilter_);
    filters->addStretch(1);

    // Measures: relationship figures and KPIs, last cycle vs this cycle vs target.
    measures_ = new ResetMeasuresModel(session_, this);
    measures_->setObjectName(QStringLiteral("model_reset_measures"));
    filter_ = new MeasureFilterProxy(this);
    filter_->setSourceModel(measures_);
    measuresView_ = new QTableView;
    measuresView_->setObjectName(QStringLiteral("view_reset_measures"));
    measuresView_->setModel(filter_);
    setUpFigureTable(measuresView_);
    measuresView_->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    auto* measuresTitle =
        new QLabel(tr("<b>Measures</b> — this cycle against the last one and the target; "
                      "grey italic values are baselines still waiting for this year's figure"));
    measuresTitle->setWordWrap(true);
    measuresTitle->setBuddy(measuresView_);

    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("error_reset_measures"));
    markRole(error_, "error");
    error_->setWordWrap(true);
    error_->hide();

    // Last cycle's milestones with this year's actuals.
    milestones_ = new ResetMilestonesModel(session_, this);
    milestones_->setObjectName(QStringLiteral("model_reset_milestones"));
    milestonesView_ = new QTableView;
    milestonesView_->setObjectName(QStringLiteral("view_reset_milestones"));
    milestonesView_->setModel(milestones_);
    setUpFigureTable(milestonesView_);
    milestonesView_->setEditTriggers(measuresView_->editTriggers());
    onlyDue_ = new QCheckBox(tr("Only milestones &due by this cycle's assessment date"));
    onlyDue_->setObjectName(QStringLiteral("onlyDueMilestones"));
    onlyDue_->setChecked(true);
    milestoneSummary_ = new QLabel;
    milestoneSummary_->setObjectName(QStringLiteral("milestoneSummary"));
    auto* milestonesTitle =
        new QLabel(tr("<b>Last cycle's milestones</b> — type the actual reached by the due date"));
    milestonesTitle->setBuddy(milestonesView_);
    milestonesTitle->setWordWrap(true);  // longer in German: it wraps instead of widening the page
    auto* milestoneBar = new QHBoxLayout;
    milestoneBar->addWidget(onlyDue_);
    milestoneBar->addStretch(1);
    milestoneBar->addWidget(milestoneSummary_);

    // The facilitator's own outward observations (complaints, referrals, anything measured).
    observations_ = new EntityTableEditor(session_, *findDescriptor("outward"));
    keepEditorColumnWidths(observations_, {{"measure", 25},
                                           {"kind", 16},
                                           {"level", 12},
                                           {"last_year", 8},
                                           {"this_year", 8},
                                           {"target", 7},
                                           {"direction", 13}});

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    column->addWidget(intro);
    column->addLayout(filters);
    column->addWidget(measuresTitle);
    column->addWidget(measuresView_);
    column->addWidget(error_);
    column->addSpacing(6);
    column->addWidget(milestonesTitle);
    column->addLayout(milestoneBar);
    column->addWidget(milestonesView_);
    column->addWidget(observations_);
    column->addStretch(1);
    fillWithScrollPage(this, content)->setObjectName(QStringLiteral("scroll_reset_outward"));

    connect(kindFilter_, &QComboBox::currentIndexChanged, this, &ResetOutwardPanel::applyFilter);
    connect(levelFilter_, &QComboBox::currentIndexChanged, this, &ResetOutwardPanel::applyFilter);
    connect(observations_->model(), &QAbstractItemModel::modelReset, this,
            &ResetOutwardPanel::applyFilter);
    connect(observations_->model(), &QAbstractItemModel::dataChanged, this,
            &ResetOutwardPanel::applyFilter);
    connect(onlyDue_, &QCheckBox::toggled, milestones_, &ResetMilestonesModel::setOnlyDue);
    connect(milestones_, &ResetMilestonesModel::countsChanged, this,
            &ResetOutwardPanel::refreshSummary);
    for (auto* model : {static_cast<QAbstractItemModel*>(measures_),
                        static_cast<QAbstractItemModel*>(milestones_)}) {
        auto* view = model == measures_ ? measuresView_ : milestonesView_;
        const int maxRows = view == measuresView_ ? 10 : 8;
        connect(model, &QAbstractItemModel::modelReset, view, [view, maxRows] {
            fitColumnsStretching(view, 0);
            fitTableHeight(view, 3, maxRows);
        });
    }
    connect(filter_, &QAbstractItemModel::rowsRemoved, measuresView_,
            [this] { fitTableHeight(measuresView_, 3, 10); });
    connect(filter_, &QAbstractItemModel::rowsInserted, measuresView_,
            [this] { fitTableHeight(measuresView_, 3, 10); });
    connect(filter_, &QAbstractItemModel::layoutChanged, measuresView_,
            [this] { fitTableHeight(measuresView_, 3, 10); });
    auto showError = [this](const QString& message) {
        error_->setText(message);
        error_->show();
    };
    connect(measures_, &ResetMeasuresModel::editRejected, this, showError);
    connect(milestones_, &ResetMilestonesModel::editRejected, this, showError);
    connect(measures_, &ResetMeasuresModel::editAccepted, error_, &QLabel::hide);
    connect(milestones_, &ResetMilestonesModel::editAccepted, error_, &QLabel::hide);
    for (auto* view : {measuresView_, milestonesView_}) {
        fitColumnsStretching(view, 0);
        fitTableHeight(view, 3, view == measuresView_ ? 10 : 8);
    }
    refreshSummary();
    applyFilter();
}

void ResetOutwardPanel::applyFilter() {
    const QString kind = kindFilter_->currentData().toString();
    const QString level = levelFilter_->currentData().toString();
    filter_->setKind(kind);
    filter_->setLevel(level);
    fitTableHeight(measuresView_, 3, 10);
    // The observations table is the generic editor: its rows are hidden, not filtered.
    const EntityDescriptor& outward = *findDescriptor("outward");
    const int kindColumn = columnOf(outward, "kind"), levelColumn = columnOf(outward, "level");
    auto* model = observations_->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool kindOk =
            kind.isEmpty() || model->index(row, kindColumn).data(Qt::EditRole).toString() == kind;
        const bool levelOk = level.isEmpty() ||
                             model->index(row, levelColumn).data(Qt::EditRole).toString() == level;
        observations_->view()->setRowHidden(row, !(kindOk && levelOk));
    }
}

void ResetOutwardPanel::refreshSummary() {
    if (!milestones_->hasPreviousCycle()) {
        milestoneSummary_->setText(tr("No earlier cycle to compare with."));
        return;
    }
    milestoneSummary_->setText(tr("<span style='color:#1b6e1b'>%1 hit</span> · <span "
                                  "style='color:#a61b1b'>%2 missed</span>"
                                  " · %3 without an actual")
                                   .arg(milestones_->hitCount())
                                   .arg(milestones_->missedCount())
                                   .arg(milestones_->withoutActualCount()));
}

}  // namespace crm::gui
