#include "gui/deliverables/report_content_page.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/common/scroll_page.h"
#include "gui/deliverables/cover_form.h"
#include "gui/deliverables/narrative_editor.h"
#include "gui/steps/entity_table_editor.h"

namespace crm::gui {

ReportContentPage::ReportContentPage(DocumentSession& session, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("reportContentPage"));
    auto* header = new QLabel(
        tr("<span style='font-size:large'><b>Report content</b></span><br>Your own words for "
           "the report's sections, its cover and who signs it off. The figures come from the "
           "steps."),
        this);
    header->setWordWrap(true);

    narrative_ = new NarrativeEditor(session);
    cover_ = new CoverForm(session);
    signOffs_ = new EntityTableEditor(session, *findDescriptor("signoff"));

    auto* coverTab = new QWidget;
    auto* coverLayout = new QVBoxLayout(coverTab);
    auto* coverTitle = new QLabel(tr("<b>Cover</b>"), coverTab);
    coverLayout->addWidget(coverTitle);
    coverLayout->addWidget(cover_);
    coverLayout->addSpacing(12);
    coverLayout->addWidget(signOffs_);
    coverLayout->addStretch(1);
    QScrollArea* coverScroll = wrapInScrollPage(coverTab);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("reportContentTabs"));
    tabs_->addTab(narrative_, tr("Section &texts"));
    tabs_->addTab(coverScroll, tr("C&over and sign-off"));
    connect(tabs_, &QTabWidget::currentChanged, this, &ReportContentPage::flushPending);
    for (QWidget* tab : {static_cast<QWidget*>(narrative_), static_cast<QWidget*>(coverScroll)})
        tab->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(tabs_, 1);
}

bool ReportContentPage::eventFilter(QObject* watched, QEvent* event) {
    // A tab going away with the cursor in it would pass the focus along the window's chain,
    // to the step list, which then opens a step. Park it on the tabs instead; the incoming tab
    // takes it from there.
    if (event->type() == QEvent::Hide && tabs_->isVisible())
        if (auto* tab = qobject_cast<QWidget*>(watched);
            tab && tab->isAncestorOf(QApplication::focusWidget()))
            tabs_->tabBar()->setFocus(Qt::OtherFocusReason);
    return QWidget::eventFilter(watched, event);
}

void ReportContentPage::flushPending() {
    narrative_->flushPending();
    cover_->flushPending();
}

}  // namespace crm::gui
