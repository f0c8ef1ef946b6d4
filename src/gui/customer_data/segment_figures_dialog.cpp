#include "gui/customer_data/segment_figures_dialog.h"
#include "gui/common/screen_room.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

#include "gui/customer_data/figure_text.h"
#include "ui_segment_figures_dialog.h"

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
    : QDialog(parent), offered_(offered), ui_(std::make_unique<Ui::SegmentFiguresDialog>()) {
    ui_->setupUi(this);
    QTableWidget* table = ui_->segmentFiguresTable;
    table->setRowCount(static_cast<int>(offered.size()));
    for (int row = 0; row < offered.size(); ++row) {
        const SegmentFigures& f = offered[row];
        table->setItem(row, 0, cell(customer_data::toQString(f.name), false));
        table->setItem(row, 1,
                       cell(customer_data::countText(static_cast<std::size_t>(f.customers)), true));
        table->setItem(row, 2, cell(customer_data::amountText(f.revenue), true));
        table->setItem(
            row, 3,
            cell(f.marginPct ? customer_data::shareText(*f.marginPct / 100.0) : QStringLiteral("–"),
                 true));
        table->setItem(row, 4,
                       cell(f.customerValue ? customer_data::amountText(*f.customerValue)
                                            : QStringLiteral("–"),
                            true));
        auto* target = new QComboBox(table);
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
        table->setCellWidget(row, 5, target);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    QPushButton* ok = ui_->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Use these figures"));
    ok->setObjectName(QStringLiteral("useFiguresButton"));
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QLayout* layout = ui_->dialogLayout;
    // Tall enough for every row (up to a screenful), so no blank band and no scroll bar for the
    // usual handful of segments.
    const int rowsHeight = table->horizontalHeader()->height() + table->verticalHeader()->length() +
                           2 * table->frameWidth();
    table->setFixedHeight(qMin(rowsHeight, 480));
    // The wrapped intro's height at the dialog's real width, not at its size hint's width.
    const int width = qMax(640, table->horizontalHeader()->length() + 40);
    resizeWithinScreen(*this,
                       QSize(width, layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                                : sizeHint().height()));
}

SegmentFiguresDialog::~SegmentFiguresDialog() = default;

QComboBox* SegmentFiguresDialog::targetCombo(int row) const {
    return qobject_cast<QComboBox*>(ui_->segmentFiguresTable->cellWidget(row, 5));
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
