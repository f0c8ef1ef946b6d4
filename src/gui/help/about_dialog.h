#pragma once
// Help > About: the version of this build, the product's licence and the libraries inside it
// with theirs.
#include <QDialog>

class QTextBrowser;

namespace crm::gui {

QString aboutHtml();

class AboutDialog : public QDialog {
    Q_OBJECT
  public:
    explicit AboutDialog(QWidget& parent);
    QTextBrowser* text() const { return text_; }

  private:
    QTextBrowser* text_ = nullptr;
};

}  // namespace crm::gui
