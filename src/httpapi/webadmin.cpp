// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/webadmin.h"

#include "core/log/eventlog.h"
#include "core/traffic/ratelimit.h"
#include "httpapi/apiservice.h"
#include "httpapi/apitoken.h"
#include "httpapi/httprequest.h"
#include "httpapi/webpassword.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace
{
const QString ApiPrefix = u"/admin/api/"_s;
const QString FilePrefix = u"/admin/static/"_s;
const QString ResourceFolder = u":/web/"_s;

struct Page
{
    QString path;
    QString resource;
};
// Pages that need a signed-in browser; without one they send it to the sign-in page.
const QList<Page> Pages {{u"/admin/bandwidth"_s, u"bandwidth.html"_s}, {u"/admin/vouchers"_s, u"vouchers.html"_s}};
const QStringList Files {u"admin.css"_s,    u"common.js"_s,   u"strings.js"_s, u"signin.js"_s,
                         u"bandwidth.js"_s, u"vouchers.js"_s, u"icon.svg"_s};

QByteArray contentTypeOf(const QString& name)
{
    if (name.endsWith(u".html"_s)) {
        return "text/html; charset=utf-8";
    }
    if (name.endsWith(u".css"_s)) {
        return "text/css; charset=utf-8";
    }
    if (name.endsWith(u".js"_s)) {
        return "text/javascript; charset=utf-8";
    }
    return "image/svg+xml";
}

HttpResponse json(const ApiService::Response& response)
{
    return HttpResponse::json(response.status, response.bytes());
}

HttpResponse jsonError(int status, const QString& message)
{
    return json(ApiService::error(status, message));
}

QByteArray cookieValue(const HttpRequest& request, QByteArrayView name)
{
    for (const QByteArray& header : request.headers.values("Cookie")) {
        for (const QByteArray& part : header.split(';')) {
            const QByteArray pair = part.trimmed();
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0 && QByteArrayView(pair).first(equals) == name) {
                return pair.mid(equals + 1);
            }
        }
    }
    return {};
}

QByteArray sessionCookie(const QByteArray& value, bool expire)
{
    // No Secure flag: the page is plain HTTP on the shop's LAN (the README says why that is the limit).
    return WebAdmin::CookieName.toByteArray() + '=' + value + "; Path=/admin; HttpOnly; SameSite=Strict"
        + (expire ? "; Max-Age=0" : "");
}

// A browser that shows another site's page sends that site as Origin: such requests change nothing.
bool sameOrigin(const HttpRequest& request)
{
    if (!request.headers.contains("Origin")) {
        return true; // not a browser's cross-site request (scripts, curl)
    }
    const QByteArray expected = "http://" + request.headers.value("Host");
    return request.headers.value("Origin").compare(expected, Qt::CaseInsensitive) == 0;
}

bool isRead(const QByteArray& method)
{
    return method == "GET" || method == "HEAD";
}
} // namespace

WebAdmin::WebAdmin(ApiService* api, QString databasePath, EventLog* log, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_databasePath(std::move(databasePath))
    , m_log(log)
{ }

WebAdmin::~WebAdmin() = default;

bool WebAdmin::claims(const HttpRequest& head)
{
    const QString path = head.url.path();
    if (path.startsWith(ApiPrefix)) {
        return !head.headers.contains("Authorization") && !cookieValue(head, CookieName).isEmpty();
    }
    return path == u"/"_s || path == u"/admin"_s || path.startsWith(u"/admin/"_s);
}

HttpHeaders WebAdmin::securityHeaders()
{
    return {{"X-Content-Type-Options", "nosniff"},
            {"Cache-Control", "no-store"},
            {"Content-Security-Policy",
             "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
             "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
            {"X-Frame-Options", "DENY"},
            {"Referrer-Policy", "no-referrer"}};
}

WebAdmin::Target WebAdmin::resolve(const HttpRequest& head)
{
    const QString path = head.url.path();
    if (path.startsWith(ApiPrefix)) {
        return {Kind::Api, {}, {}};
    }
    if (path == u"/"_s || path == u"/admin/"_s) {
        return {Kind::Root, {}, {}};
    }
    if (path == u"/admin"_s) {
        return {Kind::SignInPage, u"signin.html"_s, contentTypeOf(u".html"_s)};
    }
    if (path == u"/admin/session"_s) {
        return {Kind::Session, {}, {}};
    }
    if (path == u"/admin/signin"_s) {
        return {Kind::SignIn, {}, {}};
    }
    if (path == u"/admin/signout"_s) {
        return {Kind::SignOut, {}, {}};
    }
    if (path == u"/admin/check-limit"_s) {
        return {Kind::CheckLimit, {}, {}};
    }
    for (const Page& page : Pages) {
        if (path == page.path) {
            return {Kind::Page, page.resource, contentTypeOf(page.resource)};
        }
    }
    if (path.startsWith(FilePrefix) && Files.contains(path.mid(FilePrefix.size()))) {
        const QString name = path.mid(FilePrefix.size());
        return {Kind::File, name, contentTypeOf(name)};
    }
    return {};
}

std::optional<WebSessions::Session> WebAdmin::sessionOf(const HttpRequest& request)
{
    const QByteArray id = cookieValue(request, CookieName);
    std::optional<WebSessions::Session> session = id.isEmpty() ? std::nullopt : m_sessions.use(id);
    if (session && session->credential != WebPassword::stored(m_databasePath)) {
        m_sessions.remove(id); // the password was changed (or removed) since: sign in again
        return std::nullopt;
    }
    return session;
}

std::optional<HttpResponse> WebAdmin::admit(const HttpRequest& head)
{
    const Target target = resolve(head);
    const bool post = target.kind == Kind::SignIn || target.kind == Kind::SignOut;
    switch (target.kind) {
    case Kind::Unknown:
        return jsonError(404, tr("no such page: %1").arg(head.url.path()));
    case Kind::Api:
        break;
    default:
        if (post ? head.method != "POST" : !isRead(head.method)) {
            return jsonError(405,
                             tr("%1 takes %2, not %3")
                                 .arg(head.url.path(), post ? u"POST"_s : u"GET"_s, QString::fromLatin1(head.method)));
        }
    }
    if (target.kind == Kind::SignIn) {
        if (!sameOrigin(head)) {
            return jsonError(403, tr("a sign-in from another site's page is refused"));
        }
        if (m_lockout.lockedForMs(head.peer) > 0) {
            return lockedOut(head.peer);
        }
        return std::nullopt;
    }
    if (target.kind != Kind::Api && target.kind != Kind::SignOut && target.kind != Kind::CheckLimit) {
        return std::nullopt; // pages, files, the session's state: everyone may ask
    }
    const std::optional<WebSessions::Session> session = sessionOf(head);
    if (!session) {
        return jsonError(401, tr("not signed in, or the session ended: sign in again at /admin"));
    }
    if (!isRead(head.method)) {
        // A change asked for by a page of this program carries the session's token; a page of
        // another site that makes the browser post here cannot know it.
        if (!sameOrigin(head) || !ApiToken::equalSecrets(head.headers.value("X-CSRF-Token"), session->csrfToken)) {
            return jsonError(403, tr("missing or wrong CSRF token (X-CSRF-Token): reload the page"));
        }
    }
    if (target.kind == Kind::Api) {
        if (auto refusal = m_api->route(head.method, head.pathAndQuery())) {
            return json(*refusal);
        }
    }
    return std::nullopt;
}

void WebAdmin::handle(const HttpRequest& request, const HttpResponder& responder)
{
    const Target target = resolve(request);
    switch (target.kind) {
    case Kind::Root:
        responder.respond(redirect("/admin"));
        return;
    case Kind::SignInPage:
        responder.respond(sessionOf(request) ? redirect("/admin/bandwidth") : file(target));
        return;
    case Kind::Page:
        responder.respond(sessionOf(request) ? file(target) : redirect("/admin"));
        return;
    case Kind::File:
        responder.respond(file(target));
        return;
    case Kind::Session: {
        const std::optional<WebSessions::Session> session = sessionOf(request);
        QJsonObject body {{u"success"_s, true},
                          {u"signed_in"_s, session.has_value()},
                          {u"password_set"_s, WebPassword::isSet(m_databasePath)}};
        if (session) {
            body.insert(u"csrf_token"_s, QString::fromLatin1(session->csrfToken));
        }
        responder.respond(json(ApiService::ok(body)));
        return;
    }
    case Kind::SignIn:
        signIn(request, responder);
        return;
    case Kind::SignOut:
        signOut(request, responder);
        return;
    case Kind::CheckLimit:
        responder.respond(checkLimit(request));
        return;
    case Kind::Api:
        m_api->serve(
            request.method, request.pathAndQuery(), request.body, u"web"_s,
            [responder](const ApiService::Response& response) { responder.respond(json(response)); },
            request.headers.value("Idempotency-Key"));
        return;
    case Kind::Unknown:
        break;
    }
    responder.respond(jsonError(404, tr("no such page: %1").arg(request.url.path())));
}

void WebAdmin::signIn(const HttpRequest& request, const HttpResponder& responder)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue password = document.object().value(u"password"_s);
    if (!password.isString()) {
        responder.respond(jsonError(400, tr("field \"password\": missing")));
        return;
    }
    const QString hash = WebPassword::stored(m_databasePath);
    if (hash.isEmpty()) {
        responder.respond(jsonError(403,
                                    tr("no web-admin password is set yet: set one in PisoNet Manager's Settings, "
                                       "or with \"pisonet-cli web password\"")));
        return;
    }
    const QHostAddress peer = request.peer;
    if (!m_lockout.begin(peer)) {
        responder.respond(lockedOut(peer));
        return;
    }
    // The check is slow on purpose (PBKDF2): it runs on a worker thread, so the window and the
    // router keep going meanwhile. The answer comes back through a watcher that lives here: if this
    // object goes first (settings changed, quit), the watcher goes with it and nothing is answered.
    auto promise = std::make_shared<QPromise<bool>>();
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, peer, responder, hash] {
        watcher->deleteLater();
        finishSignIn(peer, watcher->result(), hash, responder);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, given = password.toString(), hash] {
        promise->addResult(WebPassword::verify(given, hash));
        promise->finish();
    });
}

void WebAdmin::finishSignIn(const QHostAddress& peer,
                            bool right,
                            const QString& credential,
                            const HttpResponder& responder)
{
    const bool lockedNow = m_lockout.finish(peer, right);
    const QString who = WebLockout::key(peer);
    if (!right) {
        if (lockedNow) {
            if (m_log != nullptr) {
                m_log->warning(tr("Web admin: %1 wrong passwords from %2; that address may not sign in for %3 minutes.")
                                   .arg(WebLockout::MaximumFailures)
                                   .arg(who)
                                   .arg(WebLockout::LockTime.count()));
            }
            responder.respond(lockedOut(peer));
            return;
        }
        HttpResponse response = jsonError(401, tr("wrong password"));
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        body.insert(u"tries_left"_s, m_lockout.triesLeft(peer));
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        responder.respond(response);
        return;
    }
    const WebSessions::Session session = m_sessions.create(credential);
    if (m_log != nullptr) {
        m_log->info(tr("Web admin: signed in from %1.").arg(who));
    }
    HttpResponse response = json(
        ApiService::ok(QJsonObject {{u"success"_s, true}, {u"csrf_token"_s, QString::fromLatin1(session.csrfToken)}}));
    response.headers.append("Set-Cookie", sessionCookie(session.id, false));
    responder.respond(response);
}

void WebAdmin::signOut(const HttpRequest& request, const HttpResponder& responder)
{
    m_sessions.remove(cookieValue(request, CookieName));
    if (m_log != nullptr) {
        m_log->info(tr("Web admin: signed out from %1.").arg(WebLockout::key(request.peer)));
    }
    HttpResponse response = json(ApiService::ok(QJsonObject {{u"success"_s, true}}));
    response.headers.append("Set-Cookie", sessionCookie({}, true));
    responder.respond(response);
}

HttpResponse WebAdmin::checkLimit(const HttpRequest& request) const
{
    // The Set limit dialog's rules and words, so the phone says what the window would.
    const QUrlQuery query(request.url);
    QString error;
    const auto download
        = RateLimit::parse(query.queryItemValue(u"download"_s, QUrl::FullyDecoded), tr("Download"), &error);
    const auto upload = download
        ? RateLimit::parse(query.queryItemValue(u"upload"_s, QUrl::FullyDecoded), tr("Upload"), &error)
        : std::nullopt;
    const bool valid = download && upload;
    const QString message
        = valid ? tr("The device will get at most %1.").arg(BandwidthLimit {*upload, *download}.toDisplay()) : error;
    return json(ApiService::ok(QJsonObject {{u"success"_s, true}, {u"valid"_s, valid}, {u"message"_s, message}}));
}

HttpResponse WebAdmin::lockedOut(const QHostAddress& peer) const
{
    const qint64 seconds = qMax<qint64>(1, (m_lockout.lockedForMs(peer) + 999) / 1000);
    HttpResponse response = jsonError(
        429,
        tr("too many wrong passwords from this device: try again in %n minute(s)", nullptr, int((seconds + 59) / 60)));
    response.headers.append("Retry-After", QByteArray::number(seconds));
    return response;
}

HttpResponse WebAdmin::file(const Target& target)
{
    QFile resource(ResourceFolder + target.resource);
    if (!resource.open(QIODevice::ReadOnly)) {
        return jsonError(500, tr("%1 is missing from the program").arg(target.resource));
    }
    HttpResponse response;
    response.headers.append("Content-Type", target.contentType);
    response.body = resource.readAll();
    return response;
}

HttpResponse WebAdmin::redirect(const QByteArray& location)
{
    HttpResponse response;
    response.status = 303;
    response.headers.append("Location", location);
    return response;
}
