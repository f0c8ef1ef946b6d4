#include "gui/deliverables/narrative_editor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QTextList>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/undo_key_routing.h"
#include "gui/deliverables/narrative_text_edit.h"

namespace crm::gui {
namespace {

std::string textOf(const FieldDescriptor& field, const Entity& item) {
    const FieldValue value = field.get(item);
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : std::string();
}

// What the field holds as the stored Markdown subset; empty when only blanks were typed.
// Qt pads numbered items ("1.  Listen"); the file gets the plain "1. Listen".
std::string markdownOf(const NarrativeTextEdit& edit) {
    if (edit.document()->toPlainText().trimmed().isEmpty()) return {};
    static const QRegularExpression paddedNumber(QStringLiteral("^( *\\d+[.)])  +"),
                                                 QRegularExpression::MultilineOption);
    return toStd(
        edit.document()->toMarkdown().trimmed().replace(paddedNumber, QStringLiteral("\\1 ")));
}

}  // namespace

NarrativeEditor::NarrativeEditor(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session), kind_(*findDescriptor("narrative")) {
    setObjectName(QStringLiteral("narrativeEditor"));
    partField_ = kind_.field("part");
    textField_ = kind_.field("text");

    sections_ = new QListWidget(this);
    sections_->setObjectName(QStringLiteral("narrativeSections"));
    for (std::size_t i = 0; i < partField_->choiceKeys.size(); ++i) {
        auto* item = new QListWidgetItem(toQString(partField_->choiceLabels[i]), sections_);
        item->setData(PartRole, toQString(partField_->choiceKeys[i]));
    }
    sections_->setMaximumWidth(sections_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    auto* sectionsLabel = new QLabel(tr("&Sections"), this);
    sectionsLabel->setBuddy(sections_);

    text_ = new NarrativeTextEdit(this);
    text_->setPlaceholderText(
        tr("Your words for this section of the report. They appear in the report above the "
           "generated figures. Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 bullets, Ctrl+Shift+7 "
           "numbers."));
    text_->installEventFilter(this);
    routeUndoKeysToDocument(text_, [this] { commit(); });

    bold_ = makeButton(tr("Bold"), tr("Bold (Ctrl+B)"), "narrativeBold");
    QFont boldFont = bold_->font();
    boldFont.setBold(true);
    bold_->setFont(boldFont);
    italic_ = makeButton(tr("Italic"), tr("Italic (Ctrl+I)"), "narrativeItalic");
    QFont italicFont = italic_->font();
    italicFont.setItalic(true);
    italic_->setFont(italicFont);
    bullets_ = makeButton(tr("• List"),
                          tr("Bullet list (Ctrl+Shift+8, or * and a space at the "
                             "start of a line)"),
                          "narrativeBullets");
    numbers_ = makeButton(tr("1. List"), tr("Numbered list (Ctrl+Shift+7)"), "narrativeNumbers");
    connect(bold_, &QToolButton::clicked, text_, &NarrativeTextEdit::toggleBold);
    connect(italic_, &QToolButton::clicked, text_, &NarrativeTextEdit::toggleItalic);
    connect(bullets_, &QToolButton::clicked, text_,
            [this] { text_->toggleList(QTextListFormat::ListDisc); });
    connect(numbers_, &QToolButton::clicked, text_,
            [this] { text_->toggleList(QTextListFormat::ListDecimal); });
    auto showFormat = [this] {
        bold_->setChecked(text_->fontWeight() >= QFont::Bold);
        italic_->setChecked(text_->fontItalic());
        const QTextList* list = text_->textCursor().currentList();
        bullets_->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
        numbers_->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
    };
    connect(text_, &QTextEdit::currentCharFormatChanged, this, showFormat);
    connect(text_, &QTextEdit::cursorPositionChanged, this, showFormat);

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    for (auto* button : {bold_, italic_, bullets_, numbers_}) tools->addWidget(button);
    tools->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addLayout(tools);
    right->addWidget(text_, 1);
    auto* left = new QVBoxLayout;
    left->addWidget(sectionsLabel);
    left->addWidget(sections_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    idle_ = new QTimer(this);
    idle_->setObjectName(QStringLiteral("narrativeIdleTimer"));
    idle_->setSingleShot(true);
    idle_->setInterval(kIdleMs);
    connect(idle_, &QTimer::timeout, this, &NarrativeEditor::commit);
    connect(text_, &QTextEdit::textChanged, this, [this] {
        if (!loading_) idle_->start();  // restarts: one write when the typing pauses
    });
    connect(sections_, &QListWidget::currentRowChanged, this, &NarrativeEditor::onSectionChanged);
    connect(&session_, &DocumentSession::aboutToReset, this, &NarrativeEditor::flushPending);
    connect(&session_, &DocumentSession::documentReset, this,
            [this] { onDocumentChanged(toQString(kind_.kind)); });
    connect(&session_, &DocumentSession::listChanged, this,
            [this](const QString& kindName, int) { onDocumentChanged(kindName); });
    connect(&session_, &DocumentSession::fieldChanged, this,
            [this](const QString& kindName, const QString&, const QString&) {
                onDocumentChanged(kindName);
            });
    sections_->setCurrentRow(0);
}

QToolButton* NarrativeEditor::makeButton(const QString& text, const QString& tip,
                                         const char* name) {
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(QString::fromLatin1(name));
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus);  // the cursor stays in the text
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void NarrativeEditor::selectPart(const QString& partKey) {
    for (int row = 0; row < sections_->count(); ++row)
        if (sections_->item(row)->data(PartRole).toString() == partKey)
            sections_->setCurrentRow(row);
}

const Entity* NarrativeEditor::findNarrative(const Cycle& cycle, const QString& partKey) const {
    const std::string key = toStd(partKey);
    for (std::size_t i = 0; i < kind_.count(cycle); ++i)
        if (textOf(*partField_, kind_.at(cycle, i)) == key) return &kind_.at(cycle, i);
    return nullptr;
}

bool NarrativeEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == text_ && event->type() == QEvent::FocusOut) commit();
    return QWidget::eventFilter(watched, event);
}

void NarrativeEditor::flushPending() {
    if (idle_->isActive()) commit();
}

void NarrativeEditor::commit() {
    idle_->stop();
    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    if (loading_ || committing_ || part_.isEmpty() || !cycle || session_.document().readOnly())
        return;
    const QScopedValueRollback<bool> guard(committing_, true);
    const std::string markdown = markdownOf(*text_);
    const Entity* existing = findNarrative(*cycle, part_);
    QUndoStack& stack = *session_.undoStack();
    if (markdown.empty()) {
        if (existing) stack.push(new RemoveItemCommand(session_, kind_, existing->id));
    } else if (!existing) {
        EntityRecord record;
        for (const auto& field : kind_.fields)
            record.values.push_back(&field == partField_   ? FieldValue{toStd(part_)}
                                    : &field == textField_ ? FieldValue{markdown}
                                                           : FieldValue{});
        stack.push(new InsertItemCommand(session_, kind_, kind_.count(*cycle), record));
    } else if (textOf(*textField_, *existing) != markdown) {
        auto* command = new SetFieldCommand(session_, kind_, existing->id, *textField_, markdown);
        command->setMergeable(true);  // one undo step for a burst of typing
        stack.push(command);
    }
    refreshMarks();
}

void NarrativeEditor::onSectionChanged() {
    commit();  // the text typed so far belongs to the section it was typed in
    const QListWidgetItem* item = sections_->currentItem();
    part_ = item ? item->data(PartRole).toString() : QString();
    loadCurrent();
}

void NarrativeEditor::onDocumentChanged(const QString& kindName) {
    if (kindName != toQString(kind_.kind) || committing_) return;
    idle_->stop();  // the document changed under the field (undo, another cycle): show it
    loadCurrent();
}

void NarrativeEditor::loadCurrent() {
    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    const Entity* existing = cycle ? findNarrative(*cycle, part_) : nullptr;
    const QString markdown = existing ? toQString(textOf(*textField_, *existing)) : QString();
    if (!existing || markdown != toQString(markdownOf(*text_))) {
        const QScopedValueRollback<bool> guard(loading_, true);
        text_->setMarkdown(markdown);
        text_->moveCursor(QTextCursor::End);
    }
    text_->setEnabled(cycle != nullptr);
    text_->setReadOnly(cycle && session_.document().readOnly());
    refreshMarks();
}

void NarrativeEditor::refreshMarks() {
    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    for (int row = 0; row < sections_->count(); ++row) {
        QListWidgetItem* item = sections_->item(row);
        const bool hasText = cycle && findNarrative(*cycle, item->data(PartRole).toString());
        if (item->data(HasTextRole).toBool() == hasText && item->data(HasTextRole).isValid())
            continue;
        item->setData(HasTextRole, hasText);
        const QString label = toQString(partField_->choiceLabels[static_cast<std::size_t>(row)]);
        item->setText(hasText ? QStringLiteral("✓ ") + label : QStringLiteral("    ") + label);
        QFont font = item->font();
        font.setBold(hasText);
        item->setFont(font);
        item->setToolTip(hasText ? tr("This section has your text") : tr("No text yet"));
    }
}

}  // namespace crm::gui
