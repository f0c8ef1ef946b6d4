#pragma once
// Votes from the room's phones in the window: a "Vote from phones…" button on the vote page
// opens the round's panel for the page's step.
namespace crm::gui {

class MainWindow;
class RoomVotePanel;

void attachRoomVotes(MainWindow& window);
// The window's panel, created on first use.
RoomVotePanel& roomVotePanel(MainWindow& window);

}  // namespace crm::gui
