#include "gui/customer_data/segment_figures_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "gui/customer_data/figure_text.h"

namespace crm::gui {
namespace {

const QString kNewSegment = QStringLiteral("+new");
const QString kLeaveOut = QStringLiteral("-");

QTableWidgetItem* cell(const QString& text, bool number) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

SegmentFiguresDialog::SegmentFiguresDialog(const Cycle& cycle, const QList<SegmentFigures>& offered,
                                           QWidget* parent)
    : QDialog(parent), offered_(offered) {
    setObjectName(QStringLiteral("segmentFiguresDialog"));
    setWindowTitle(tr("Use the customer data for step 6"));
    auto* intro = new QLabel(
        tr("Choose where each group of customers goes. An existing segment keeps its name, "
           "description, growth and fit; its customers, revenue, margin and value per customer "
           "are replaced. One Ctrl+Z undoes it all."),
        this);
    intro->setWordWrap(true);

    table_ = new QTableWidget(static_cast<int>(offered.size()), 6, this);
    table_->setObjectName(QStringLiteral("segmentFiguresTable"));
    table_->setHorizontalHeaderLabels({tr("From the data"), tr("Customers"), tr("Revenue"),
                                       tr("Margin"), tr("Value per customer"), tr("Goes to")});
    table_->verticalHeader()->hide();
    for (int row = 0; row < offered.size(); ++row) {
        const SegmentFigures& f = offered[row];
        table_->setItem(row, 0, cell(customer_data::toQString(f.name), false));
        table_->setItem(
            row, 1, cell(customer_data::countText(static_cast<std::size_t>(f.customers)), true));
        table_->setItem(row, 2, cell(customer_data::amountText(f.revenue), true));
        table_->setItem(
            row, 3,
            cell(f.marginPct ? customer_data::shareText(*f.marginPct / 100.0) : QStringLiteral("–"),
                 true));
        table_->setItem(row, 4,
                        cell(f.customerValue ? customer_data::amountText(*f.customerValue)
                                             : QStringLiteral("–"),
                             true));
        auto* target = new QComboBox(table_);
        target->setObjectName(QStringLiteral("segmentTarget%1").arg(row));
        target->addItem(tr("Add as a new segment"), kNewSegment);
        target->addItem(tr("Leave out"), kLeaveOut);
        for (const Segment& s : cycle.segments) {
            target->addItem(tr("Update “%1”").arg(customer_data::toQString(s.name)),
                            customer_data::toQString(s.id));
            if (QString::fromStdString(s.name).trimmed().compare(
                    QString::fromStdString(f.name).trimmed(), Qt::CaseInsensitive) == 0)
                target->setCurrentIndex(target->count() - 1);
        }
        table_->setCellWidget(row, 5, target);
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use these figures"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("useFiguresButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Tall enough for every row (up to a screenful), so no blank band and no scroll bar for the
    // usual handful of segments.
    const int rowsHeight = table_->horizontalHeader()->height() +
                           table_->verticalHeader()->length() + 2 * table_->frameWidth();
    table_->setFixedHeight(qMin(rowsHeight, 480));
    // The wrapped intro's height at the dialog's real width, not at its size hint's width.
    const int width = qMax(640, table_->horizontalHeader()->length() + 40);
    resize(width,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height());
}

QComboBox* SegmentFiguresDialog::targetCombo(int row) const {
    return qobject_cast<QComboBox*>(table_->cellWidget(row, 5));
}

QList<SegmentAssignment> SegmentFiguresDialog::assignments() const {
    QList<SegmentAssignment> result;
    for (int row = 0; row < offered_.size(); ++row) {
        const QString target = targetCombo(row)->currentData().toString();
        if (target == kLeaveOut) continue;
        result.append({offered_[row], target == kNewSegment ? QString() : target});
    }
    return result;
}

}  // namespace crm::gui
