#include "gui/welcome/welcome_page.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include "gui/app/main_window.h"
#include "gui/app/recent_files.h"
#include "gui/common/style_sheet.h"
#include "gui/welcome/sample_workshop_copy.h"
#include "ui_welcome_page.h"

namespace crm::gui {

namespace {

QListWidgetItem* recentItem(const QString& path) {
    const QFileInfo file(path);
    const bool missing = !file.exists();
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    auto* item =
        new QListWidgetItem(missing ? QObject::tr("%1 — not found\n%2").arg(file.fileName(), folder)
                                    : QStringLiteral("%1\n%2").arg(file.fileName(), folder));
    item->setData(kRecentPathRole, path);
    item->setData(kRecentMissingRole, missing);
    item->setToolTip(missing ? QObject::tr("%1\nThe file is not there any more: it may have been "
                                           "moved, renamed or deleted, or its drive is not "
                                           "connected.")
                                   .arg(QDir::toNativeSeparators(path))
                             : QDir::toNativeSeparators(path));
    return item;
}

}  // namespace

WelcomePage::WelcomePage(MainWindow& window, QWidget* parent)
    : QWidget(parent), window_(window), ui_(std::make_unique<Ui::WelcomePage>()) {
    ui_->setupUi(this);
    markRole(ui_->dropHint, "hint");
    auto trigger = [&window](const char* actionName) {
        if (auto* action = window.findChild<QAction*>(QLatin1String(actionName))) action->trigger();
    };
    connect(ui_->newButton, &QPushButton::clicked, this, [trigger] { trigger("actionNew"); });
    connect(ui_->openButton, &QPushButton::clicked, this, [trigger] { trigger("actionOpen"); });
    connect(ui_->sampleButton, &QPushButton::clicked, this,
            [this] { openSampleWorkshop(window_); });

    QListWidget* list = ui_->recentList;
    list->installEventFilter(this);
    connect(list, &QListWidget::itemActivated, this,
            [this, list](QListWidgetItem* item) { openRecent(list->row(item)); });
    connect(list, &QListWidget::itemSelectionChanged, this, &WelcomePage::selectionChanged);
    connect(ui_->openRecentButton, &QPushButton::clicked, this,
            [this] { openRecent(selectedRow()); });
    connect(ui_->removeRecentButton, &QPushButton::clicked, this,
            [this] { removeRecent(selectedRow()); });
    auto* removeAction = new QAction(tr("Remove from the list"), list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, [this] { removeRecent(selectedRow()); });
    list->addAction(removeAction);

    connect(&window.recentFiles(), &RecentFiles::changed, this, &WelcomePage::refreshRecent);
    refreshRecent();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::refreshRecent() {
    QListWidget* list = ui_->recentList;
    const int row = list->currentRow();
    list->clear();
    for (const QString& path : window_.recentFiles().paths()) {
        QListWidgetItem* item = recentItem(path);
        if (item->data(kRecentMissingRole).toBool())
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        list->addItem(item);
    }
    if (list->count() > 0) list->setCurrentRow(std::clamp(row, 0, list->count() - 1));
    const bool any = list->count() > 0;
    list->setVisible(any);
    ui_->recentLabel->setText(
        any ? tr("Recent &documents:")
            : tr("No documents opened yet: the ones you open are listed here."));
    selectionChanged();
}

int WelcomePage::selectedRow() const {
    const QListWidget* list = ui_->recentList;
    return list->currentItem() && list->currentItem()->isSelected() ? list->currentRow() : -1;
}

void WelcomePage::selectionChanged() {
    const QListWidgetItem* item = ui_->recentList->item(selectedRow());
    ui_->openRecentButton->setEnabled(item && !item->data(kRecentMissingRole).toBool());
    ui_->removeRecentButton->setEnabled(item != nullptr);
    ui_->openRecentButton->setVisible(ui_->recentList->count() > 0);
    ui_->removeRecentButton->setVisible(ui_->recentList->count() > 0);
}

bool WelcomePage::openRecent(int row) {
    const QListWidgetItem* item = ui_->recentList->item(row);
    if (!item) return false;
    const QString path = item->data(kRecentPathRole).toString();
    if (!QFileInfo::exists(path)) {
        window_.showMessage(tr("%1 is not there any more. Remove it from the list, or open the "
                               "document where it is now with Open….")
                                .arg(QDir::toNativeSeparators(path)));
        refreshRecent();
        return false;
    }
    return window_.openFile(path);
}

void WelcomePage::removeRecent(int row) {
    if (const QListWidgetItem* item = ui_->recentList->item(row))
        window_.recentFiles().remove(item->data(kRecentPathRole).toString());
}

bool WelcomePage::eventFilter(QObject* watched, QEvent* event) {
    // Enter opens the current entry even when it is not selected yet (QListWidget activates
    // only on a selected one on some styles).
    if (watched == ui_->recentList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openRecent(ui_->recentList->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace crm::gui
