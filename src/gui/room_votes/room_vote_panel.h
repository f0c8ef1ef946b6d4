#pragma once
// "Vote from phones": a round opened from the vote page. The facilitator picks what the room
// rates (the step's rated fields) and where the laptop listens; the panel then shows the QR code,
// the short address and the join code large enough for a projector, and counts votes and people
// as they arrive (the vote grid refreshes on its own: every vote goes through the session).
// Closing the round stops the server and puts one undoable change on the undo stack.
#include <QDialog>
#include <QHostAddress>

#include <memory>
#include <vector>

#include "gui/commands/room_vote_round_command.h"
#include "room_votes/round_items.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace crm::room_votes {
class VoteRound;
class VoteServer;
}  // namespace crm::room_votes

namespace crm::gui {

class DocumentSession;
class SessionVoteSink;

class RoomVotePanel : public QDialog {
    Q_OBJECT
  public:
    RoomVotePanel(DocumentSession& session, QWidget* parent = nullptr);
    ~RoomVotePanel() override;

    // The fields offered, all ticked: those of the step's vote grid (10: current and target
    // maturity).
    void setStep(int step);
    int step() const { return step_; }

    // Opens a round on the ticked fields, listening on the chosen address. False (with the
    // reason in the message area) when nothing is ticked, nothing is rated or it cannot listen.
    bool openRound();
    // Stops accepting votes and stops listening; the round's votes become one undoable change.
    void closeRound();
    bool reopenRound();
    // Removes that person's answers and their votes on the round's items.
    void removeVotesOf(std::size_t personIndex);

    bool isRoundOpen() const;
    const room_votes::VoteRound* round() const { return round_.get(); }
    QString joinUrl() const;
    QString shortAddress() const;
    QComboBox* addressChoice() const { return address_; }
    const std::vector<QCheckBox*>& fieldChoices() const { return fieldBoxes_; }
    QLabel* qrLabel() const { return qr_; }
    QLabel* countLabel() const { return count_; }

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildSetup();
    void buildRunning();
    void refreshRunning();
    void forgetRound();  // the document or cycle goes away: stop, nothing to undo

    DocumentSession& session_;
    int step_ = 0;
    std::vector<room_votes::VotedField> offered_;
    std::unique_ptr<SessionVoteSink> sink_;
    std::unique_ptr<room_votes::VoteRound> round_;
    std::unique_ptr<room_votes::VoteServer> server_;
    QHostAddress boundAddress_;
    quint16 boundPort_ = 0;
    EntityId cycleId_;
    RatedItems ratedItems_;
    VoteSnapshot before_;

    QGroupBox *setup_ = nullptr, *running_ = nullptr, *fields_ = nullptr;
    std::vector<QCheckBox*> fieldBoxes_;
    QComboBox *address_ = nullptr, *people_ = nullptr;
    QLabel *qr_ = nullptr, *shortAddress_ = nullptr, *code_ = nullptr, *count_ = nullptr,
           *state_ = nullptr;
    QPushButton *open_ = nullptr, *close_ = nullptr, *reopen_ = nullptr, *remove_ = nullptr;
};

}  // namespace crm::gui
