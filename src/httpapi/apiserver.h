// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpapi/httphandler.h"
#include "httpapi/httpserver.h"

#include <QHostAddress>
#include <QObject>

class ApiService;
class WebAdmin;

// Carries ApiService over HTTP (127.0.0.1:5000 unless the operator chose otherwise): the routing
// layer between HttpServer and the endpoints. Requests go to ApiService, which checks the token
// before anything else, except what the web admin claims (its pages under /admin, and API requests
// signed in by its session cookie instead of a token), which go to WebAdmin.
class ApiServer
    : public QObject
    , private HttpHandler
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 5000;

    explicit ApiServer(ApiService* service, QObject* parent = nullptr);
    ~ApiServer() override;

    // "127.0.0.1:5000", "0.0.0.0:8080", ":5000" (loopback), "[::1]:5000", "[::]:5000"; false with a
    // reason when malformed.
    static bool parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error);
    // Empty for a loopback address; otherwise a warning that says who can reach the API.
    static QString exposureWarning(const QHostAddress& address);
    // Why the server may not listen on address: beyond loopback only with a web-admin password
    // set. Empty when it may.
    static QString listenRefusal(const QHostAddress& address, bool webPasswordSet);

    // The web admin's pages and cookie-signed-in API (not owned; nullptr: none).
    void setWebAdmin(WebAdmin* web) { m_web = web; }

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    void close();
    // Limits, timeouts and connection counts (tests shorten the timeouts).
    HttpServer& http() { return m_http; }

private:
    std::optional<HttpResponse> admit(const HttpRequest& head) override;
    void handle(const HttpRequest& request, const HttpResponder& responder) override;
    HttpResponse errorResponse(int status, const QString& message) const override;

    ApiService* m_service;
    WebAdmin* m_web = nullptr;
    HttpServer m_http;
};
