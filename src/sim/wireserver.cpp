// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/wireserver.h"

#include "core/log/logcategories.h"
#include "core/routeros/apidecoder.h"
#include "core/routeros/apiencoder.h"
#include "sim/queryevaluator.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

struct WireServer::Client
{
    QTcpSocket* socket = nullptr;
    ApiDecoder decoder;
    bool loggedIn = false;
    int generation = 0; // Faults::hangGeneration() when it connected: hung once that grows
    QByteArray challenge;
};

WireServer::WireServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

WireServer::~WireServer()
{
    close();
}

bool WireServer::listen(const QHostAddress& address, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &WireServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

quint16 WireServer::port() const
{
    return m_server != nullptr ? m_server->serverPort() : 0;
}

void WireServer::close()
{
    disconnectAll();
    delete m_server;
    m_server = nullptr;
}

void WireServer::setCredentials(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

void WireServer::disconnectAll()
{
    const QList<Client*> clients = m_clients;
    for (Client* client : clients) {
        dropClient(client);
    }
}

void WireServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* client = new Client;
        client->socket = socket;
        client->generation = m_faults.hangGeneration();
        // Replies are whole sentences written at once: send them now rather than wait for more.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_clients.append(client);
        connect(socket, &QTcpSocket::readyRead, this, [this, client] { onReadyRead(client); });
        connect(socket, &QTcpSocket::disconnected, this, [this, client] { dropClient(client); });
    }
}

void WireServer::dropClient(Client* client)
{
    if (!m_clients.removeOne(client)) {
        return;
    }
    client->socket->disconnect(this);
    client->socket->abort();
    client->socket->deleteLater();
    delete client;
}

void WireServer::onReadyRead(Client* client)
{
    client->decoder.feed(client->socket->readAll());
    ApiSentence sentence;
    while (client->decoder.next(&sentence)) {
        handle(client, sentence.words());
        if (!m_clients.contains(client)) {
            return;
        }
    }
    // Hand the replies to the kernel now instead of on the next turn of the event loop.
    client->socket->flush();
    if (client->decoder.hasError()) {
        qCDebug(lcSimulator) << "client sent garbage:" << client->decoder.errorString();
        dropClient(client);
    }
}

void WireServer::write(Client* client, const QByteArray& bytes)
{
    if (!m_faults.allowReply()) {
        dropClient(client);
        return;
    }
    if (m_faults.replyDelayMs() > 0) {
        QPointer<QTcpSocket> socket = client->socket;
        QTimer::singleShot(m_faults.replyDelayMs(), this, [socket, bytes] {
            if (!socket.isNull()) {
                socket->write(bytes);
            }
        });
        return;
    }
    client->socket->write(bytes);
}

void WireServer::reply(Client* client, QList<QByteArray> words, const QByteArray& tag)
{
    if (!tag.isNull()) {
        words.append(".tag=" + tag);
    }
    write(client, ApiEncoder::sentence(words));
}

void WireServer::trap(Client* client, const QString& message, const QByteArray& tag)
{
    reply(client, {"!trap", "=message=" + message.toUtf8()}, tag);
    if (m_clients.contains(client)) {
        done(client, tag);
    }
}

void WireServer::done(Client* client, const QByteArray& tag, const QByteArray& ret)
{
    QList<QByteArray> words {"!done"};
    if (!ret.isNull()) {
        words.append("=ret=" + ret);
    }
    reply(client, words, tag);
}

void WireServer::handle(Client* client, const QList<QByteArray>& words)
{
    ++m_commandCount;
    const QByteArray path = words.first();
    SimCommand command;
    QByteArray tag;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray& word = words[i];
        if (word.startsWith('=')) {
            const qsizetype equals = word.indexOf('=', 1);
            if (equals < 0) {
                command.attributes.insert(word.mid(1), QByteArray(""));
            } else {
                command.attributes.insert(word.mid(1, equals - 1), word.mid(equals + 1));
            }
        } else if (word.startsWith('?')) {
            command.queries.append(word.mid(1));
        } else if (word.startsWith(".tag=")) {
            tag = word.mid(5);
        }
    }
    if (m_faults.isSilent() || client->generation < m_faults.hangGeneration()) {
        return;
    }
    if (m_faults.takeGarbage()) {
        client->socket->write(QByteArray("\xff\xfe<html>400 Bad Request</html>\r\n", 33));
        return;
    }
    if (const QString fatal = m_faults.takeFatal(); !fatal.isEmpty()) {
        write(client, ApiEncoder::sentence({"!fatal", fatal.toUtf8()}));
        if (m_clients.contains(client)) {
            client->socket->flush();
            dropClient(client);
        }
        return;
    }
    if (path == "/login") {
        handleLogin(client, command.attributes, tag);
        return;
    }
    if (!client->loggedIn) {
        write(client, ApiEncoder::sentence({"!fatal", "not logged in"}));
        dropClient(client);
        return;
    }
    Q_EMIT commandHandled(QString::fromUtf8(path));
    if (path == "/quit") {
        write(client, ApiEncoder::sentence({"!fatal", "session terminated on request"}));
        dropClient(client);
        return;
    }
    if (path == "/cancel") {
        // Every command is answered at once here, so there is never anything left to interrupt.
        done(client, tag);
        return;
    }
    const qsizetype slash = path.lastIndexOf('/');
    command.menu = path.left(slash);
    command.verb = path.mid(slash + 1);
    if (m_faults.isReadOnly() && !command.isPrint()) {
        trap(client, u"not enough permissions (9)"_s, tag);
        return;
    }
    const SimCommand::Result result = m_handler(command);
    if (result.rows) {
        print(client, *result.rows, command, tag, command.attributes.contains("count-only"));
        return;
    }
    if (!result.error.isEmpty()) {
        trap(client, result.error, tag);
        return;
    }
    if (result.changed) {
        ++m_changeCount;
    }
    done(client, tag, result.ret);
}

void WireServer::handleLogin(Client* client, const QHash<QByteArray, QByteArray>& attributes, const QByteArray& tag)
{
    const QString name = QString::fromUtf8(attributes.value("name"));
    if (attributes.contains("response")) {
        // Pre-6.43: response = "00" + hex(md5(0x00 + password + challenge)).
        QCryptographicHash md5(QCryptographicHash::Md5);
        md5.addData(QByteArrayView("\0", 1));
        md5.addData(m_password.toUtf8());
        md5.addData(client->challenge);
        const QByteArray expected = "00" + md5.result().toHex();
        if (!client->challenge.isEmpty() && name == m_user && attributes.value("response") == expected) {
            client->loggedIn = true;
            done(client, tag);
        } else {
            trap(client, u"cannot log in"_s, tag);
        }
        return;
    }
    const bool hasPassword = attributes.contains("password");
    if (m_loginMethod == LoginMethod::Challenge || (!hasPassword && name.isEmpty())) {
        client->challenge.resize(16);
        for (char& byte : client->challenge) {
            byte = char(QRandomGenerator::global()->bounded(256));
        }
        done(client, tag, client->challenge.toHex());
        return;
    }
    if (name == m_user && QString::fromUtf8(attributes.value("password")) == m_password) {
        client->loggedIn = true;
        done(client, tag);
    } else {
        trap(client, u"invalid user name or password (6)"_s, tag);
    }
}

void WireServer::print(
    Client* client, const QList<SimRow>& rows, const SimCommand& command, const QByteArray& tag, bool countOnly)
{
    const QueryEvaluator query(command.queries, command.attributes.value(".proplist"));
    const bool sentenceBySentence = m_faults.splitsReplies();
    QByteArray out;
    int count = 0;
    for (const SimRow& row : rows) {
        if (!query.matches(row)) {
            continue;
        }
        ++count;
        if (countOnly) {
            continue;
        }
        const QByteArray sentence = query.encode(row, tag);
        if (sentenceBySentence) {
            write(client, sentence);
            if (!m_clients.contains(client)) {
                return;
            }
        } else {
            out.append(sentence);
        }
    }
    if (!out.isEmpty()) {
        client->socket->write(out);
    }
    if (countOnly) {
        done(client, tag, QByteArray::number(count));
    } else {
        if (count == 0 && m_repliesEmpty) {
            reply(client, {"!empty"}, tag);
        }
        if (m_clients.contains(client)) {
            done(client, tag);
        }
    }
}
