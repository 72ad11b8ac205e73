// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpapi/httphandler.h"
#include "httpapi/weblockout.h"
#include "httpapi/websessions.h"

#include <QObject>

class ApiService;
class EventLog;

// The web admin for the owner's phone: sign-in at /admin, Bandwidth Control at /admin/bandwidth,
// their static files (compiled in from resources/web/), and the JSON API for a signed-in browser.
// A browser signs in with the web-admin password (WebPassword) and gets a server-side session in
// an HttpOnly, SameSite=Strict cookie; every change it asks for must carry the session's CSRF token
// in "X-CSRF-Token". API requests signed in by cookie go to the same ApiService as the scripts'
// Bearer requests, with "web" as the origin in the log. Five wrong passwords from one address lock
// it out for five minutes. ApiServer sends here what claims() accepts.
class WebAdmin
    : public QObject
    , public HttpHandler
{
    Q_OBJECT

public:
    static constexpr QByteArrayView CookieName = "pisonet_session";

    // databasePath: where the web-admin password is kept (beside that database); log: sign-ins,
    // sign-outs and lockouts (optional).
    WebAdmin(ApiService* api, QString databasePath, EventLog* log = nullptr, QObject* parent = nullptr);
    ~WebAdmin() override;

    // Whether the request is the web admin's: its pages and files, and API requests that carry a
    // session cookie and no Authorization header (scripts' Bearer requests stay with ApiService).
    static bool claims(const HttpRequest& head);
    // Sent with every response of the server (pages, API, errors): no framing, no sniffing, no
    // referrer, and scripts and styles only from the program itself.
    static HttpHeaders securityHeaders();

    std::optional<HttpResponse> admit(const HttpRequest& head) override;
    void handle(const HttpRequest& request, const HttpResponder& responder) override;

    WebSessions& sessions() { return m_sessions; }
    WebLockout& lockout() { return m_lockout; }

private:
    enum class Kind
    {
        Root, // "/": the phone's first guess
        SignInPage,
        Page, // needs a session, else back to sign-in
        File, // static files, no session needed
        Session, // JSON: signed in? the CSRF token
        SignIn,
        SignOut,
        CheckLimit, // JSON: the window's validation of typed speeds
        Api, // ApiService, signed in by cookie
        Unknown
    };
    struct Target
    {
        Kind kind = Kind::Unknown;
        QString resource; // for pages and files
        QByteArray contentType;
    };

    static Target resolve(const HttpRequest& head);
    // The session of the request's cookie, if there is one and it has not expired.
    std::optional<WebSessions::Session> sessionOf(const HttpRequest& request);

    void signIn(const HttpRequest& request, const HttpResponder& responder);
    void finishSignIn(const QHostAddress& peer, bool right, const QString& credential, const HttpResponder& responder);
    void signOut(const HttpRequest& request, const HttpResponder& responder);
    HttpResponse checkLimit(const HttpRequest& request) const;
    HttpResponse lockedOut(const QHostAddress& peer) const;
    static HttpResponse file(const Target& target);
    static HttpResponse redirect(const QByteArray& location);

    ApiService* m_api;
    QString m_databasePath;
    EventLog* m_log;
    WebSessions m_sessions;
    WebLockout m_lockout;
};
