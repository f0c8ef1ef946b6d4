#include "gui/steps/entity_table_editor.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/local_format.h"
#include "gui/common/style_sheet.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/field_delegate.h"

namespace crm::gui {

EntityTableEditor::EntityTableEditor(DocumentSession& session, const EntityDescriptor& kind,
                                     QWidget* parent)
    : QWidget(parent), session_(session), kind_(kind) {
    const QString kindName = toQString(kind.kind);
    setObjectName(QStringLiteral("table_%1").arg(kindName));
    model_ = new EntityTableModel(session, kind, this);
    model_->setObjectName(QStringLiteral("model_%1").arg(kindName));

    QString plural = toQString(kind.label);
    plural = plural.endsWith(QLatin1Char('y')) ? plural.chopped(1) + QStringLiteral("ies")
                                               : plural + QLatin1Char('s');
    // The engine's words, in the window's language when the text core has them.
    auto* title = new QLabel(
        QStringLiteral("<b>%1</b>").arg(engineText("assessment", plural).toHtmlEscaped()), this);
    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("view_%1").arg(kindName));
    view_->setModel(model_);
    view_->setItemDelegate(new FieldDelegate(view_));
    view_->setSelectionBehavior(QAbstractItemView::SelectItems);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    view_->setTabKeyNavigation(false);  // Tab leaves the table; arrows move between cells
    // Paragraph fields (a segment's treatment) wrap in taller rows, so the room can read them.
    for (const auto& f : kind.fields)
        if (f.type == FieldType::LongText) wrapsText_ = true;
    view_->setWordWrap(wrapsText_);
    if (wrapsText_) view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (wrapsText_) view_->setToolTip(FieldDelegate::paragraphKeysHint());
    view_->setAlternatingRowColors(true);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setMinimumSectionSize(60);
    view_->verticalHeader()->setDefaultSectionSize(tableRowHeight(view_, 10));
    view_->installEventFilter(this);
    title->setBuddy(view_);

    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("error_%1").arg(kindName));
    markRole(error_, "error");
    error_->setWordWrap(true);
    error_->hide();
    // Dates that contradict another field stay listed here until they are fixed.
    conflicts_ = new QLabel(this);
    conflicts_->setObjectName(QStringLiteral("conflicts_%1").arg(kindName));
    markRole(conflicts_, "error");
    conflicts_->setWordWrap(true);
    conflicts_->setTextFormat(Qt::PlainText);
    conflicts_->hide();

    buttonRow_ = new QWidget(this);
    auto* buttons = new QHBoxLayout(buttonRow_);
    buttons->setContentsMargins(0, 0, 0, 0);
    add_ = new QPushButton(tr("&Add"), buttonRow_);
    add_->setToolTip(tr("Add a row (Ctrl+Enter, or Enter on the last row)"));
    remove_ = new QPushButton(tr("Delete"), buttonRow_);
    remove_->setToolTip(tr("Delete the selected row (Delete); Ctrl+Z brings it back"));
    up_ = new QPushButton(tr("↑ Up"), buttonRow_);
    up_->setToolTip(tr("Move the selected row up (Alt+Up)"));
    down_ = new QPushButton(tr("↓ Down"), buttonRow_);
    down_->setToolTip(tr("Move the selected row down (Alt+Down)"));
    for (auto* b : {add_, remove_, up_, down_}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    add_->setObjectName(QStringLiteral("add_%1").arg(kindName));
    remove_->setObjectName(QStringLiteral("delete_%1").arg(kindName));
    up_->setObjectName(QStringLiteral("up_%1").arg(kindName));
    down_->setObjectName(QStringLiteral("down_%1").arg(kindName));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(title);
    layout->addWidget(view_);
    layout->addWidget(error_);
    layout->addWidget(conflicts_);
    layout->addWidget(buttonRow_);

    connect(add_, &QPushButton::clicked, this, &EntityTableEditor::addRow);
    connect(remove_, &QPushButton::clicked, this, &EntityTableEditor::removeCurrentRow);
    connect(up_, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(down_, &QPushButton::clicked, this, [this] { moveCurrentRow(+1); });
    connect(model_, &EntityTableModel::editRejected, this, [this](const QString& message) {
        error_->setText(message);
        error_->show();
    });
    connect(model_, &EntityTableModel::editAccepted, error_, &QLabel::hide);
    connect(model_, &EntityTableModel::rowsRebuilt, this, &EntityTableEditor::focusRow);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntityTableEditor::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        if (model_->rowCount() != sizedForRows_) fitColumns();
        connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &EntityTableEditor::updateButtons, Qt::UniqueConnection);
    });
    connect(model_, &QAbstractItemModel::dataChanged, this, &EntityTableEditor::updateConflicts);
    connect(model_, &QAbstractItemModel::modelReset, this, &EntityTableEditor::updateConflicts);
    fitColumns();
    fitHeight();
    updateButtons();
    updateConflicts();
}

void EntityTableEditor::updateConflicts() {
    const QStringList lines = model_->conflicts();
    conflicts_->setText(lines.join(QLatin1Char('\n')));
    conflicts_->setVisible(!lines.isEmpty());
}

void EntityTableEditor::fitColumns() {
    // Wide enough for the header and the usual content, never so wide that one long text
    // pushes the other columns out of sight (the full text is in the tooltip).
    sizedForRows_ = model_->rowCount();
    view_->resizeColumnsToContents();
    const int cap = view_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
    for (int c = 0; c < model_->columnCount(); ++c)
        view_->setColumnWidth(c, std::min(view_->columnWidth(c) + 8, cap));
}

QPushButton* EntityTableEditor::addCatalogButton(const QString& text) {
    auto* button = new QPushButton(text, buttonRow_);
    button->setObjectName(QStringLiteral("catalog_%1").arg(toQString(kind_.kind)));
    button->setAutoDefault(false);
    auto* layout = static_cast<QHBoxLayout*>(buttonRow_->layout());
    layout->insertWidget(1, button);
    setTabOrder(add_, button);
    setTabOrder(button, remove_);
    return button;
}

int EntityTableEditor::currentRow() const {
    const QModelIndex current = view_->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EntityTableEditor::addRow() {
    if (!session_.cycle()) return;
    const int row = currentRow();
    const std::size_t at =
        row < 0 ? kind_.count(*session_.cycle()) : static_cast<std::size_t>(row + 1);
    session_.undoStack()->push(new InsertItemCommand(session_, kind_, at));
    // Start typing into the first required text column of the new row.
    int column = 0;
    for (int c = 0; c < model_->columnCount(); ++c)
        if (const FieldDescriptor& f = model_->fieldAt(c);
            f.required && (f.type == FieldType::Text || f.type == FieldType::LongText)) {
            column = c;
            break;
        }
    const QModelIndex current = view_->currentIndex();
    if (current.isValid()) {
        const QModelIndex target = model_->index(current.row(), column);
        view_->setCurrentIndex(target);
        view_->setFocus();
        view_->edit(target);
    }
}

void EntityTableEditor::removeCurrentRow() {
    const int row = currentRow();
    if (row < 0) return;
    session_.undoStack()->push(new RemoveItemCommand(session_, kind_, model_->itemId(row)));
}

void EntityTableEditor::moveCurrentRow(int delta) {
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= model_->rowCount()) return;
    const int column = view_->currentIndex().column();
    session_.undoStack()->push(new MoveItemCommand(session_, kind_, model_->itemId(row),
                                                   static_cast<std::size_t>(row),
                                                   static_cast<std::size_t>(to)));
    view_->setCurrentIndex(model_->index(to, column));
}

void EntityTableEditor::focusRow(int row) {
    fitHeight();
    updateButtons();
    if (row < 0 || row >= model_->rowCount()) return;
    const int column = std::max(0, view_->currentIndex().column());
    view_->setCurrentIndex(model_->index(row, column));
}

void EntityTableEditor::updateButtons() {
    const int row = currentRow();
    const bool open = session_.cycle() != nullptr;
    add_->setEnabled(open);
    remove_->setEnabled(row >= 0);
    up_->setEnabled(row > 0);
    down_->setEnabled(row >= 0 && row + 1 < model_->rowCount());
}

void EntityTableEditor::fitHeight() {
    // Show every row up to fourteen (a full list fits at 1366x768), at least three, so short
    // lists leave room for the next table.
    const int rows = std::clamp(model_->rowCount() + 1, 3, 14);
    int rowsHeight = rows * view_->verticalHeader()->defaultSectionSize();
    if (wrapsText_) {
        view_->resizeRowsToContents();
        rowsHeight = view_->verticalHeader()->defaultSectionSize();  // room for one more row
        for (int r = 0; r < std::min(model_->rowCount(), 8); ++r) rowsHeight += view_->rowHeight(r);
        rowsHeight = std::max(rowsHeight, 3 * view_->verticalHeader()->defaultSectionSize());
    }
    const int height = view_->horizontalHeader()->sizeHint().height() + rowsHeight +
                       2 * view_->frameWidth() + view_->horizontalScrollBar()->sizeHint().height() +
                       4;
    view_->setMinimumHeight(height);
    view_->setMaximumHeight(height);
}

void EntityTableEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {  // projector mode: rows grow with the font
        view_->verticalHeader()->setDefaultSectionSize(tableRowHeight(view_, 10));
        fitColumns();
        fitHeight();
    }
}

bool EntityTableEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched != view_ || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    // Keys an open cell editor did not use bubble up to the view: they are not ours.
    if (QWidget* focus = QApplication::focusWidget();
        focus && focus != view_ && view_->isAncestorOf(focus))
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const auto mods = key->modifiers() & ~Qt::KeypadModifier;
    if (enter && mods == Qt::ControlModifier) {
        addRow();
        return true;
    }
    if (enter && mods == Qt::NoModifier) {
        const int row = currentRow();
        if (row < 0 || row == model_->rowCount() - 1)
            addRow();
        else
            view_->edit(view_->currentIndex());
        return true;
    }
    if (key->key() == Qt::Key_Delete && mods == Qt::NoModifier) {
        removeCurrentRow();
        return true;
    }
    if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && mods == Qt::AltModifier) {
        moveCurrentRow(key->key() == Qt::Key_Up ? -1 : +1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace crm::gui
