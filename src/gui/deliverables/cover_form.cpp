#include "gui/deliverables/cover_form.h"

#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "engine/deliverables/logo_image.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/style_sheet.h"
#include "gui/common/undo_key_routing.h"

namespace crm::gui {
namespace {

constexpr int kIdleMs = 700;
const QSize kPreviewSize(220, 90);

std::string textOf(const FieldDescriptor& field, const Entity& item) {
    const FieldValue value = field.get(item);
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : std::string();
}

}  // namespace

CoverForm::CoverForm(DocumentSession& session, QWidget* parent)
    : QWidget(parent), session_(session), kind_(*findDescriptor("cover")) {
    setObjectName(QStringLiteral("coverForm"));
    idle_ = new QTimer(this);
    idle_->setSingleShot(true);
    idle_->setInterval(kIdleMs);
    connect(idle_, &QTimer::timeout, this, &CoverForm::commitAll);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& field : kind_.fields) {
        if (field.hidden) continue;  // the logo has its own chooser below
        const QString key = toQString(field.key);
        auto* line = new QLineEdit(this);
        line->setObjectName(QStringLiteral("cover_%1").arg(key));
        connect(line, &QLineEdit::textEdited, idle_, qOverload<>(&QTimer::start));
        connect(line, &QLineEdit::editingFinished, this,
                [this, line, &field] { commit(field, line->text()); });
        routeUndoKeysToDocument(line, [this] { commitAll(); });
        auto* label = new QLabel(toQString(field.label) + QLatin1Char(':'), this);
        label->setBuddy(line);
        form->addRow(label, line);
        lines_.insert(key, line);
    }
    lines_.value(QStringLiteral("title"))
        ->setPlaceholderText(tr("e.g. CRM strategy review %1").arg(QDate::currentDate().year()));
    lines_.value(QStringLiteral("confidentiality"))
        ->setPlaceholderText(tr("e.g. Confidential — board and CRM team only"));

    preview_ = new QLabel(tr("No logo"), this);
    preview_->setObjectName(QStringLiteral("coverLogoPreview"));
    preview_->setFixedSize(kPreviewSize);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setFrameShape(QFrame::StyledPanel);
    choose_ = new QPushButton(tr("Choose &logo…"), this);
    choose_->setObjectName(QStringLiteral("coverChooseLogo"));
    choose_->setToolTip(tr("A PNG or JPEG file of at most 2 MB; it is kept inside the document"));
    remove_ = new QPushButton(tr("Remove lo&go"), this);
    remove_->setObjectName(QStringLiteral("coverRemoveLogo"));
    for (auto* button : {choose_, remove_}) button->setAutoDefault(false);
    connect(choose_, &QPushButton::clicked, this, &CoverForm::chooseLogo);
    connect(remove_, &QPushButton::clicked, this, &CoverForm::removeLogo);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose_);
    logoButtons->addWidget(remove_);
    logoButtons->addStretch(1);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(preview_);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);
    form->addRow(tr("Logo:"), logoRow);

    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("coverError"));
    markRole(error_, "error");
    error_->setWordWrap(true);
    error_->setTextFormat(Qt::PlainText);
    error_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(error_);

    connect(&session_, &DocumentSession::aboutToReset, this, &CoverForm::flushPending);
    connect(&session_, &DocumentSession::documentReset, this, &CoverForm::load);
    connect(&session_, &DocumentSession::fieldChanged, this,
            [this](const QString& kindName, const QString&, const QString&) {
                if (kindName == toQString(kind_.kind) && !committing_) load();
            });
    load();
}

void CoverForm::flushPending() {
    if (idle_->isActive()) commitAll();
}

void CoverForm::commitAll() {
    idle_->stop();
    for (const auto& field : kind_.fields)
        if (QLineEdit* line = lines_.value(toQString(field.key))) commit(field, line->text());
}

void CoverForm::commit(const FieldDescriptor& field, const QString& text) {
    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    if (loading_ || !cycle || session_.document().readOnly()) return;
    const std::string value = toStd(text.trimmed());
    if (textOf(field, kind_.at(*cycle, 0)) == value) return;
    const QScopedValueRollback<bool> guard(committing_, true);
    auto* command = new SetFieldCommand(session_, kind_, cycle->id, field, FieldValue{value});
    command->setMergeable(!field.hidden);  // a burst of typing is one step; a logo is its own
    session_.undoStack()->push(command);
}

void CoverForm::chooseLogo() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the logo for the report cover"), QString(),
                                     tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty()) useLogoFile(path);
}

bool CoverForm::useLogoFile(const QString& path) {
    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    if (!cycle) return false;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read %1: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > static_cast<qint64>(deliverables::kMaxLogoBytes)) {
        showError(tr("%1 is %2 KB; a logo may be at most %3 KB. Save a smaller copy and try again.")
                      .arg(name)
                      .arg(file.size() / 1024)
                      .arg(deliverables::kMaxLogoBytes / 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::string why;
    const auto uri =
        deliverables::encodeLogo({reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  static_cast<std::size_t>(bytes.size())},
                                 &why);
    if (!uri) {
        showError(tr("%1 cannot be the logo: %2").arg(name, QString::fromStdString(why)));
        return false;
    }
    error_->hide();
    commit(*kind_.field("logo"), QString::fromStdString(*uri));
    load();
    return true;
}

void CoverForm::removeLogo() {
    error_->hide();
    commit(*kind_.field("logo"), QString());
    load();
}

void CoverForm::showError(const QString& message) {
    error_->setText(message);
    error_->show();
}

void CoverForm::load() {
    const Cycle* cycle = session_.isOpen() ? session_.cycle() : nullptr;
    const QScopedValueRollback<bool> guard(loading_, true);
    for (const auto& field : kind_.fields)
        if (QLineEdit* line = lines_.value(toQString(field.key))) {
            const QString stored =
                cycle ? toQString(textOf(field, kind_.at(*cycle, 0))) : QString();
            if (line->text().trimmed() != stored) line->setText(stored);
        }
    const std::string uri = cycle ? textOf(*kind_.field("logo"), kind_.at(*cycle, 0)) : "";
    std::string why;
    const auto logo = deliverables::decodeLogo(uri, &why);
    QImage image;
    if (logo) image.loadFromData(logo->bytes.data(), static_cast<int>(logo->bytes.size()));
    if (!image.isNull()) {
        preview_->setPixmap(QPixmap::fromImage(image.scaled(
            kPreviewSize - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        preview_->setToolTip(tr("%1 × %2 pixels").arg(logo->width).arg(logo->height));
    } else {
        preview_->setPixmap({});
        preview_->setText(uri.empty() ? tr("No logo") : tr("The stored logo cannot be shown"));
        preview_->setToolTip(QString::fromStdString(why));
    }
    const bool editable = cycle && !session_.document().readOnly();
    for (QLineEdit* line : lines_) line->setReadOnly(!editable);
    choose_->setEnabled(editable);
    remove_->setEnabled(editable && !uri.empty());
    setEnabled(cycle != nullptr);
}

}  // namespace crm::gui
