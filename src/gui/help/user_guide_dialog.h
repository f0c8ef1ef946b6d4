#pragma once
// Help > User guide: docs/user-guide.md and its screenshots, compiled in as resources (the
// guide works offline and always matches the program). Sections are listed on the left, links
// between sections jump inside the guide, Ctrl+F finds text.
#include <QDialog>
#include <QHash>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace crm::gui {

// The anchor a heading gets, as on the project's web pages: "Run the workshop" ->
// "run-the-workshop" (lower case, punctuation dropped, spaces become hyphens).
QString headingAnchor(const QString& heading);

class UserGuideDialog : public QDialog {
    Q_OBJECT
  public:
    static QUrl guideUrl();

    explicit UserGuideDialog(QWidget& parent);
    QTextBrowser* browser() const { return browser_; }
    QStringList sectionAnchors() const { return anchors_.keys(); }
    // A link as written in the guide leads somewhere: a heading of the guide or a resource
    // compiled in. Web links count as resolved (they are not the guide's to check).
    bool linkResolves(const QString& href) const;
    bool scrollToSection(const QString& anchor);
    // Selects the next occurrence after the cursor, from the top again at the end.
    bool findNext(const QString& text);

  private:
    void indexHeadings();
    void fitImages();
    void openLink(const QUrl& url);

    QListWidget* contents_ = nullptr;
    QTextBrowser* browser_ = nullptr;
    QLineEdit* find_ = nullptr;
    QLabel* findResult_ = nullptr;
    QHash<QString, int> anchors_;  // anchor -> the heading's block number
};

}  // namespace crm::gui
