#include "gui/workshop/vote_grid_view.h"

#include <QHeaderView>
#include <QKeyEvent>

#include "gui/workshop/vote_grid_model.h"

namespace crm::gui {

VoteGridView::VoteGridView(QWidget* parent) : QTableView(parent) {
    setObjectName(QStringLiteral("voteGrid"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);  // a digit is the whole edit
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
}

void VoteGridView::setVoteModel(VoteGridModel* model) {
    model_ = model;
    setModel(model);
}

QModelIndex VoteGridView::step(const QModelIndex& from, int direction, bool down) const {
    const int rows = model_->rowCount(), voters = model_->participantCount();
    if (rows == 0 || voters == 0 || !from.isValid() || !model_->isVoteColumn(from.column()))
        return {};
    // Number the vote cells in the order the cursor visits them, then step through that order.
    const int position =
        down ? from.column() * rows + from.row() : from.row() * voters + from.column();
    const int next = position + direction;
    if (next < 0 || next >= rows * voters) return {};
    return down ? model_->index(next % rows, next / rows)
                : model_->index(next / voters, next % voters);
}

void VoteGridView::focusFirstOpenCell() {
    setFocus();
    if (!model_ || model_->rowCount() == 0 || model_->participantCount() == 0) return;
    QModelIndex cell = model_->index(0, 0);
    for (QModelIndex at = cell; at.isValid(); at = step(at, +1, advanceDown_))
        if (!at.data(VoteGridModel::VoteRole).isValid()) {
            cell = at;
            break;
        }
    setCurrentIndex(cell);
}

bool VoteGridView::goToDisagreement(int direction) {
    const int rows = model_ ? model_->rowCount() : 0;
    const QModelIndex current = currentIndex();
    const int from = current.isValid() ? current.row() : (direction > 0 ? -1 : rows);
    for (int i = 1; i <= rows; ++i) {
        const int row = ((from + direction * i) % rows + rows) % rows;
        if (model_->index(row, 0).data(VoteGridModel::FlaggedRole).toBool() &&
            !model_->notApplicable(row)) {
            setCurrentIndex(model_->index(row, current.isValid() ? current.column() : 0));
            return true;
        }
    }
    emit hint(tr("The room agrees on every item so far: no spread above the threshold."));
    return false;
}

void VoteGridView::vote(const QModelIndex& index, const QVariant& value) {
    const int row = index.row(), column = index.column();
    if (!model_->setData(index, value)) return;
    if (!value.isValid()) return;  // a removed vote keeps the cursor where it is
    const QModelIndex next = step(model_->index(row, column), +1, advanceDown_);
    if (next.isValid())
        setCurrentIndex(next);
    else
        emit hint(tr("That was the last cell: every participant's vote on this dimension is in."));
}

void VoteGridView::keyPressEvent(QKeyEvent* event) {
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (enter && mods == Qt::ControlModifier) {
        emit agreeRequested();
        return;
    }
    if (!model_ || (mods != Qt::NoModifier && mods != Qt::ShiftModifier))
        return QTableView::keyPressEvent(event);
    if (key == Qt::Key_F8) {
        goToDisagreement(mods == Qt::ShiftModifier ? -1 : +1);
        return;
    }
    const QModelIndex current = currentIndex();
    if (enter && mods == Qt::NoModifier) {
        if (current.isValid() && current.row() + 1 < model_->rowCount())
            setCurrentIndex(model_->index(current.row() + 1, 0));
        return;
    }
    const bool digit = key >= Qt::Key_0 && key <= Qt::Key_9;
    const bool clear = key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace;
    if (!digit && !clear) return QTableView::keyPressEvent(event);
    if (!current.isValid() || !model_->isVoteColumn(current.column())) {
        emit hint(
            tr("Votes go in a participant's column: move there with the arrow keys or Home."));
        return;
    }
    if (clear) return vote(current, QVariant());
    if (key > Qt::Key_5) {
        emit hint(tr("Votes are 1 to 5; %1 was not recorded.").arg(key - Qt::Key_0));
        return;
    }
    vote(current, key - Qt::Key_0);
}

bool VoteGridView::focusNextPrevChild(bool next) {
    const QModelIndex current = currentIndex();
    if (model_ && current.isValid() && model_->isVoteColumn(current.column())) {
        const QModelIndex target = step(current, next ? +1 : -1, false);
        if (target.isValid()) {
            setCurrentIndex(target);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);  // past the last vote cell, Tab leaves the grid
}

}  // namespace crm::gui
