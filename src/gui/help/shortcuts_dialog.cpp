#include "gui/help/shortcuts_dialog.h"
#include "gui/common/screen_room.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm::gui {

namespace {

QString keysText(const QAction& action) {
    QStringList keys;
    for (const QKeySequence& key : action.shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QObject::tr(" or "));
}

void collectMenu(const QMenu& menu, const QString& place, QVector<ShortcutEntry>& out,
                 QSet<const QAction*>& seen) {
    for (const QAction* action : menu.actions()) {
        if (action->isSeparator()) continue;
        if (const QMenu* sub = action->menu()) {
            collectMenu(*sub, place + QStringLiteral(" › ") + plainActionText(sub->title()), out,
                        seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action)) continue;
        seen.insert(action);
        out.push_back({place, plainActionText(action->text()), keysText(*action)});
    }
}

}  // namespace

QString plainActionText(const QString& text) {
    QString plain;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&')) plain += text[++i];
            continue;  // a lone & marks the Alt key of a menu entry
        }
        plain += text[i];
    }
    for (const QString& dots : {QStringLiteral("…"), QStringLiteral("...")})
        if (plain.endsWith(dots)) plain.chop(dots.size());
    return plain.trimmed();
}

QVector<ShortcutEntry> windowShortcuts(const QMainWindow& window) {
    QVector<ShortcutEntry> out;
    QSet<const QAction*> seen;
    for (const QAction* top : window.menuBar()->actions())
        if (const QMenu* menu = top->menu())
            collectMenu(*menu, plainActionText(menu->title()), out, seen);
    // Keys that belong to a page or panel (the vote grid, the report preview...) and window
    // keys that have no menu entry.
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action)) continue;
        seen.insert(action);
        out.push_back(
            {QObject::tr("Pages and panels"), plainActionText(action->text()), keysText(*action)});
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow& window) : QDialog(&window) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QVector<ShortcutEntry> entries = windowShortcuts(window);

    filter_ = new QLineEdit;
    filter_->setObjectName(QStringLiteral("shortcutFilter"));
    filter_->setPlaceholderText(tr("Type to find an action or a key"));
    filter_->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("&Find:"));
    label->setBuddy(filter_);

    table_ = new QTableWidget(static_cast<int>(entries.size()), 3);
    table_->setObjectName(QStringLiteral("shortcutTable"));
    table_->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    for (int row = 0; row < entries.size(); ++row) {
        table_->setItem(row, 0, new QTableWidgetItem(entries[row].place));
        table_->setItem(row, 1, new QTableWidgetItem(entries[row].action));
        table_->setItem(row, 2, new QTableWidgetItem(entries[row].keys));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
    connect(filter_, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(label);
    findRow->addWidget(filter_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(table_, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(*this, QSize(720, 560));
}

void ShortcutsDialog::filter(const QString& text) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; column < 3 && !match; ++column)
            match = table_->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        table_->setRowHidden(row, !match);
    }
}

}  // namespace crm::gui
