#pragma once
// The vote grid as the facilitator types into it: a digit 1–5 in a participant's cell records
// the vote at once (no editor, no dialog) and moves on to the next participant (or, with
// "advance down", to the next item); after the last participant of a row it goes to the first
// participant of the next row. Tab / Shift+Tab move between vote cells only, Enter goes to the
// next row, 0 / Delete / Backspace remove a vote. Each vote is one undo step (Ctrl+Z).
// F8 / Shift+F8 jump to the next / previous row the room disagrees on, to agree on it.
#include <QTableView>

namespace crm::gui {

class VoteGridModel;

class VoteGridView : public QTableView {
    Q_OBJECT
  public:
    explicit VoteGridView(QWidget* parent = nullptr);
    void setVoteModel(VoteGridModel* model);
    VoteGridModel* voteModel() const { return model_; }

    void setAdvanceDown(bool down) { advanceDown_ = down; }
    bool advanceDown() const { return advanceDown_; }
    // Puts the cursor on the first vote cell without a vote (or the first vote cell).
    void focusFirstOpenCell();
    // Moves to the next (or previous) flagged row after the current one, wrapping around;
    // false (and a hint) when no row is flagged.
    bool goToDisagreement(int direction);

  signals:
    void hint(const QString& message);  // e.g. "votes are 1 to 5"
    void agreeRequested();              // Ctrl+Enter on a row

  protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;

  private:
    QModelIndex step(const QModelIndex& from, int direction, bool down) const;
    void vote(const QModelIndex& index, const QVariant& value);

    VoteGridModel* model_ = nullptr;
    bool advanceDown_ = false;
};

}  // namespace crm::gui
