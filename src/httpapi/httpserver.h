// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpapi/httpheaders.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <chrono>

class HttpConnection;
class HttpHandler;
class QTcpServer;
class QTcpSocket;

// A small, strict HTTP/1.1 server on QTcpServer. It reads each request's head incrementally and
// asks its HttpHandler to admit the request before reading one byte of the body, so a request
// without a valid token or with a body over the limit costs no memory. Keep-alive, pipelining (in
// order), HEAD, "Expect: 100-continue" and chunked bodies are handled here; everything the server
// refuses itself is answered through HttpHandler::errorResponse. Same code on every Qt 6.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qsizetype maximumRequestLine = 8 * 1024; // 414 beyond
        qsizetype maximumHeadBytes = 16 * 1024; // request line + header fields; 431 beyond
        int maximumHeaderFields = 100; // 431 beyond
        qsizetype maximumBody = 64 * 1024; // 413 beyond
        int maximumConnections = 64; // further ones get 503
        std::chrono::milliseconds requestTimeout {10000}; // for the head, then again for the body
        std::chrono::milliseconds idleTimeout {60000}; // keep-alive without a new request
        // After a refusal the unread rest of a request is drained (and dropped) for at most this
        // long, this many bytes, or until the client is quiet for half a second, before the
        // connection is cut: so the client reads the answer instead of a connection reset.
        std::chrono::milliseconds lingerTimeout {2000};
        qint64 lingerBytes = 1024 * 1024;
    };

    explicit HttpServer(HttpHandler* handler, QObject* parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits& limits) { m_limits = limits; }
    const Limits& limits() const { return m_limits; }
    // Added to every response that does not set the same header; by default nosniff and no-store.
    void setDefaultHeaders(const HttpHeaders& headers) { m_defaultHeaders = headers; }
    const HttpHeaders& defaultHeaders() const { return m_defaultHeaders; }

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    // Stops listening and drops every connection (answers still pending are dropped too).
    void close();
    bool isListening() const;
    quint16 port() const;

    HttpHandler* handler() const { return m_handler; }
    int connectionCount() const { return int(m_connections.size()); }
    // Request bytes held in memory for all connections (socket buffers included): stays small
    // whatever clients send.
    qint64 bufferedBytes() const;
    // The current time as an HTTP date, computed at most once a second.
    QByteArray httpDate();

private:
    void acceptConnections();
    void refuseConnection(QTcpSocket* socket);

    HttpHandler* m_handler;
    QTcpServer* m_tcp = nullptr;
    Limits m_limits;
    HttpHeaders m_defaultHeaders;
    QList<HttpConnection*> m_connections;
    qint64 m_dateSecond = -1;
    QByteArray m_date;
};
