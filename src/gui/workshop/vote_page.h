#pragma once
// "Vote on this step": the vote grid of the current step with its dimension (current / target
// maturity, importance / performance, severity / frequency), the list of items the room
// disagrees on, and "Agree…" for the selected row (Ctrl+Enter in the grid).
#include <QWidget>

#include <optional>

#include "engine/model/choices.h"

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace crm::gui {

class DocumentSession;
class VoteGridModel;
class VoteGridView;

class VotePage : public QWidget {
    Q_OBJECT
  public:
    explicit VotePage(DocumentSession& session, QWidget* parent = nullptr);

    void setStep(int step);
    void setDimension(RatingDimension dimension);
    VoteGridView* grid() const { return grid_; }
    VoteGridModel* model() const { return model_; }
    QLabel* flaggedLabel() const { return flagged_; }
    // Another feature's button in the top row, after the title (room votes: "Vote from
    // phones…"); the bottom row is already as wide as a 1024-pixel projector allows.
    void addTopWidget(QWidget* widget);

    // Sets (or, with nullopt, clears) the agreed value of a row; the reason is required.
    bool agreeOnRow(int row, std::optional<std::int64_t> value, const QString& reason);
    void openAgreeDialog();  // for the grid's current row
    void clearAgreement();   // of the grid's current row

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void refreshState();
    void fitColumns();
    void showHint(const QString& text);
    int currentRow() const;

    DocumentSession& session_;
    VoteGridModel* model_ = nullptr;
    VoteGridView* grid_ = nullptr;
    QLabel *title_ = nullptr, *empty_ = nullptr, *flagged_ = nullptr, *hint_ = nullptr;
    QComboBox* dimension_ = nullptr;
    QCheckBox* down_ = nullptr;
    QPushButton *agree_ = nullptr, *clear_ = nullptr;
    QTimer* hintTimer_ = nullptr;
    QHBoxLayout* top_ = nullptr;
};

}  // namespace crm::gui
