#include "gui/room_votes/room_votes_feature.h"

#include <QPushButton>

#include "gui/app/main_window.h"
#include "gui/room_votes/room_vote_panel.h"
#include "gui/workshop/vote_grid_model.h"
#include "gui/workshop/vote_page.h"
#include "gui/workshop/workshop_mode.h"

namespace crm::gui {

RoomVotePanel& roomVotePanel(MainWindow& window) {
    auto* panel = window.findChild<RoomVotePanel*>(QStringLiteral("roomVotePanel"),
                                                   Qt::FindDirectChildrenOnly);
    if (!panel) {
        panel = new RoomVotePanel(window.session(), &window);
        panel->setWindowFlag(Qt::Window);
    }
    return *panel;
}

void attachRoomVotes(MainWindow& window) {
    WorkshopMode* mode = workshopModeOf(window);
    if (!mode || !mode->votePage()) return;
    VotePage* page = mode->votePage();
    auto* button = new QPushButton(QObject::tr("Vote from &phones…"));
    button->setObjectName(QStringLiteral("voteFromPhones"));
    button->setToolTip(QObject::tr("Everyone rates this step at once from their own phone"));
    button->setAutoDefault(false);
    page->addTopWidget(button);
    QObject::connect(button, &QPushButton::clicked, &window, [&window, page] {
        RoomVotePanel& panel = roomVotePanel(window);
        panel.setStep(page->model()->step());
        panel.show();
        panel.raise();
        panel.activateWindow();
    });
}

}  // namespace crm::gui
