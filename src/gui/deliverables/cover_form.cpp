#include "gui/deliverables/cover_form.h"

#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QUndoStack>

#include "engine/deliverables/logo_image.h"
#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/undo_key_routing.h"
#include "ui_cover_form.h"

namespace crm::gui {
namespace {

constexpr int kIdleMs = 700;

std::string textOf(const FieldDescriptor& field, const Entity& item) {
    const FieldValue value = field.get(item);
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : std::string();
}

}  // namespace

CoverForm::CoverForm(DocumentSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      kind_(*findDescriptor("cover")),
      ui_(std::make_unique<Ui::CoverForm>()) {
    ui_->setupUi(this);
    idle_ = new QTimer(this);
    idle_->setSingleShot(true);
    idle_->setInterval(kIdleMs);
    connect(idle_, &QTimer::timeout, this, &CoverForm::commitAll);

    // The form has a line "cover_<key>" for each field the cover descriptor shows.
    for (const auto& field : kind_.fields) {
        if (field.hidden) continue;  // the logo has its own chooser
        const QString key = toQString(field.key);
        auto* line = findChild<QLineEdit*>(QStringLiteral("cover_%1").arg(key));
        Q_ASSERT_X(line, "CoverForm", "cover_form.ui lacks a line for a field of the cover");
        if (!line) continue;
        connect(line, &QLineEdit::textEdited, idle_, qOverload<>(&QTimer::start));
        connect(line, &QLineEdit::editingFinished, this,
                [this, line, &field] { commit(field, line->text()); });
        routeUndoKeysToDocument(line, [this] { commitAll(); });
        lines_.insert(key, line);
    }
    ui_->cover_title->setPlaceholderText(
        tr("e.g. CRM strategy review %1").arg(QDate::currentDate().year()));
    connect(ui_->coverChooseLogo, &QPushButton::clicked, this, &CoverForm::chooseLogo);
    connect(ui_->coverRemoveLogo, &QPushButton::clicked, this, &CoverForm::removeLogo);

    connect(&session_, &DocumentSession::aboutToReset, this, &CoverForm::flushPending);
    connect(&session_, &DocumentSession::documentReset, this, &CoverForm::load);
    connect(&session_, &DocumentSession::fieldChanged, this,
            [this](const QString& kindName, const QString&, const QString&) {
                if (kindName == toQString(kind_.kind) && !committing_) load();
            });
    load();
}

CoverForm::~CoverForm() = default;

QLabel* CoverForm::logoPreview() const { return ui_->coverLogoPreview; }

QLabel* CoverForm::errorLabel() const { return ui_->coverError; }

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
    ui_->coverError->hide();
    commit(*kind_.field("logo"), QString::fromStdString(*uri));
    load();
    return true;
}

void CoverForm::removeLogo() {
    ui_->coverError->hide();
    commit(*kind_.field("logo"), QString());
    load();
}

void CoverForm::showError(const QString& message) {
    ui_->coverError->setText(message);
    ui_->coverError->show();
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
    QLabel* preview = ui_->coverLogoPreview;
    if (!image.isNull()) {
        // The preview has a fixed size (the form's); the logo fits inside its frame.
        preview->setPixmap(QPixmap::fromImage(image.scaled(
            preview->maximumSize() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        preview->setToolTip(tr("%1 × %2 pixels").arg(logo->width).arg(logo->height));
    } else {
        preview->setPixmap({});
        preview->setText(uri.empty() ? tr("No logo") : tr("The stored logo cannot be shown"));
        preview->setToolTip(QString::fromStdString(why));
    }
    const bool editable = cycle && !session_.document().readOnly();
    for (QLineEdit* line : lines_) line->setReadOnly(!editable);
    ui_->coverChooseLogo->setEnabled(editable);
    ui_->coverRemoveLogo->setEnabled(editable && !uri.empty());
    setEnabled(cycle != nullptr);
}

}  // namespace crm::gui
