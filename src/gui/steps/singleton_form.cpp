#include "gui/steps/singleton_form.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/local_format.h"
#include "gui/common/style_sheet.h"
#include "gui/steps/field_text.h"

namespace crm::gui {

namespace {
constexpr int kIdleMs = 600;
}

SingletonForm::SingletonForm(DocumentSession& session, const EntityDescriptor& kind,
                             QWidget* parent)
    : QWidget(parent), session_(session), kind_(kind) {
    setObjectName(QStringLiteral("form_%1").arg(toQString(kind.kind)));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const auto& field : kind.fields) {
        if (field.hidden) continue;  // kept in the file, edited elsewhere (a logo)
        QWidget* editor = makeEditor(field);
        auto* label = new QLabel(engineText("assessment", field.label) + QLatin1Char(':'), this);
        label->setBuddy(editor);
        form->addRow(label, editor);
    }
    outer->addLayout(form);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("error_%1").arg(toQString(kind.kind)));
    markRole(error_, "error");
    error_->setWordWrap(true);
    error_->hide();
    outer->addWidget(error_);

    connect(&session_, &DocumentSession::documentReset, this, &SingletonForm::loadAll);
    connect(&session_, &DocumentSession::fieldChanged, this,
            [this](const QString& kindName, const QString&, const QString& fieldKey) {
                if (kindName != toQString(kind_.kind)) return;
                if (const auto* f = kind_.field(toStd(fieldKey))) loadField(*f);
            });
    loadAll();
}

QWidget* SingletonForm::editorFor(std::string_view fieldKey) const {
    return editors_.value(toQString(fieldKey), nullptr);
}

QWidget* SingletonForm::makeEditor(const FieldDescriptor& field) {
    const QString key = toQString(field.key);
    QWidget* editor = nullptr;
    if (field.type == FieldType::LongText) {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(text->fontMetrics().lineSpacing() * 3 + 12);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5 + 12);
        auto* timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(kIdleMs);
        idleTimers_.insert(key, timer);
        connect(timer, &QTimer::timeout, this, [this, &field] { commitLongText(field); });
        connect(text, &QPlainTextEdit::textChanged, this, [this, timer] {
            if (!loading_) timer->start();
        });
        text->installEventFilter(this);
        editor = text;
    } else if (isRatingField(field)) {
        auto* spin = makeRatingSpin(field, this);
        connect(spin, &QSpinBox::valueChanged, this, [this, spin, &field] {
            if (loading_) return;
            const auto rating = shownRating(*spin);
            commit(field, rating ? FieldValue{std::int64_t{*rating}} : FieldValue{});
        });
        editor = spin;
    } else {
        auto* line = new QLineEdit(this);
        if (field.type == FieldType::Date) line->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        // Numbers commit as you type when they parse (so live figures follow); every edit
        // commits on Enter and focus-out.
        auto commitLine = [this, line, &field] { commit(field, FieldValue{toStd(line->text())}); };
        connect(line, &QLineEdit::editingFinished, this, commitLine);
        if (field.type == FieldType::Integer || field.type == FieldType::Real) {
            connect(line, &QLineEdit::textEdited, this, [this, line, &field] {
                if (coerceValue(field, FieldValue{toStd(line->text())}).error.empty())
                    commit(field, FieldValue{toStd(line->text())}, true);
            });
        }
        editor = line;
    }
    editor->setObjectName(QStringLiteral("field_%1_%2").arg(toQString(kind_.kind), key));
    editors_.insert(key, editor);
    return editor;
}

bool SingletonForm::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut)
        for (const auto& field : kind_.fields)
            if (editors_.value(toQString(field.key)) == watched) commitLongText(field);
    return QWidget::eventFilter(watched, event);
}

void SingletonForm::flushPending() {
    for (const auto& field : kind_.fields)
        if (auto* timer = idleTimers_.value(toQString(field.key)); timer && timer->isActive())
            commitLongText(field);
}

void SingletonForm::commitLongText(const FieldDescriptor& field) {
    if (auto* timer = idleTimers_.value(toQString(field.key))) timer->stop();
    auto* text = qobject_cast<QPlainTextEdit*>(editorFor(field.key));
    if (text) commit(field, FieldValue{toStd(text->toPlainText())}, true);
}

void SingletonForm::commit(const FieldDescriptor& field, const FieldValue& input, bool typing) {
    const Cycle* cycle = session_.cycle();
    if (!cycle || loading_) return;
    CoerceResult checked = coerceValue(field, input);
    if (!checked.error.empty()) {
        error_->setText(tr("%1: %2 (kept the previous value)")
                            .arg(toQString(field.label), QString::fromStdString(checked.error)));
        error_->show();
        loadField(field);
        return;
    }
    error_->hide();
    if (field.get(kind_.at(*cycle, 0)) == checked.value) return;
    auto* command = new SetFieldCommand(session_, kind_, cycle->id, field, checked.value);
    command->setMergeable(typing);
    session_.undoStack()->push(command);
}

void SingletonForm::loadAll() {
    for (const auto& field : kind_.fields) loadField(field);
    setEnabled(session_.cycle() != nullptr);
}

void SingletonForm::loadField(const FieldDescriptor& field) {
    const Cycle* cycle = session_.cycle();
    QWidget* editor = editorFor(field.key);
    if (!editor) return;
    const FieldValue value = cycle ? field.get(kind_.at(*cycle, 0)) : FieldValue{};
    const QString text = editValue(field, value);
    loading_ = true;
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        if (plain->toPlainText() != text) plain->setPlainText(text);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        showRating(*spin, text);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        // Leave the text alone while someone types a number that means the same value.
        const bool same = coerceValue(field, FieldValue{toStd(line->text())}).value == value;
        if (!(line->hasFocus() && same) && line->text() != text) line->setText(text);
    }
    loading_ = false;
}

}  // namespace crm::gui
