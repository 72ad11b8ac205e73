// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/httpserver.h"

#include "httpapi/httpconnection.h"
#include "httpapi/httphandler.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

HttpServer::HttpServer(HttpHandler* handler, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
    , m_defaultHeaders {{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}}
{ }

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    close();
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port)) {
        *error = tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    return true;
}

void HttpServer::close()
{
    if (m_tcp != nullptr) {
        m_tcp->close();
        delete m_tcp; // with it the sockets of refused connections
        m_tcp = nullptr;
    }
    // A pending answer is dropped with its connection: HttpResponder holds it weakly. Deleted
    // later, as this may run inside a handler called by one of them.
    for (HttpConnection* connection : std::exchange(m_connections, {})) {
        connection->close();
    }
}

bool HttpServer::isListening() const
{
    return m_tcp != nullptr && m_tcp->isListening();
}

quint16 HttpServer::port() const
{
    return m_tcp != nullptr ? m_tcp->serverPort() : 0;
}

qint64 HttpServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const HttpConnection* connection : m_connections) {
        total += connection->bufferedBytes();
    }
    return total;
}

QByteArray HttpServer::httpDate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return m_date;
}

void HttpServer::acceptConnections()
{
    while (m_tcp != nullptr && m_tcp->hasPendingConnections()) {
        QTcpSocket* socket = m_tcp->nextPendingConnection();
        if (m_connections.size() >= m_limits.maximumConnections) {
            refuseConnection(socket);
            continue;
        }
        auto* connection = new HttpConnection(socket, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
        });
    }
}

void HttpServer::refuseConnection(QTcpSocket* socket)
{
    // Answered at once, nothing read: a flood of connections costs a few bytes each, briefly.
    HttpResponse response = m_handler->errorResponse(503, tr("too many connections; try again in a moment"));
    response.headers.set("Retry-After", "1");
    socket->write(response.head(m_defaultHeaders, httpDate(), false) + response.body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_limits.lingerTimeout, socket, &QTcpSocket::abort);
    socket->disconnectFromHost();
}
