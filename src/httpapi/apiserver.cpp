// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/apiserver.h"

#include "httpapi/apiservice.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace
{
const QByteArray JsonType = "application/json";
} // namespace

// Requests go straight to ApiService (one routing table, uniform 401/404/405/413 answers).
// Changes are answered after the router replied: the responder is kept until then, and is only
// written to if the client is still connected.
class ApiServer::HttpServer : public QAbstractHttpServer
{
public:
    explicit HttpServer(ApiService* service)
        : m_service(service)
    { }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> alive(socket);
        dispatch(request, [responder, alive](const ApiService::Response& response) {
            if (!alive.isNull()) {
                responder->write(response.bytes(), JsonType, QHttpServerResponder::StatusCode(response.status));
            }
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }
#else
    // Newer Qt hands out the responder itself and keeps its stream alive while it exists.
    bool handleRequest(const QHttpServerRequest& request, QHttpServerResponder& responder) override
    {
        auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
        dispatch(request, [kept](const ApiService::Response& response) {
            kept->write(response.bytes(), JsonType, QHttpServerResponder::StatusCode(response.status));
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest&, QHttpServerResponder&& responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
#endif

private:
    void dispatch(const QHttpServerRequest& request, const ApiService::Reply& reply)
    {
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            method = "POST";
            break;
        case QHttpServerRequest::Method::Put:
            method = "PUT";
            break;
        case QHttpServerRequest::Method::Delete:
            method = "DELETE";
            break;
        case QHttpServerRequest::Method::Patch:
            method = "PATCH";
            break;
        case QHttpServerRequest::Method::Head:
            method = "HEAD";
            break;
        default:
            method = "OTHER";
            break;
        }
        QString path = request.url().path();
        if (request.url().hasQuery()) {
            path += u'?' + request.url().query(QUrl::FullyEncoded);
        }
        m_service->handle(method, path, request.value("Authorization"), request.body(), reply);
    }

    ApiService* m_service;
};

ApiServer::ApiServer(ApiService* service, QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<HttpServer>(service))
{ }

ApiServer::~ApiServer()
{
    close();
}

bool ApiServer::parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const QString host = colon < 0 ? text : text.left(colon);
    const QString portText = colon < 0 ? QString() : text.mid(colon + 1);
    *address = host.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address->isNull()) {
        *error = tr("\"%1\" is not an IP address (use e.g. 127.0.0.1:5000)").arg(host);
        return false;
    }
    *port = DefaultPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value > 65535) {
            *error = tr("\"%1\" is not a port number").arg(portText);
            return false;
        }
        *port = quint16(value);
    }
    return true;
}

bool ApiServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    close();
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port)) {
        *error = tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    m_http->bind(m_tcp);
    return true;
}

quint16 ApiServer::port() const
{
    return m_tcp != nullptr ? m_tcp->serverPort() : 0;
}

void ApiServer::close()
{
    if (m_tcp != nullptr) {
        m_tcp->close();
    }
}
