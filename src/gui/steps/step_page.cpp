#include "gui/steps/step_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "engine/assessment/alignment.h"
#include "engine/assessment/relationship_scores.h"
#include "engine/model/validation.h"
#include "gui/app/document_session.h"
#include "gui/common/local_format.h"
#include "gui/common/radar_chart.h"
#include "gui/common/scroll_page.h"
#include "gui/steps/alignment_matrix_model.h"
#include "gui/steps/catalog_picker.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/singleton_form.h"
#include "gui/steps/step_titles.h"

namespace crm::gui {

StepPage::StepPage(DocumentSession& session, int step, QWidget* parent)
    : QWidget(parent), session_(session), step_(step) {
    setObjectName(QStringLiteral("step_%1").arg(step));
    auto* header =
        new QLabel(QStringLiteral("<span style='font-size:large'><b>%1. %2</b></span><br>%3")
                       .arg(step)
                       .arg(stepTitle(step).toHtmlEscaped(), stepSubtitle(step).toHtmlEscaped()),
                   this);
    header->setWordWrap(true);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    for (const auto* kind : entityDescriptors()) {
        if (kind->step != step) continue;
        if (kind->singleton) {
            auto* form = new SingletonForm(session_, *kind, content);
            forms_ << form;
            for (const auto& field : kind->fields)  // the first field the form shows
                if (!firstInput_ && !field.hidden) firstInput_ = form->editorFor(field.key);
            if (kind->kind == "relationship") {
                auto* row = new QHBoxLayout;
                row->addWidget(form, 3);
                row->addWidget(buildNpsPanel(), 1, Qt::AlignTop);
                column->addLayout(row);
            } else {
                column->addWidget(form);
            }
            continue;
        }
        if (kind->kind == "alignment") {  // edited through the matrix
            column->addWidget(buildAlignmentMatrix());
            continue;
        }
        auto* editor = new EntityTableEditor(session_, *kind, content);
        if (!firstInput_) firstInput_ = editor->view();
        if (kind->kind == "metric") addCatalogPicker(editor, QStringLiteral("metrics"));
        if (kind->kind == "attribute") addCatalogPicker(editor, QStringLiteral("attributes"));
        if (kind->kind == "capability") addCatalogPicker(editor, QStringLiteral("building_blocks"));
        column->addWidget(editor);
        // The radar under the table, at the size the report draws it (beside the table it was
        // too small to read).
        if (kind->kind == "capability")
            column->addWidget(new RadarChart(session_, content), 0, Qt::AlignHCenter);
    }
    column->addStretch(1);

    QScrollArea* scroll = wrapInScrollPage(content, this);
    scroll->setObjectName(QStringLiteral("scroll_step_%1").arg(step));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(scroll, 1);
}

void StepPage::flushPending() {
    for (auto* form : forms_) form->flushPending();
}

void StepPage::addCatalogPicker(EntityTableEditor* editor, const QString& catalogName) {
    QPushButton* button = editor->addCatalogButton(tr("From &catalog…"));
    const EntityDescriptor& kind = editor->model()->kind();
    connect(button, &QPushButton::clicked, this, [this, catalogName, &kind] {
        const Cycle* cycle = session_.cycle();
        if (!cycle) return;
        CatalogPicker picker(loadCatalog(catalogName), catalogKeysInUse(*cycle, kind), this);
        if (picker.exec() == QDialog::Accepted)
            addCatalogItems(session_, kind, picker.chosenItems());
    });
}

QWidget* StepPage::buildNpsPanel() {
    auto* panel = new QLabel;
    panel->setObjectName(QStringLiteral("npsPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setMargin(12);
    panel->setAlignment(Qt::AlignCenter);
    panel->setMinimumWidth(200);
    auto update = [this, panel] {
        const Cycle* cycle = session_.cycle();
        const auto nps =
            cycle ? assessment::scoreRelationship(*cycle, session_.assessment().profile).nps.value
                  : std::nullopt;
        panel->setText(
            nps ? tr("<div>Net Promoter Score</div><div style='font-size:xx-large'><b>%1</b></div>"
                     "<div>(promoters − detractors) ÷ all responses × 100</div>")
                      .arg(localNumber(QString::number(*nps, 'f', 1)))  // as the report writes it
                : tr("<div>Net Promoter Score</div><div style='font-size:xx-large'><b>–</b></div>"
                     "<div>Enter promoter, passive and detractor counts.</div>"));
        panel->setProperty("nps", nps ? QVariant(*nps) : QVariant());
    };
    connect(&session_, &DocumentSession::edited, panel, update);
    connect(&session_, &DocumentSession::documentReset, panel, update);
    panel->setWordWrap(true);
    update();
    return panel;
}

QWidget* StepPage::buildAlignmentMatrix() {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(
        tr("<b>KPIs (rows) × corporate objectives (columns)</b> — Space ticks a cell"), box);
    title->setWordWrap(true);  // longer in other languages: it wraps instead of widening the page
    auto* model = new AlignmentMatrixModel(session_, box);
    auto* view = new QTableView(box);
    view->setObjectName(QStringLiteral("view_alignment_matrix"));
    view->setModel(model);
    view->setTabKeyNavigation(false);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Objectives as narrow columns with wrapped headers, KPIs as rows with elided names.
    view->horizontalHeader()->setDefaultSectionSize(
        view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 11);
    view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setFixedHeight(view->fontMetrics().lineSpacing() * 4 + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setMaximumWidth(
        view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    view->verticalHeader()->setTextElideMode(Qt::ElideRight);
    view->setTextElideMode(Qt::ElideRight);
    auto fit = [view, model] {
        const int rows = std::clamp(model->rowCount(), 4, 16);
        view->setMinimumHeight(view->horizontalHeader()->height() +
                               rows * view->verticalHeader()->defaultSectionSize() +
                               view->horizontalScrollBar()->sizeHint().height() +
                               2 * view->frameWidth() + 4);
    };
    connect(model, &QAbstractItemModel::modelReset, view, fit);
    fit();
    title->setBuddy(view);
    if (!firstInput_) firstInput_ = view;
    auto* gaps = new QLabel(box);
    gaps->setObjectName(QStringLiteral("alignmentGaps"));
    gaps->setWordWrap(true);
    gaps->setTextFormat(Qt::RichText);
    auto update = [this, gaps] {
        const Cycle* cycle = session_.cycle();
        if (!cycle) return gaps->clear();
        const auto found = assessment::scoreAlignment(*cycle, session_.assessment().profile);
        QStringList lines;
        for (const auto& o : found.objectives)
            if (o.kpiIds.empty())
                lines << tr("Objective <b>%1</b> has no KPI.")
                             .arg(QString::fromStdString(o.name).toHtmlEscaped());
        for (const auto& k : found.kpis)
            if (k.objectiveIds.empty())
                lines << tr("KPI <b>%1</b> serves no objective.")
                             .arg(QString::fromStdString(k.name).toHtmlEscaped());
        gaps->setText(lines.isEmpty()
                          ? tr("Every objective has a KPI and every KPI serves an objective.")
                          : QStringLiteral("<span style='color:#a61b1b'>%1</span>")
                                .arg(lines.join(QStringLiteral("<br>"))));
        gaps->setProperty("gapCount", static_cast<int>(lines.size()));
    };
    connect(&session_, &DocumentSession::edited, gaps, update);
    connect(&session_, &DocumentSession::documentReset, gaps, update);
    update();
    layout->addWidget(title);
    layout->addWidget(view);
    layout->addWidget(gaps);
    return box;
}

}  // namespace crm::gui
