#include "gui/steps/field_delegate.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

#include "gui/app/document_session.h"
#include "gui/common/date_line_edit.h"
#include "gui/common/local_format.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/field_text.h"

namespace crm::gui {

namespace {

// The cell of the EntityTableModel behind any proxy in front of it (the workshop pages' filtered
// lists): fields, cycle and edits are those of the model itself.
QModelIndex entityCell(QModelIndex index) {
    while (auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model()))
        index = proxy->mapToSource(index);
    return index;
}

const FieldDescriptor* fieldOf(const QModelIndex& index) {
    auto* model = qobject_cast<const EntityTableModel*>(index.model());
    if (!model) return nullptr;
    if (index.column() < 0 || index.column() >= model->columnCount()) return nullptr;
    return &model->fieldAt(index.column());  // hidden fields have no column
}

const Cycle* cycleOf(const QModelIndex& index) {
    auto* model = qobject_cast<const EntityTableModel*>(index.model());
    return model ? model->session().cycle() : nullptr;
}

}  // namespace

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& shownIndex) const {
    const QModelIndex index = entityCell(shownIndex);
    const FieldDescriptor* field = fieldOf(index);
    const Cycle* cycle = cycleOf(index);
    if (!field || !cycle) return QStyledItemDelegate::createEditor(parent, option, index);
    switch (field->type) {
        case FieldType::Choice: {
            auto* combo = new QComboBox(parent);
            for (std::size_t i = 0; i < field->choiceKeys.size(); ++i)
                combo->addItem(choiceText(field->choiceLabels[i]), toQString(field->choiceKeys[i]));
            return combo;
        }
        case FieldType::Reference: {
            auto* combo = new QComboBox(parent);
            combo->addItem(tr("(none)"), QString());
            for (const auto& option2 : referenceOptions(*cycle, field->refersTo))
                combo->addItem(option2.caption, option2.id);
            return combo;
        }
        case FieldType::ReferenceList: {
            auto* list = new QListWidget(parent);
            for (const auto& option2 : referenceOptions(*cycle, field->refersTo)) {
                auto* item = new QListWidgetItem(option2.caption, list);
                item->setData(Qt::UserRole, option2.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(Qt::Unchecked);
            }
            if (list->count() == 0) new QListWidgetItem(tr("(nothing to choose yet)"), list);
            list->setToolTip(tr("Space ticks an entry; Enter keeps the choice"));
            return list;
        }
        case FieldType::Date: {
            auto* edit = new DateLineEdit(parent);
            edit->setEmptyAllowed(true);  // an emptied cell has no date
            return edit;
        }
        case FieldType::LongText: {
            auto* text = new QPlainTextEdit(parent);
            text->setObjectName(QStringLiteral("paragraphEditor"));
            text->setTabChangesFocus(true);
            text->setToolTip(paragraphKeysHint());
            return text;
        }
        case FieldType::Integer:
            if (isRatingField(*field)) return makeRatingSpin(*field, parent);
            break;
        default:
            break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& shownIndex) const {
    const QModelIndex index = entityCell(shownIndex);
    const QString text = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
    } else if (auto* list = qobject_cast<QListWidget*>(editor)) {
        const QStringList ids = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < list->count(); ++i) {
            auto* item = list->item(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(ids.contains(item->data(Qt::UserRole).toString())
                                        ? Qt::Checked
                                        : Qt::Unchecked);
        }
        list->setCurrentRow(0);
    } else if (auto* date = qobject_cast<DateLineEdit*>(editor)) {
        // The date selected whole, so a date typed replaces it; an empty cell opens empty.
        date->setDate(QDate::fromString(text, Qt::ISODate));
        date->selectAll();
    } else if (auto* paragraph = qobject_cast<QPlainTextEdit*>(editor)) {
        paragraph->setPlainText(text);
        paragraph->moveCursor(QTextCursor::End);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        showRating(*spin, text);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& shownIndex) const {
    QModelIndex index = shownIndex;
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model)) {
        index = proxy->mapToSource(index);
        model = proxy->sourceModel();
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData().toString());
    } else if (auto* list = qobject_cast<QListWidget*>(editor)) {
        QStringList ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids << list->item(i)->data(Qt::UserRole).toString();
        model->setData(index, ids);
    } else if (auto* date = qobject_cast<DateLineEdit*>(editor)) {
        // A refused text (leaving the cell with "31.02.2026") changes nothing.
        if (date->commitText())
            model->setData(index,
                           date->date().isValid() ? date->date().toString(Qt::ISODate) : QString());
    } else if (auto* paragraph = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, paragraph->toPlainText());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        const auto rating = shownRating(*spin);
        model->setData(index, rating ? QVariant(*rating) : QVariant(QString()));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void FieldDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                         const QModelIndex& shownIndex) const {
    const QModelIndex index = entityCell(shownIndex);
    if (qobject_cast<QListWidget*>(editor)) {  // a check list needs room below the cell
        QRect r = option.rect;
        r.setWidth(std::max(r.width(), 260));
        r.setHeight(std::max(r.height() * 6, 140));
        editor->setGeometry(r);
        return;
    }
    if (qobject_cast<QPlainTextEdit*>(editor)) {  // room for a few lines of the paragraph
        QRect r = option.rect;
        r.setWidth(std::max(r.width(), 320));
        r.setHeight(std::max(r.height(), editor->fontMetrics().lineSpacing() * 5 + 12));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

QString FieldDelegate::paragraphKeysHint() {
    return tr("Enter keeps the text; Shift+Enter or Ctrl+Enter starts a new line; Esc cancels");
}

bool FieldDelegate::eventFilter(QObject* watched, QEvent* event) {
    // A date the editor refuses keeps the editor open (red frame) instead of committing.
    if (auto* date = qobject_cast<DateLineEdit*>(watched);
        date && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool commits = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab ||
                             key == Qt::Key_Backtab;
        if (commits && !date->commitText()) return true;
    }
    // In a paragraph Enter commits like in every other cell; a modified Enter is the new line.
    auto* text = qobject_cast<QPlainTextEdit*>(watched);
    if (text && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const auto mods = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (mods & (Qt::ShiftModifier | Qt::ControlModifier)) {
                text->insertPlainText(QStringLiteral("\n"));
            } else {
                emit const_cast<FieldDelegate*>(this)->commitData(text);
                emit const_cast<FieldDelegate*>(this)->closeEditor(text,
                                                                   QAbstractItemDelegate::NoHint);
            }
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

}  // namespace crm::gui
