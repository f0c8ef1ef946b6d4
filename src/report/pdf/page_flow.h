#pragma once
// The cursor that walks down the pages: where the next block goes, when a new page starts,
// and the running header and footer of every page. It runs twice over the same report: first
// without a painter to learn the page numbers (for the contents and "Page n of N"), then
// painting. Both runs take the same decisions, so the numbers match.
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <functional>

#include "report/pdf/pdf_style.h"

namespace crm::report::pdf {

struct RunningText {
    QString headerLeft;  // company and report
    QString footerLeft;  // report date
    bool draft = false;  // every page, the title page too, carries a DRAFT mark
};

class PageFlow {
  public:
    // painter == nullptr: measuring run, nothing is drawn. totalPages: 0 when not known yet.
    PageFlow(QPdfWriter& writer, QPainter* painter, const PdfStyle& style, RunningText running,
             int totalPages, std::function<void(int page)> onPage = {});

    QPainter* painter() const { return painter_; }
    QPaintDevice* device() const { return &writer_; }
    const PdfStyle& style() const { return style_; }

    int page() const { return page_; }  // 1-based number of the current page
    double left() const { return style_.marginLeft; }
    double width() const { return pageWidth_ - style_.marginLeft - style_.marginRight; }
    double pageWidth() const { return pageWidth_; }
    double pageHeight() const { return pageHeight_; }
    double top() const;     // first y of the content area of a decorated page
    double bottom() const;  // last y of the content area
    double contentHeight() const { return bottom() - top(); }

    double y = 0;  // where the next block starts
    double remaining() const { return bottom() - y; }

    // Starts a page. Decorated pages get the running header (with the section title) and footer.
    void startPage(bool decorated);
    void setSectionTitle(const QString& title) { sectionTitle_ = title; }
    // Starts a new page unless `height` still fits below y.
    void ensureSpace(double height);

  private:
    void drawDecorations();
    void drawDraftMark();

    QPdfWriter& writer_;
    QPainter* painter_;
    PdfStyle style_;
    RunningText running_;
    int totalPages_;
    std::function<void(int)> onPage_;
    double pageWidth_ = 0, pageHeight_ = 0;
    int page_ = 0;
    bool decorated_ = false;
    QString sectionTitle_;
};

}  // namespace crm::report::pdf
