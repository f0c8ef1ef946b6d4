#include "room_votes/http/vote_server.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

namespace crm::room_votes {

namespace {

std::string methodName(QHttpServerRequest::Method method) {
    switch (method) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Post:
            return "POST";
        default:
            return "OTHER";
    }
}

// How long the first write of a group waits for others to join it: short beside a disk flush
// (15 ms and more), long enough to gather a burst that arrives together.
constexpr int kGroupWindowMs = 3;

void writeResponse(QHttpServerResponder& responder, const Response& out) {
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(out.status));
    for (const auto& [name, value] : securityHeaders())
        responder.writeHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    responder.writeHeader("Content-Type", QByteArray::fromStdString(out.contentType));
    responder.writeHeader("Content-Length", QByteArray::number(qsizetype(out.body.size())));
    responder.writeBody(out.body.data(), static_cast<qint64>(out.body.size()));
}

QString hostText(const QHostAddress& address) {
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]").arg(address.toString())
               : address.toString();
}

}  // namespace

VoteServer::VoteServer(VoteRound& round, HandlerLimits limits, QObject* parent)
    : QAbstractHttpServer(parent), round_(round), handler_(round, phonePageFiles(), limits) {
    handler_.onChange([this] { emit changed(); });
    commitTimer_.setSingleShot(true);
    commitTimer_.setInterval(kGroupWindowMs);
    connect(&commitTimer_, &QTimer::timeout, this, &VoteServer::commitWaiting);
}

VoteServer::~VoteServer() { stop(); }

bool VoteServer::start(const QHostAddress& address, quint16 port) {
    stop();
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        error_ = tr("Cannot listen on %1 port %2.").arg(address.toString()).arg(port);
        return false;
    }
    address_ = address;
    port_ = bound;
    error_.clear();
    return true;
}

void VoteServer::stop() {
    commitWaiting();
    for (QTcpServer* server : servers()) server->close();
    port_ = 0;
}

bool VoteServer::isListening() const {
    for (QTcpServer* server : servers())
        if (server->isListening()) return true;
    return false;
}

QString VoteServer::shortAddress() const {
    return QStringLiteral("http://%1:%2").arg(hostText(address_)).arg(port_);
}

QString VoteServer::joinUrl() const {
    return shortAddress() +
           QStringLiteral("/r/%1/").arg(QString::fromStdString(round_.roundToken()));
}

bool VoteServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    Request in;
    in.method = methodName(request.method());
    in.target = request.url()
                    .toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded)
                    .toStdString();
    in.voterToken = request.value("X-Voter").toStdString();
    in.body = request.body().toStdString();
    in.client = request.remoteAddress().toString().toStdString();
    in.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (in.method == "POST" && round_.isOpen() && !round_.groupOpen()) {
        try {
            round_.beginGroup();
            commitTimer_.start();
        } catch (const std::exception&) {
            // The document refused even to start: the request's own write reports the failure.
        }
    }
    const Response out = handler_.handle(in);

    QHttpServerResponder responder = makeResponder(request, socket);
    if (round_.groupOpen()) {
        // Every answer given while a group is open waits for its commit, so none reports a
        // state that is not yet on disk.
        waiting_.push_back({std::move(responder), QPointer<QTcpSocket>(socket), out});
        return true;
    }
    writeResponse(responder, out);
    return true;
}

void VoteServer::commitWaiting() {
    commitTimer_.stop();
    const bool committed = round_.commitGroup();
    std::vector<Waiting> answering;
    answering.swap(waiting_);
    const Response notSaved{503, "application/json; charset=utf-8",
                            R"({"error":"The vote could not be saved on the laptop; try again."})"};
    for (Waiting& w : answering)
        if (w.socket) writeResponse(w.responder, committed ? w.response : notSaved);
    if (!committed) emit changed();
}

void VoteServer::missingHandler(const QHttpServerRequest&, QTcpSocket*) {}

std::map<std::string, StaticFile> phonePageFiles() {
    const std::pair<const char*, const char*> kFiles[] = {
        {"join.html", "text/html; charset=utf-8"},
        {"join.js", "text/javascript; charset=utf-8"},
        {"vote.html", "text/html; charset=utf-8"},
        {"vote.js", "text/javascript; charset=utf-8"},
        {"style.css", "text/css; charset=utf-8"}};
    std::map<std::string, StaticFile> out;
    for (const auto& [name, type] : kFiles) {
        QFile file(QStringLiteral(":/room_votes/") + QString::fromLatin1(name));
        if (file.open(QIODevice::ReadOnly)) out[name] = {type, file.readAll().toStdString()};
    }
    return out;
}

LevelTexts capabilityLevelTexts() {
    QFile file(QStringLiteral(":/room_votes/building_blocks.json"));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return levelsFromCatalog(file.readAll().toStdString());
}

std::string secureRandomBytes(std::size_t count) {
    std::string out(count, '\0');
    for (char& c : out) c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return out;
}

QHostAddress roomNetworkAddress() {
    for (const QNetworkInterface& interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning) ||
            (flags & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : interface.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) return entry.ip();
    }
    return QHostAddress(QHostAddress::LocalHost);
}

}  // namespace crm::room_votes
