// A round from the phones opened in the window: the panel on step 10 listens on loopback, two
// "phones" (QNetworkAccessManager) join and vote over HTTP, the vote grid and the document hold
// their votes as they arrive, one person's votes are removed, and closing the round is one
// undoable change. Also the QR code's geometry.
// CRMW_ROOM_VOTES_SCREENSHOTS=DIR ./test_gui_room_votes writes the docs/room-votes/window-*.png
// pictures (run under xvfb-run for real fonts).

#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include "gui/app/document_session.h"
#include "gui/commands/workshop_edits.h"
#include "gui/room_votes/qr_code_image.h"
#include "gui/room_votes/room_vote_panel.h"
#include "gui/room_votes/room_votes_feature.h"
#include "gui/workshop/vote_grid_model.h"
#include "gui/workshop/vote_page.h"
#include "gui/workshop/workshop_mode.h"
#include "gui_test_support.h"
#include "room_votes/vote_round.h"

using namespace crm;
using crm::testing::GuiFixture;

namespace {

struct Reply {
    int status = 0;
    QJsonObject body;
};

// One request, answered by the server running in this thread's event loop. The limit only ends
// a hung test; a slow machine never reaches it.
Reply post(QNetworkAccessManager& net, const QString& url, const QJsonObject& body,
           const QByteArray& voter = {}) {
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!voter.isEmpty()) request.setRawHeader("X-Voter", voter);
    QNetworkReply* reply = net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

std::optional<std::int64_t> voteOf(const Cycle& cycle, const QString& person,
                                   const room_votes::RoundItem& item) {
    for (const auto& p : cycle.participants)
        if (p.name == person.toStdString())
            if (const Rating* r = gui::findVote(cycle, item.itemId, item.dimension, p.id))
                return r->value;
    return std::nullopt;
}

}  // namespace

class GuiRoomVotesTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { testing::prepareTestApplication(); }
    void phonesVoteIntoTheGridAndClosingIsOneUndo();
    void qrCodeHasWholePixelModulesAndAQuietZone();
};

void GuiRoomVotesTest::phonesVoteIntoTheGridAndClosingIsOneUndo() {
    GuiFixture fx;
    gui::DocumentSession& session = fx.window().session();
    fx.window().goToStep(10);
    gui::WorkshopMode& mode = *gui::workshopModeOf(fx.window());
    mode.showVotes();
    gui::VotePage& page = *mode.votePage();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("voteFromPhones"));
    QVERIFY(button);
    button->click();
    gui::RoomVotePanel& panel = gui::roomVotePanel(fx.window());
    QVERIFY(panel.isVisible());
    QCOMPARE(panel.step(), 10);
    // Step 10 offers what its vote grid rates, current and target maturity, both ticked.
    QCOMPARE(panel.fieldChoices().size(), std::size_t{2});
    QCOMPARE(panel.fieldChoices()[0]->text(), QStringLiteral("Current maturity"));
    QVERIFY(panel.fieldChoices()[0]->isChecked());
    QVERIFY(panel.fieldChoices()[1]->isChecked());
    panel.fieldChoices()[1]->setChecked(false);  // current maturity only: one row per capability
    panel.addressChoice()->setCurrentIndex(
        panel.addressChoice()->findData(QStringLiteral("127.0.0.1")));
    const int undoBefore = session.undoStack()->count();
    const std::size_t ratingsBefore = fx.cycle().ratings.size();

    QVERIFY(panel.openRound());
    QVERIFY(panel.isRoundOpen());
    QVERIFY(panel.joinUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(!panel.qrLabel()->pixmap().isNull());
    const std::vector<room_votes::RoundItem> items = panel.round()->items();  // outlives the round
    QCOMPARE(static_cast<int>(items.size()), page.model()->rowCount());       // 8 capabilities

    QNetworkAccessManager net;
    const QString base = panel.joinUrl();
    const Reply zoe = post(net, base + "join", {{"name", "Zoe Quaid"}});
    QCOMPARE(zoe.status, 200);
    const Reply yann = post(net, base + "join", {{"name", "Yann Ruiz"}});
    QCOMPARE(yann.status, 200);
    const QByteArray zoeToken = zoe.body["voter"].toString().toLatin1();
    const QByteArray yannToken = yann.body["voter"].toString().toLatin1();
    QCOMPARE(post(net, base + "vote", {{"item", 0}, {"answer", 4}}, zoeToken).status, 200);
    QCOMPARE(post(net, base + "vote", {{"item", 0}, {"answer", 2}}, yannToken).status, 200);
    QCOMPARE(post(net, base + "vote", {{"item", 1}, {"answer", 5}}, yannToken).status, 200);

    // The document and the grid hold the votes at once; the grid's spread row 0: 4 and 2.
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Zoe Quaid"), items[0]), std::int64_t{4});
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Yann Ruiz"), items[0]), std::int64_t{2});
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Yann Ruiz"), items[1]), std::int64_t{5});
    const gui::VoteGridModel& grid = *page.model();
    QCOMPARE(grid.participantCount(), 2);
    using Stat = gui::VoteGridModel::Stat;
    QCOMPARE(grid.index(0, grid.statColumn(Stat::Mean)).data().toString(),
             QStringLiteral("3.0"));  // (4 + 2) / 2
    QCOMPARE(grid.index(0, grid.statColumn(Stat::Range)).data().toString(), QStringLiteral("2–4"));
    QCOMPARE(panel.countLabel()->text(), QStringLiteral("3 votes from 2 people"));
    if (const QString dir = qEnvironmentVariable("CRMW_ROOM_VOTES_SCREENSHOTS"); !dir.isEmpty()) {
        fx.window().resize(1366, 740);
        fx.window().show();
        panel.show();
        QCoreApplication::processEvents();
        QVERIFY(fx.window().grab().save(dir + QStringLiteral("/window-vote-grid.png")));
        QVERIFY(panel.grab().save(dir + QStringLiteral("/window-round-panel.png")));
    }

    // Yann's votes removed: only Zoe's 4 is left on the round's items.
    const auto& people = panel.round()->people();
    const auto yannIndex =
        static_cast<std::size_t>(std::find_if(people.begin(), people.end(),
                                              [](const auto& p) { return p.name == "Yann Ruiz"; }) -
                                 people.begin());
    panel.removeVotesOf(yannIndex);
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Yann Ruiz"), items[0]), std::nullopt);
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Yann Ruiz"), items[1]), std::nullopt);
    QCOMPARE(fx.cycle().ratings.size(), ratingsBefore + 1);

    // Closed: 409 for a late vote, one entry on the undo stack for the whole round.
    panel.closeRound();
    QVERIFY(!panel.isRoundOpen());
    QCOMPARE(session.undoStack()->count(), undoBefore + 1);
    QCOMPARE(fx.cycle().ratings.size(), ratingsBefore + 1);  // closing writes nothing
    session.undoStack()->undo();
    QCOMPARE(fx.cycle().ratings.size(), ratingsBefore);
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Zoe Quaid"), items[0]), std::nullopt);
    QCOMPARE(grid.index(0, 0).data(gui::VoteGridModel::VoteRole), QVariant());
    session.undoStack()->redo();
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Zoe Quaid"), items[0]), std::int64_t{4});

    // Re-opened: the same tokens work again; a new vote lands in the document.
    QVERIFY(panel.reopenRound());
    QCOMPARE(post(net, panel.joinUrl() + "vote", {{"item", 2}, {"answer", 3}}, zoeToken).status,
             200);
    QCOMPARE(voteOf(fx.cycle(), QStringLiteral("Zoe Quaid"), items[2]), std::int64_t{3});
    panel.closeRound();
    QCOMPARE(session.undoStack()->count(), undoBefore + 2);

    // And the file on disk holds what the window showed.
    const Assessment onDisk = fx.reloadFromDisk();
    QCOMPARE(voteOf(testing::currentCycleOf(onDisk), QStringLiteral("Zoe Quaid"), items[0]),
             std::int64_t{4});
}

void GuiRoomVotesTest::qrCodeHasWholePixelModulesAndAQuietZone() {
    const QImage code = gui::qrCodeImage(QStringLiteral("http://192.168.1.20:40431/r/") +
                                             QString(40, QLatin1Char('a')) + QStringLiteral("/"),
                                         420);
    QVERIFY(!code.isNull());
    QCOMPARE(code.width(), code.height());
    QVERIFY(code.width() <= 420);
    // The top-left finder pattern's corner is the first dark module: its row of pixels starts
    // at the quiet zone's end, so scale = that offset / 4 and the side is a whole number of
    // modules, 17 + 4 * version of them (ISO 18004) plus 8 of quiet zone.
    int firstDark = 0;
    while (firstDark < code.width() && code.pixelColor(firstDark, firstDark) == Qt::white)
        ++firstDark;
    QVERIFY(firstDark > 0);
    QCOMPARE(firstDark % gui::kQrQuietZoneModules, 0);
    const int scale = firstDark / gui::kQrQuietZoneModules;
    QCOMPARE(code.width() % scale, 0);
    const int modules = code.width() / scale - 2 * gui::kQrQuietZoneModules;
    QCOMPARE((modules - 17) % 4, 0);
    QVERIFY(scale >= 4);  // at most 105 modules for this address: at least 4 pixels each
    // The finder pattern is 7 modules of dark along its top edge, then a light separator.
    QCOMPARE(code.pixelColor(firstDark + 7 * scale - 1, firstDark), QColor(Qt::black));
    QCOMPARE(code.pixelColor(firstDark + 7 * scale, firstDark), QColor(Qt::white));
}

QTEST_MAIN(GuiRoomVotesTest)
#include "test_gui_room_votes.moc"
