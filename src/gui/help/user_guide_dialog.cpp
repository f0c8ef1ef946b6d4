#include "gui/help/user_guide_dialog.h"
#include "gui/common/language.h"
#include "gui/common/screen_room.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace crm::gui {

namespace {

constexpr int kImageWidth = 640;  // screenshots are 1366 wide; shown smaller, clicked to enlarge

bool isWebLink(const QUrl& url) {
    return url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https") ||
           url.scheme() == QStringLiteral("mailto");
}

}  // namespace

QString headingAnchor(const QString& heading) {
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c.isSpace())
            anchor += QLatin1Char('-');
    }
    return anchor;
}

QUrl UserGuideDialog::guideUrl() {
    // docs/user-guide.de.md in German, when compiled in; it shares the English guide's images.
    return QUrl(QLatin1String("qrc") + localizedGuide(QStringLiteral(":/guide/user-guide.md")));
}

UserGuideDialog::UserGuideDialog(QWidget& parent) : QDialog(&parent) {
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide"));

    browser_ = new QTextBrowser;
    browser_->setObjectName(QStringLiteral("userGuideBrowser"));
    browser_->setOpenLinks(false);  // links between sections are ours to follow (openLink)
    browser_->setSource(guideUrl(), QTextDocument::MarkdownResource);
    connect(browser_, &QTextBrowser::anchorClicked, this, &UserGuideDialog::openLink);

    contents_ = new QListWidget;
    contents_->setObjectName(QStringLiteral("userGuideContents"));
    indexHeadings();
    fitImages();
    connect(contents_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        scrollToSection(item->data(Qt::UserRole).toString());
    });
    connect(contents_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        scrollToSection(item->data(Qt::UserRole).toString());
    });

    find_ = new QLineEdit;
    find_->setObjectName(QStringLiteral("userGuideFind"));
    find_->setPlaceholderText(tr("Find in the guide (Enter: next)"));
    find_->setClearButtonEnabled(true);
    findResult_ = new QLabel;
    auto* findLabel = new QLabel(tr("&Find:"));
    findLabel->setBuddy(find_);
    connect(find_, &QLineEdit::returnPressed, this, [this] { findNext(find_->text()); });
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, find_, [this] {
        find_->setFocus(Qt::ShortcutFocusReason);
        find_->selectAll();
    });
    addAction(findAction);
    auto* findNextAction = new QAction(this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    connect(findNextAction, &QAction::triggered, this, [this] { findNext(find_->text()); });
    addAction(findNextAction);

    auto* splitter = new QSplitter;
    splitter->addWidget(contents_);
    splitter->addWidget(browser_);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(find_, 1);
    findRow->addWidget(findResult_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(*this, QSize(1020, 700));
}

void UserGuideDialog::indexHeadings() {
    for (QTextBlock block = browser_->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0) continue;
        const QString anchor = headingAnchor(block.text());
        anchors_.insert(anchor, block.blockNumber());
        if (level == 2 || level == 3) {
            auto* item = new QListWidgetItem(level == 3 ? QStringLiteral("    ") + block.text()
                                                        : block.text());
            item->setData(Qt::UserRole, anchor);
            contents_->addItem(item);
        }
    }
}

void UserGuideDialog::fitImages() {
    // Markdown has no image size; full-size screenshots would need a sideways scroll.
    QTextDocument* document = browser_->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture(QStringLiteral(":") +
                                 browser_->source().resolved(QUrl(image.name())).path());
            if (picture.isNull() || picture.width() <= kImageWidth) continue;
            image.setWidth(kImageWidth);
            image.setHeight(kImageWidth * picture.height() / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

bool UserGuideDialog::linkResolves(const QString& href) const {
    const QUrl url = browser_->source().resolved(QUrl(href));
    if (isWebLink(url)) return true;
    if (url.scheme() != QStringLiteral("qrc")) return false;
    const bool inGuide = url.path() == guideUrl().path();
    if (!inGuide && !QFile::exists(QStringLiteral(":") + url.path())) return false;
    return !url.hasFragment() || (inGuide && anchors_.contains(url.fragment()));
}

bool UserGuideDialog::scrollToSection(const QString& anchor) {
    const auto found = anchors_.constFind(anchor);
    if (found == anchors_.cend()) return false;
    const QTextBlock block = browser_->document()->findBlockByNumber(*found);
    browser_->setTextCursor(QTextCursor(block));
    const QRectF place = browser_->document()->documentLayout()->blockBoundingRect(block);
    browser_->verticalScrollBar()->setValue(static_cast<int>(place.top()));
    return true;
}

bool UserGuideDialog::findNext(const QString& text) {
    if (text.isEmpty()) return false;
    bool found = browser_->find(text);
    if (!found) {  // from the top again
        browser_->moveCursor(QTextCursor::Start);
        found = browser_->find(text);
    }
    findResult_->setText(found ? QString() : tr("Not found"));
    return found;
}

void UserGuideDialog::openLink(const QUrl& url) {
    const QUrl target = browser_->source().resolved(url);
    if (isWebLink(target)) {
        QDesktopServices::openUrl(target);
    } else if (target.path() == guideUrl().path() && target.hasFragment()) {
        scrollToSection(target.fragment());
    } else if (QFile::exists(QStringLiteral(":") + target.path())) {
        // A screenshot or another file of the guide: shown at full size on its own.
        auto* viewer = new QTextBrowser(this);
        viewer->setWindowFlag(Qt::Window);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setWindowTitle(target.fileName());
        viewer->setHtml(QStringLiteral("<img src=\"%1\">").arg(target.toString()));
        resizeWithinScreen(*viewer, QSize(1380, 800));
        viewer->show();
    }
}

}  // namespace crm::gui
