#include "gui/workshop/vote_agree_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

#include "ui_vote_agree_dialog.h"

namespace crm::gui {

VoteAgreeDialog::VoteAgreeDialog(const QString& itemCaption, const QString& dimension,
                                 const QString& summary, std::int64_t startValue,
                                 const QString& startReason, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::VoteAgreeDialog>()) {
    ui_->setupUi(this);
    ui_->heading->setText(QStringLiteral("<b>%1</b> — %2")
                              .arg(itemCaption.toHtmlEscaped(), dimension.toHtmlEscaped()));
    ui_->spreadSummary->setText(summary);
    ui_->agreedValue->setValue(static_cast<int>(std::clamp<std::int64_t>(startValue, 1, 5)));
    QLineEdit* reason = ui_->agreedReason;
    reason->setText(startReason);
    reason->setMinimumWidth(reason->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    QPushButton* ok = ui_->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Agree"));
    auto updateOk = [ok, reason] { ok->setEnabled(!reason->text().trimmed().isEmpty()); };
    connect(reason, &QLineEdit::textChanged, this, updateOk);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    // Type the value, Tab, the reason, Enter.
    ui_->agreedValue->setFocus();
    ui_->agreedValue->selectAll();
}

VoteAgreeDialog::~VoteAgreeDialog() = default;

std::int64_t VoteAgreeDialog::value() const { return ui_->agreedValue->value(); }

QString VoteAgreeDialog::reason() const { return ui_->agreedReason->text().trimmed(); }

}  // namespace crm::gui
