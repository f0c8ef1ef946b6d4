#include "gui/workshop/vote_agree_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace crm::gui {

VoteAgreeDialog::VoteAgreeDialog(const QString& itemCaption, const QString& dimension,
                                 const QString& summary, std::int64_t startValue,
                                 const QString& startReason, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("agreeDialog"));
    setWindowTitle(tr("Agree on a value"));
    auto* heading = new QLabel(QStringLiteral("<b>%1</b> — %2")
                                   .arg(itemCaption.toHtmlEscaped(), dimension.toHtmlEscaped()),
                               this);
    auto* spread = new QLabel(summary, this);
    spread->setWordWrap(true);
    value_ = new QSpinBox(this);
    value_->setObjectName(QStringLiteral("agreedValue"));
    value_->setRange(1, 5);
    value_->setValue(static_cast<int>(std::clamp<std::int64_t>(startValue, 1, 5)));
    reason_ = new QLineEdit(startReason, this);
    reason_->setObjectName(QStringLiteral("agreedReason"));
    reason_->setPlaceholderText(tr("Why the room settled on this value (required)"));
    reason_->setMinimumWidth(reason_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Agree"));
    auto updateOk = [this] {
        buttons_->button(QDialogButtonBox::Ok)->setEnabled(!reason_->text().trimmed().isEmpty());
    };
    connect(reason_, &QLineEdit::textChanged, this, updateOk);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();

    auto* form = new QFormLayout;
    form->addRow(tr("Agreed &value (1–5):"), value_);
    form->addRow(tr("&Why:"), reason_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(spread);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    // Type the value, Tab, the reason, Enter.
    value_->setFocus();
    value_->selectAll();
}

std::int64_t VoteAgreeDialog::value() const { return value_->value(); }

QString VoteAgreeDialog::reason() const { return reason_->text().trimmed(); }

}  // namespace crm::gui
