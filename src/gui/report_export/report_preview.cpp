#include "gui/report_export/report_preview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm::gui {

ReportPreview::ReportPreview(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("reportPreview"));
    document_ = new QPdfDocument(this);
    view_ = new QPdfView(this);
    view_->setObjectName(QStringLiteral("reportPreviewView"));
    view_->setDocument(document_);
    view_->setPageMode(QPdfView::PageMode::SinglePage);
    view_->setZoomMode(QPdfView::ZoomMode::FitInView);
    view_->setDocumentMargins(QMargins(8, 8, 8, 8));
    view_->setBackgroundRole(QPalette::Dark);

    previous_ = new QPushButton(tr("◀ &Previous page"), this);
    previous_->setObjectName(QStringLiteral("previousPageButton"));
    previous_->setShortcut(QKeySequence(Qt::Key_PageUp));
    next_ = new QPushButton(tr("&Next page ▶"), this);
    next_->setObjectName(QStringLiteral("nextPageButton"));
    next_->setShortcut(QKeySequence(Qt::Key_PageDown));
    pageLabel_ = new QLabel(this);
    pageLabel_->setObjectName(QStringLiteral("pageLabel"));
    pageLabel_->setAlignment(Qt::AlignCenter);
    connect(previous_, &QPushButton::clicked, this, [this] { showPage(page_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showPage(page_ + 1); });

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(previous_);
    navigation->addWidget(pageLabel_, 1);
    navigation->addWidget(next_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_, 1);
    layout->addLayout(navigation);
    refreshNavigation();
}

bool ReportPreview::load(const QString& pdfPath) {
    document_->close();
    page_ = 0;
    const bool ok = document_->load(pdfPath) == QPdfDocument::Error::None;
    if (ok) showPage(0);
    refreshNavigation();
    return ok;
}

void ReportPreview::clear() {
    document_->close();
    page_ = 0;
    refreshNavigation();
}

int ReportPreview::pageCount() const { return document_->pageCount(); }

int ReportPreview::currentPage() const { return page_; }

void ReportPreview::showPage(int page) {
    if (page < 0 || page >= pageCount()) return;
    page_ = page;
    view_->pageNavigator()->jump(page, QPointF(), view_->zoomFactor());
    refreshNavigation();
}

void ReportPreview::refreshNavigation() {
    const int pages = pageCount();
    previous_->setEnabled(pages > 0 && page_ > 0);
    next_->setEnabled(page_ + 1 < pages);
    pageLabel_->setText(pages > 0 ? tr("Page %1 of %2").arg(page_ + 1).arg(pages)
                                  : tr("No preview"));
}

}  // namespace crm::gui
