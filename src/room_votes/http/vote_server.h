#pragma once
// The round on the network: a Qt HTTP server that hands every request to the round's
// RequestHandler and adds the security headers. It listens from start() until it is destroyed
// or stop() is called, only on the address given.
#include <QHostAddress>
#include <QString>
#include <QtHttpServer/QAbstractHttpServer>

#include <memory>
#include <string>

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
    void stop();
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
    VoteRound& round_;
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
