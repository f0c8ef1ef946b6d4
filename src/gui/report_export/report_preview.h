#pragma once
// A written PDF report, one page at a time: Previous / Next (Page Up / Page Down), the page
// number, and buttons that open the file or its folder with the desktop's own programs.
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace crm::gui {

class ReportPreview : public QWidget {
    Q_OBJECT
  public:
    explicit ReportPreview(QWidget* parent = nullptr);

    bool load(const QString& pdfPath);  // false when QtPdf cannot read the file
    void clear();
    int pageCount() const;
    int currentPage() const;  // 0-based
    void showPage(int page);

  private:
    void refreshNavigation();

    QPdfDocument* document_ = nullptr;
    QPdfView* view_ = nullptr;
    QPushButton* previous_ = nullptr;
    QPushButton* next_ = nullptr;
    QLabel* pageLabel_ = nullptr;
    int page_ = 0;
};

}  // namespace crm::gui
