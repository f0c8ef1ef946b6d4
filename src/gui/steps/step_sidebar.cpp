#include "gui/steps/step_sidebar.h"

#include <QPainter>
#include <QStyledItemDelegate>

#include <cmath>

#include "gui/steps/step_titles.h"

namespace crm::gui {

namespace {

// Paints "N  Title" and under it a thin bar with the percentage.
class StepDelegate : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() * 2 + 14);
        return size;
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const QRect r = option.rect.adjusted(8, 4, -8, -5);
        const int lineHeight = option.fontMetrics.height();
        const bool selected = option.state & QStyle::State_Selected;
        p->save();
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(QRect(r.left(), r.top(), r.width(), lineHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(text, Qt::ElideRight, r.width()));
        const int percent = index.data(StepSidebar::PercentRole).toInt();
        const QString label = QStringLiteral("%1%").arg(percent);
        const int labelWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 6;
        const QRect bar(r.left(), r.top() + lineHeight + 5, r.width() - labelWidth,
                        std::max(6, lineHeight / 2 - 1));
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(220, 220, 220));
        p->drawRoundedRect(bar, 3, 3);
        const QColor fill = percent >= 80   ? QColor(46, 139, 87)
                            : percent >= 40 ? QColor(218, 165, 32)
                                            : QColor(205, 92, 92);
        p->setBrush(fill);
        p->drawRoundedRect(QRect(bar.left(), bar.top(), bar.width() * percent / 100, bar.height()),
                           3, 3);
        p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(QRect(bar.right() + 4, bar.top() - 4, labelWidth, bar.height() + 8),
                    Qt::AlignRight | Qt::AlignVCenter, label);
        p->restore();
    }
};

}  // namespace

StepSidebar::StepSidebar(QWidget* parent) : QListWidget(parent) {
    setObjectName(QStringLiteral("stepSidebar"));
    setItemDelegate(new StepDelegate(this));
    for (int step = 1; step <= kStepCount; ++step) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  %2").arg(step).arg(stepTitle(step)), this);
        item->setData(PercentRole, 0);
        item->setToolTip(stepSubtitle(step));
    }
    setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("5  What matters to customers")) +
                  24);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void StepSidebar::setProgress(const assessment::CompletenessResult& completeness) {
    for (int step = 1; step <= kStepCount; ++step) {
        auto* it = item(step - 1);
        const auto* found = [&]() -> const assessment::StepCompleteness* {
            for (const auto& s : completeness.steps)
                if (s.step == step) return &s;
            return nullptr;
        }();
        const double exact = found ? found->score.value.value_or(0.0) : 0.0;
        it->setData(PercentRole, static_cast<int>(std::lround(exact)));
        it->setData(ExactPercentRole, exact);
        QString tip = stepSubtitle(step);
        if (found) {
            tip += QStringLiteral("\n\n") +
                   tr("%1 complete").arg(QString::fromStdString(assessment::formatPercent(exact)));
            QStringList missing;
            for (const auto& check : found->checks)
                if (!check.passed) missing << QString::fromStdString(check.missing);
            if (!missing.isEmpty())
                tip += QStringLiteral("\n") + tr("Still open:") + QStringLiteral("\n• ") +
                       missing.join(QStringLiteral("\n• "));
        }
        it->setToolTip(tip);
    }
}

int StepSidebar::percent(int step) const { return item(step - 1)->data(PercentRole).toInt(); }

double StepSidebar::exactPercent(int step) const {
    return item(step - 1)->data(ExactPercentRole).toDouble();
}

}  // namespace crm::gui
