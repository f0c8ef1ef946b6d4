#pragma once
// The round on the network: a Qt HTTP server that hands every request to the round's
// RequestHandler and adds the security headers. It listens from start() until it is destroyed
// or stop() is called, only on the address given.
//
// Group commit: a POST (a vote, a new name) opens a group in the round's document; the requests
// that arrive in the next few milliseconds (and all that queued up meanwhile) join it, and their
// answers wait until the one transaction holding them is committed. So a phone is told "saved"
// only for a vote that is on disk, and a burst of votes costs one set of disk flushes instead of
// one per vote.
#include <QHostAddress>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include <memory>
#include <string>
#include <vector>

#include "room_votes/http/serve_round.h"
#include "room_votes/vote_requests.h"

namespace crm::room_votes {

class VoteServer : public QAbstractHttpServer {
    Q_OBJECT
  public:
    VoteServer(VoteRound& round, HandlerLimits limits = {}, QObject* parent = nullptr);
    ~VoteServer() override;

    // Listens on address:port (0 picks a free port). Returns false, with the reason in
    // errorText(), when the address cannot be used.
    bool start(const QHostAddress& address, quint16 port);
    void stop();  // commits and answers what is waiting first
    bool isListening() const;
    QString errorText() const { return error_; }

    // "http://192.168.1.20:51234": what a person types; joinUrl() adds the round's token and is
    // what the QR code holds.
    QString shortAddress() const;
    QString joinUrl() const;

  signals:
    void changed();  // an answer or a new person reached the document

  protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

  private:
    struct Waiting {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;  // gone when the phone hung up meanwhile
        Response response;
    };
    void commitWaiting();

    VoteRound& round_;
    std::vector<Waiting> waiting_;
    QTimer commitTimer_;
    RequestHandler handler_;
    QHostAddress address_;
    quint16 port_ = 0;
    QString error_;
};

// The phone page's files, compiled in (join.html, join.js, vote.html, vote.js, style.css).
std::map<std::string, StaticFile> phonePageFiles();
// The laptop's address on the room's network: the first IPv4 address of an interface that is
// up and not loopback; loopback when there is none.
QHostAddress roomNetworkAddress();

}  // namespace crm::room_votes
