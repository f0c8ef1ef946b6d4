#include "gui/room_votes/room_vote_panel.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include "engine/model/choices.h"
#include "gui/app/document_session.h"
#include "gui/room_votes/qr_code_image.h"
#include "gui/room_votes/session_vote_sink.h"
#include "gui/workshop/workshop_items.h"
#include "room_votes/http/vote_server.h"

namespace crm::gui {

namespace {

constexpr int kQrPixels = 420;  // read from the back of a room off a projector

QLabel* bigLabel(QWidget* parent, double scale) {
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString counted(std::size_t count, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

}  // namespace

RoomVotePanel::RoomVotePanel(DocumentSession& session, QWidget* parent)
    : QDialog(parent), session_(session) {
    setObjectName(QStringLiteral("roomVotePanel"));
    setWindowTitle(tr("Vote from phones"));
    buildSetup();
    buildRunning();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(setup_);
    layout->addWidget(running_, 1);
    running_->hide();
    connect(&session_, &DocumentSession::aboutToReset, this, &RoomVotePanel::forgetRound);
}

RoomVotePanel::~RoomVotePanel() { forgetRound(); }

void RoomVotePanel::buildSetup() {
    setup_ = new QGroupBox(tr("A round on this step"), this);
    fields_ = new QGroupBox(tr("What the room rates"), setup_);
    new QVBoxLayout(fields_);
    address_ = new QComboBox(setup_);
    address_->setObjectName(QStringLiteral("roundAddress"));
    const QHostAddress room = room_votes::roomNetworkAddress();
    if (!room.isLoopback())
        address_->addItem(tr("%1 (the room's network)").arg(room.toString()), room.toString());
    address_->addItem(tr("127.0.0.1 (this computer only, for trying it out)"),
                      QStringLiteral("127.0.0.1"));
    open_ = new QPushButton(tr("&Open the round"), setup_);
    open_->setObjectName(QStringLiteral("openRound"));
    connect(open_, &QPushButton::clicked, this, [this] { openRound(); });
    auto* form = new QFormLayout(setup_);
    form->addRow(fields_);
    form->addRow(tr("Phones reach this computer at"), address_);
    form->addRow(open_);
}

void RoomVotePanel::buildRunning() {
    running_ = new QGroupBox(tr("The round"), this);
    qr_ = new QLabel(running_);
    qr_->setObjectName(QStringLiteral("roundQrCode"));
    qr_->setAlignment(Qt::AlignCenter);
    shortAddress_ = bigLabel(running_, 1.8);
    code_ = bigLabel(running_, 1.8);
    count_ = bigLabel(running_, 1.3);
    count_->setObjectName(QStringLiteral("roundCount"));
    state_ = new QLabel(running_);
    state_->setAlignment(Qt::AlignCenter);
    people_ = new QComboBox(running_);
    remove_ = new QPushButton(tr("&Remove their votes"), running_);
    close_ = new QPushButton(tr("&Close the round"), running_);
    close_->setObjectName(QStringLiteral("closeRound"));
    reopen_ = new QPushButton(tr("Re-o&pen"), running_);
    connect(close_, &QPushButton::clicked, this, &RoomVotePanel::closeRound);
    connect(reopen_, &QPushButton::clicked, this, [this] { reopenRound(); });
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (people_->currentIndex() >= 0)
            removeVotesOf(static_cast<std::size_t>(people_->currentData().toInt()));
    });
    auto* personRow = new QHBoxLayout;
    personRow->addWidget(new QLabel(tr("Person:"), running_));
    personRow->addWidget(people_, 1);
    personRow->addWidget(remove_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(reopen_);
    buttons->addWidget(close_);
    auto* layout = new QVBoxLayout(running_);
    layout->addWidget(qr_, 1);
    layout->addWidget(shortAddress_);
    layout->addWidget(code_);
    layout->addWidget(count_);
    layout->addWidget(state_);
    layout->addLayout(personRow);
    layout->addLayout(buttons);
}

void RoomVotePanel::setStep(int step) {
    if (round_) return;  // the open round keeps its items
    step_ = step;
    offered_.clear();
    for (QCheckBox* box : fieldBoxes_) delete box;
    fieldBoxes_.clear();
    const std::string kind(room_votes::ratedKindOfStep(step));
    for (RatingDimension dimension : voteDimensions(step)) {
        offered_.push_back({kind, dimension});
        auto* box = new QCheckBox(dimensionLabel(dimension), fields_);
        box->setChecked(true);
        fields_->layout()->addWidget(box);
        fieldBoxes_.push_back(box);
    }
    open_->setEnabled(!offered_.empty());
    setup_->setTitle(offered_.empty()
                         ? tr("The room votes from phones on steps 3, 5 and 10")
                         : tr("A round on step %1 · %2").arg(step).arg(workshopStepTitle(step)));
}

bool RoomVotePanel::openRound() {
    const Cycle* cycle = session_.cycle();
    if (!cycle || round_) return false;
    std::vector<room_votes::RoundItem> items;
    const auto levels = room_votes::capabilityLevelTexts();
    for (std::size_t i = 0; i < offered_.size(); ++i)
        if (fieldBoxes_[i]->isChecked())
            for (auto& item : room_votes::roundItems(*cycle, offered_[i], levels))
                items.push_back(std::move(item));
    if (items.empty()) {
        session_.reportError(tr("Tick what the room rates; the step needs items to rate."));
        return false;
    }
    cycleId_ = session_.cycleId();
    ratedItems_.clear();
    for (const auto& item : items) ratedItems_.insert({item.itemId, item.dimension});
    before_ = snapshotVotes(*cycle, ratedItems_);
    sink_ = std::make_unique<SessionVoteSink>(session_, cycleId_);
    round_ = std::make_unique<room_votes::VoteRound>(
        std::move(items), room_votes::roundPeople(*cycle), *sink_, room_votes::secureRandomBytes);
    server_ = std::make_unique<room_votes::VoteServer>(*round_);
    connect(server_.get(), &room_votes::VoteServer::changed, this, &RoomVotePanel::refreshRunning);
    boundAddress_ = QHostAddress(address_->currentData().toString());
    if (!server_->start(boundAddress_, 0)) {
        session_.reportError(server_->errorText());
        forgetRound();
        return false;
    }
    boundPort_ = server_->serverPorts().value(0);
    qr_->setPixmap(QPixmap::fromImage(qrCodeImage(server_->joinUrl(), kQrPixels)));
    qr_->setToolTip(server_->joinUrl());
    setup_->hide();
    running_->show();
    refreshRunning();
    adjustSize();
    return true;
}

void RoomVotePanel::closeRound() {
    if (!round_ || !round_->isOpen()) return;
    round_->close();
    server_->stop();
    const Cycle* cycle = session_.cycle();
    if (cycle && session_.cycleId() == cycleId_) {
        VoteSnapshot after = snapshotVotes(*cycle, ratedItems_);
        if (after != before_)
            session_.undoStack()->push(new RoomVoteRoundCommand(
                session_, cycleId_, ratedItems_, before_, after,
                tr("Votes from phones (%1 from %2)")
                    .arg(counted(round_->answerCount(), tr("answer"), tr("answers")))
                    .arg(counted(round_->voterCount(), tr("person"), tr("people")))));
    }
    refreshRunning();
}

bool RoomVotePanel::reopenRound() {
    if (!round_ || round_->isOpen()) return false;
    const Cycle* cycle = session_.cycle();
    if (!cycle) return false;
    // Same address, port and tokens when possible, so the code on the screen still works.
    if (!server_->start(boundAddress_, boundPort_) && !server_->start(boundAddress_, 0)) {
        session_.reportError(server_->errorText());
        return false;
    }
    boundPort_ = server_->serverPorts().value(0);
    qr_->setPixmap(QPixmap::fromImage(qrCodeImage(server_->joinUrl(), kQrPixels)));
    before_ = snapshotVotes(*cycle, ratedItems_);
    round_->reopen();
    refreshRunning();
    return true;
}

void RoomVotePanel::removeVotesOf(std::size_t personIndex) {
    if (!round_ || personIndex >= round_->people().size()) return;
    try {
        round_->removeAnswersOf(personIndex);
    } catch (const std::exception&) {
        session_.reportError(tr("The votes of %1 could not be removed.")
                                 .arg(toQString(round_->people()[personIndex].name)));
    }
    refreshRunning();
}

bool RoomVotePanel::isRoundOpen() const { return round_ && round_->isOpen(); }

QString RoomVotePanel::joinUrl() const { return server_ ? server_->joinUrl() : QString(); }

QString RoomVotePanel::shortAddress() const {
    return server_ ? server_->shortAddress() : QString();
}

void RoomVotePanel::refreshRunning() {
    if (!round_) return;
    const bool open = round_->isOpen();
    shortAddress_->setText(server_->shortAddress());
    code_->setText(tr("Join code: %1").arg(toQString(round_->joinCode())));
    count_->setText(tr("%1 from %2")
                        .arg(counted(round_->answerCount(), tr("vote"), tr("votes")))
                        .arg(counted(round_->voterCount(), tr("person"), tr("people"))));
    state_->setText(open ? tr("Scan the code or open the address and type the code.")
                         : tr("The round is closed: phones can no longer vote."));
    qr_->setEnabled(open);
    close_->setEnabled(open);
    reopen_->setEnabled(!open);
    const int kept = people_->currentIndex();
    people_->clear();
    for (std::size_t i = 0; i < round_->people().size(); ++i)
        people_->addItem(toQString(round_->people()[i].name), static_cast<int>(i));
    people_->setCurrentIndex(std::clamp(kept, 0, people_->count() - 1));
    remove_->setEnabled(people_->count() > 0);
}

void RoomVotePanel::forgetRound() {
    if (server_) server_->stop();
    server_.reset();
    round_.reset();
    sink_.reset();
    running_->hide();
    setup_->show();
}

void RoomVotePanel::closeEvent(QCloseEvent* event) {
    closeRound();  // a round never runs on without the panel that shows it
    forgetRound();
    QDialog::closeEvent(event);
}

}  // namespace crm::gui
