// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/apiserver.h"

#include "httpapi/apiservice.h"
#include "httpapi/httprequest.h"
#include "httpapi/webadmin.h"

using namespace Qt::StringLiterals;

namespace
{
HttpResponse toHttp(const ApiService::Response& response)
{
    return HttpResponse::json(response.status, response.bytes());
}
} // namespace

ApiServer::ApiServer(ApiService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_http(this)
{
    HttpServer::Limits limits;
    limits.maximumBody = ApiService::MaximumBody;
    m_http.setLimits(limits);
    m_http.setDefaultHeaders(WebAdmin::securityHeaders());
}

ApiServer::~ApiServer()
{
    close();
}

bool ApiServer::parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        // [IPv6]:port
        const qsizetype end = text.indexOf(u']');
        const QString rest = end < 0 ? QString() : text.mid(end + 1);
        if (end < 0 || (!rest.isEmpty() && !rest.startsWith(u':'))) {
            *error = tr("\"%1\" is not an address and port (use e.g. [::1]:5000)").arg(text);
            return false;
        }
        host = text.mid(1, end - 1);
        portText = rest.mid(1);
    } else {
        if (text.count(u':') > 1) {
            *error = tr("write an IPv6 address in brackets, e.g. [::1]:5000");
            return false;
        }
        const qsizetype colon = text.indexOf(u':');
        host = colon < 0 ? text : text.left(colon);
        portText = colon < 0 ? QString() : text.mid(colon + 1);
    }
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

QString ApiServer::exposureWarning(const QHostAddress& address)
{
    if (address.isLoopback()) {
        return {};
    }
    return tr("the HTTP API and the web admin listen on %1, not only on this PC: customers on the shop Wi-Fi "
              "(and anyone else on that network) can reach them, and only the token and the web-admin password "
              "stand between them and your speed limits. Keep the port closed in the router's firewall, and "
              "never forward it to the internet.")
        .arg(address.toString());
}

QString ApiServer::listenRefusal(const QHostAddress& address, bool webPasswordSet)
{
    if (address.isLoopback() || webPasswordSet) {
        return {};
    }
    return tr("will not listen on %1 without a web-admin password: anyone on the shop Wi-Fi could reach the web "
              "admin. Set a password first (Settings, or \"pisonet-cli web password\"), or listen on 127.0.0.1.")
        .arg(address.toString());
}

bool ApiServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    return m_http.listen(address, port, error);
}

quint16 ApiServer::port() const
{
    return m_http.port();
}

void ApiServer::close()
{
    m_http.close();
}

std::optional<HttpResponse> ApiServer::admit(const HttpRequest& head)
{
    if (m_web != nullptr && WebAdmin::claims(head)) {
        return m_web->admit(head);
    }
    if (auto refusal = m_service->admit(head.method, head.pathAndQuery(), head.headers.value("Authorization"))) {
        return toHttp(*refusal);
    }
    return std::nullopt;
}

void ApiServer::handle(const HttpRequest& request, const HttpResponder& responder)
{
    if (m_web != nullptr && WebAdmin::claims(request)) {
        m_web->handle(request, responder);
        return;
    }
    m_service->handle(
        request.method, request.pathAndQuery(), request.headers.value("Authorization"), request.body,
        [responder](const ApiService::Response& response) { responder.respond(toHttp(response)); },
        request.headers.value("Idempotency-Key"));
}

HttpResponse ApiServer::errorResponse(int status, const QString& message) const
{
    return toHttp(ApiService::error(status, message));
}
