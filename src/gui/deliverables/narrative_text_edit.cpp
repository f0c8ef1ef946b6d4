#include "gui/deliverables/narrative_text_edit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>

namespace crm::gui {

NarrativeTextEdit::NarrativeTextEdit(QWidget* parent) : QTextEdit(parent) {
    setObjectName(QStringLiteral("narrativeText"));
    setAutoFormatting(QTextEdit::AutoBulletList);
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);  // undo is the document's (see undo_key_routing.h)
}

NarrativeTextEdit::Format NarrativeTextEdit::formatKey(const QKeyEvent& key) {
    const auto mods = key.modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier) {
        if (key.key() == Qt::Key_B) return Format::Bold;
        if (key.key() == Qt::Key_I) return Format::Italic;
    }
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        // Shift+8 is "*" and Shift+7 is "&" on a US keyboard; either may arrive.
        if (key.key() == Qt::Key_8 || key.key() == Qt::Key_Asterisk) return Format::Bullets;
        if (key.key() == Qt::Key_7 || key.key() == Qt::Key_Ampersand) return Format::Numbers;
    }
    return Format::None;
}

bool NarrativeTextEdit::event(QEvent* event) {
    // Ctrl+I is also the window's "Import JSON": in this field it means italic.
    if (event->type() == QEvent::ShortcutOverride &&
        formatKey(*static_cast<QKeyEvent*>(event)) != Format::None) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void NarrativeTextEdit::keyPressEvent(QKeyEvent* event) {
    switch (formatKey(*event)) {
        case Format::Bold:
            return toggleBold();
        case Format::Italic:
            return toggleItalic();
        case Format::Bullets:
            return toggleList(QTextListFormat::ListDisc);
        case Format::Numbers:
            return toggleList(QTextListFormat::ListDecimal);
        case Format::None:
            break;
    }
    QTextEdit::keyPressEvent(event);
}

void NarrativeTextEdit::toggleBold() {
    QTextCharFormat format;
    format.setFontWeight(fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    mergeCurrentCharFormat(format);
}

void NarrativeTextEdit::toggleItalic() {
    QTextCharFormat format;
    format.setFontItalic(!fontItalic());
    mergeCurrentCharFormat(format);
}

void NarrativeTextEdit::toggleList(QTextListFormat::Style style) {
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    QTextList* list = cursor.currentList();
    if (list && list->format().style() == style) {  // the same list again: back to paragraphs
        QTextBlock block = document()->findBlock(cursor.selectionStart());
        const QTextBlock last = document()->findBlock(cursor.selectionEnd());
        while (block.isValid()) {
            if (QTextList* own = block.textList()) own->remove(block);
            QTextCursor at(block);
            QTextBlockFormat plain = at.blockFormat();
            plain.setIndent(0);
            at.setBlockFormat(plain);
            if (block == last) break;
            block = block.next();
        }
    } else if (list) {  // the other kind of list: same items, other marks
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
}

void NarrativeTextEdit::insertFromMimeData(const QMimeData* source) {
    if (source->hasText()) insertPlainText(source->text());
}

}  // namespace crm::gui
