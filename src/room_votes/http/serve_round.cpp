#include "room_votes/http/serve_round.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>
#include <stdexcept>

#include "room_votes/http/vote_server.h"

namespace crm::room_votes {

void serveRound(VoteRound& round, const ServeOptions& options, const ServeEvents& events) {
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "crmw";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QHostAddress address = roomNetworkAddress();
    if (!options.bind.empty() && !address.setAddress(QString::fromStdString(options.bind)))
        throw std::invalid_argument("--bind '" + options.bind + "' is no IP address");
    VoteServer server(round, options.limits);
    if (!server.start(address, static_cast<quint16>(options.port)))
        throw std::runtime_error(server.errorText().toStdString());
    if (events.listening)
        events.listening(server.joinUrl().toStdString(), server.shortAddress().toStdString());

    QEventLoop loop;
    bool closing = false;
    const auto closeRound = [&] {
        if (closing) return;
        closing = true;
        round.close();
        if (events.closed) events.closed();
        QTimer::singleShot(static_cast<int>(options.lingerSeconds * 1000), &loop,
                           [&] { loop.quit(); });
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (events.stopRequested && events.stopRequested()) loop.quit();
        if (events.closeRequested && events.closeRequested()) closeRound();
    });
    poll.start(100);
    if (options.closeAfterSeconds > 0)
        QTimer::singleShot(static_cast<int>(options.closeAfterSeconds * 1000), &loop, closeRound);
    loop.exec();
    server.stop();
}

}  // namespace crm::room_votes
