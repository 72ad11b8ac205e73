// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The web admin's security rules over real loopback HTTP, without a browser: the session cookie,
// its expiry, the lockout, CSRF, the security headers, the Bearer API next to it, and the refusal
// to listen beyond loopback without a password. (The page itself: tests/web/, in Chromium.)
#include "core/log/eventlog.h"
#include "core/util/clock.h"
#include "httpapi/webpassword.h"
#include "support/apifixture.h"
#include "support/clirun.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString Password = u"correct horse battery"_s;
const QString Mac1 = u"AA:BB:CC:00:00:01"_s;
constexpr int TestIterations = 1000; // the stored hash's own count: fast tests, same code
} // namespace

class TestWebAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passwordIsAStrongSaltedHash();
    void signInSetsASafeCookie();
    void pagesNeedASession();
    void sessionExpiresAfter12IdleHours();
    void signOutEndsTheSession();
    void newPasswordEndsSessions();
    void lockoutAfterFiveWrongPasswords();
    void changesNeedTheCsrfToken();
    void userTrafficByCookieOrToken();
    void bearerApiUnchanged();
    void checkLimitSpeaksLikeTheWindow();
    void vouchersAndSalesForThePhone();
    void sellFromThePhoneNeedsTheCsrfToken();
    void securityHeadersOnEveryResponse();
    void pagesHaveNoInlineScript();
    void refusesToListenBeyondLoopbackWithoutPassword_data();
    void refusesToListenBeyondLoopbackWithoutPassword();
    void cliWebPassword();

private:
    struct Result
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
        QNetworkReply* reply = nullptr; // valid until the next request
        QByteArray header(const QByteArray& name) const { return reply->rawHeader(name); }
    };
    struct Headers
    {
        QByteArray cookie; // the session id; empty: none
        QByteArray csrf;
        QByteArray bearer;
        QByteArray origin;
    };
    Result
    request(const QByteArray& method, const QString& path, const Headers& headers = {}, const QJsonObject& body = {});
    // Signs in with the password; the session id and CSRF token, or empty ones.
    Headers signIn(const QString& password = Password, int* status = nullptr);
    CliRun runCli(const QStringList& arguments, const QString& input = {});

    std::unique_ptr<ApiFixture> m_api;
    EventLog m_log;
    WebAdmin* m_web = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_lastReply;
    std::unique_ptr<ManualClock> m_clock;
};

void TestWebAdmin::init()
{
    m_api = std::make_unique<ApiFixture>();
    QString error;
    QVERIFY2(m_api->start(&error), qPrintable(error));
    m_web = m_api->enableWebAdmin(&m_log);
    m_api->loop().setEventLog(&m_log);
    QVERIFY(WebPassword::storeHash(m_api->database().path(), WebPassword::hash(Password, TestIterations), &error));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestWebAdmin::cleanup()
{
    Clock::setInstance(nullptr);
    m_clock.reset();
    delete m_lastReply;
    m_network.reset();
    m_api.reset();
}

TestWebAdmin::Result
TestWebAdmin::request(const QByteArray& method, const QString& path, const Headers& headers, const QJsonObject& body)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_api->port()).arg(path)));
    // Exactly the headers given: no cookie jar, no redirects followed.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!headers.cookie.isEmpty()) {
        request.setRawHeader("Cookie", "theme=dark; pisonet_session=" + headers.cookie);
    }
    if (!headers.csrf.isEmpty()) {
        request.setRawHeader("X-CSRF-Token", headers.csrf);
    }
    if (!headers.bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + headers.bearer);
    }
    if (!headers.origin.isEmpty()) {
        request.setRawHeader("Origin", headers.origin);
    }
    QByteArray data;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, data);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)) {
        reply->abort();
    }
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    delete m_lastReply;
    m_lastReply = reply;
    result.reply = reply;
    return result;
}

TestWebAdmin::Headers TestWebAdmin::signIn(const QString& password, int* status)
{
    const Result result = request("POST", u"/admin/signin"_s, {}, {{u"password"_s, password}});
    if (status != nullptr) {
        *status = result.status;
    }
    Headers headers;
    if (result.status == 200) {
        const QByteArray cookie = result.header("Set-Cookie");
        headers.cookie = cookie.split(';').first().mid(cookie.indexOf('=') + 1);
        headers.csrf = result.body.value(u"csrf_token"_s).toString().toLatin1();
    }
    return headers;
}

CliRun TestWebAdmin::runCli(const QStringList& arguments, const QString& input)
{
    return CliRun::run(CliRun::environment(m_api->router(), m_api->folder().filePath(u"cli/cli.db"_s)), arguments,
                       input);
}

void TestWebAdmin::passwordIsAStrongSaltedHash()
{
    const QString hash = WebPassword::hash(Password);
    QVERIFY(hash.startsWith(u"pbkdf2-sha256$%1$"_s.arg(WebPassword::DefaultIterations)));
    QVERIFY(!hash.contains(Password));
    QVERIFY(WebPassword::hash(Password, TestIterations) != WebPassword::hash(Password, TestIterations)); // salted
    const QString quick = WebPassword::hash(Password, TestIterations);
    QVERIFY(WebPassword::verify(Password, quick));
    QVERIFY(!WebPassword::verify(u"correct horse batterY"_s, quick));
    QVERIFY(!WebPassword::verify(Password, u"pbkdf2-sha256$0$AAAA$AAAA"_s));
    QVERIFY(!WebPassword::verify(Password, QString()));
    QVERIFY(!WebPassword::problem(u"short"_s).isEmpty());
    QVERIFY(!WebPassword::problem(u" padded password "_s).isEmpty());
    QVERIFY(WebPassword::problem(Password).isEmpty());

    // Beside the database, owner-only, and never the password itself.
    const QString file = WebPassword::filePath(m_api->database().path());
    QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(m_api->database().path()).absolutePath());
    QFile stored(file);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains(Password.toUtf8()));
#ifdef Q_OS_UNIX
    QCOMPARE(
        QFile::permissions(file)
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
        QFileDevice::Permissions());
#endif
}

void TestWebAdmin::signInSetsASafeCookie()
{
    const Result session = request("GET", u"/admin/session"_s);
    QCOMPARE(session.status, 200);
    QCOMPARE(session.body.value(u"signed_in"_s).toBool(), false);
    QCOMPARE(session.body.value(u"password_set"_s).toBool(), true);
    QVERIFY(!session.body.contains(u"csrf_token"_s));

    const Result result = request("POST", u"/admin/signin"_s, {}, {{u"password"_s, Password}});
    QCOMPARE(result.status, 200);
    const QList<QByteArray> attributes = result.header("Set-Cookie").split(';');
    QVERIFY(attributes.first().startsWith("pisonet_session="));
    QCOMPARE(attributes.first().size(), qsizetype(QByteArray("pisonet_session=").size() + 43));
    QList<QByteArray> flags;
    for (const QByteArray& attribute : attributes.mid(1)) {
        flags.append(attribute.trimmed());
    }
    QVERIFY2(flags.contains("HttpOnly"), result.header("Set-Cookie").constData());
    QVERIFY(flags.contains("SameSite=Strict"));
    QVERIFY(flags.contains("Path=/admin"));
    const QByteArray csrf = result.body.value(u"csrf_token"_s).toString().toLatin1();
    QCOMPARE(csrf.size(), 43);
    const QByteArray id = attributes.first().mid(attributes.first().indexOf('=') + 1);
    QVERIFY(!result.raw.contains(id)); // the id only in the cookie

    // The page learns the CSRF token from its session; two sign-ins are two sessions.
    const Headers signedIn {id, {}, {}, {}};
    const Result mine = request("GET", u"/admin/session"_s, signedIn);
    QCOMPARE(mine.body.value(u"signed_in"_s).toBool(), true);
    QCOMPARE(mine.body.value(u"csrf_token"_s).toString().toLatin1(), csrf);
    QVERIFY(signIn().cookie != signedIn.cookie);
    QCOMPARE(m_web->sessions().count(), 2);
    QVERIFY(m_log.entries().constLast().text.contains(u"signed in from 127.0.0.1"_s));
}

void TestWebAdmin::pagesNeedASession()
{
    const Result signInPage = request("GET", u"/admin"_s);
    QCOMPARE(signInPage.status, 200);
    QCOMPARE(signInPage.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(signInPage.raw.contains("signin.js"));
    const Result root = request("GET", u"/"_s);
    QCOMPARE(root.status, 303);
    QCOMPARE(root.header("Location"), QByteArray("/admin"));
    const Result page = request("GET", u"/admin/bandwidth"_s);
    QCOMPARE(page.status, 303);
    QCOMPARE(page.header("Location"), QByteArray("/admin"));
    QCOMPARE(request("GET", u"/admin/bandwidth"_s, {"not-a-session", {}, {}, {}}).status, 303);
    const Headers session = signIn();
    const Result shown = request("GET", u"/admin/bandwidth"_s, session);
    QCOMPARE(shown.status, 200);
    QVERIFY(shown.raw.contains("bandwidth.js"));
    QCOMPARE(request("GET", u"/admin"_s, session).header("Location"), QByteArray("/admin/bandwidth"));
    const Result script = request("GET", u"/admin/static/bandwidth.js"_s);
    QCOMPARE(script.status, 200);
    QCOMPARE(script.header("Content-Type"), QByteArray("text/javascript; charset=utf-8"));
    QCOMPARE(request("GET", u"/admin/static/missing.js"_s).status, 404);
    QCOMPARE(request("GET", u"/admin/static/..%2Fapi%2Fhealth"_s).status, 404);
    QCOMPARE(request("POST", u"/admin/bandwidth"_s, session).status, 405);
    QCOMPARE(request("GET", u"/admin/signin"_s).status, 405);
}

void TestWebAdmin::sessionExpiresAfter12IdleHours()
{
    m_clock = std::make_unique<ManualClock>();
    Clock::setInstance(m_clock.get());
    const Headers session = signIn();
    QVERIFY(!session.cookie.isEmpty());
    const qint64 hour = 3600 * 1000;
    // Every request starts the 12 idle hours again.
    m_clock->advance(11 * hour);
    QCOMPARE(request("GET", u"/admin/api/user-traffic"_s, session).status, 200);
    m_clock->advance(11 * hour);
    QCOMPARE(request("GET", u"/admin/api/user-traffic"_s, session).status, 200);
    m_clock->advance(12 * hour);
    const Result expired = request("GET", u"/admin/api/user-traffic"_s, session);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.body.value(u"error"_s).toString().contains(u"/admin"_s));
    QCOMPARE(request("GET", u"/admin/bandwidth"_s, session).status, 303);
    QCOMPARE(m_web->sessions().count(), 0);
}

void TestWebAdmin::signOutEndsTheSession()
{
    const Headers session = signIn();
    QCOMPARE(request("POST", u"/admin/signout"_s, {session.cookie, {}, {}, {}}).status, 403); // CSRF
    const Result out = request("POST", u"/admin/signout"_s, session);
    QCOMPARE(out.status, 200);
    QVERIFY(out.header("Set-Cookie").contains("Max-Age=0"));
    QCOMPARE(request("GET", u"/admin/api/user-traffic"_s, session).status, 401);
    QCOMPARE(request("GET", u"/admin/session"_s, session).body.value(u"signed_in"_s).toBool(), false);
}

void TestWebAdmin::newPasswordEndsSessions()
{
    const Headers session = signIn();
    QCOMPARE(request("GET", u"/admin/api/user-traffic"_s, session).status, 200);
    QString error;
    QVERIFY(WebPassword::storeHash(m_api->database().path(), WebPassword::hash(u"another password"_s, TestIterations),
                                   &error));
    QCOMPARE(request("GET", u"/admin/api/user-traffic"_s, session).status, 401);
    int status = 0;
    signIn(Password, &status);
    QCOMPARE(status, 401);
    QVERIFY(!signIn(u"another password"_s).cookie.isEmpty());
}

void TestWebAdmin::lockoutAfterFiveWrongPasswords()
{
    m_clock = std::make_unique<ManualClock>();
    Clock::setInstance(m_clock.get());
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const Result wrong = request("POST", u"/admin/signin"_s, {}, {{u"password"_s, u"guess %1"_s.arg(attempt)}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.body.value(u"tries_left"_s).toInt(), 5 - attempt);
        QVERIFY(wrong.header("Set-Cookie").isEmpty());
    }
    const Result fifth = request("POST", u"/admin/signin"_s, {}, {{u"password"_s, u"guess 5"_s}});
    QCOMPARE(fifth.status, 429);
    QCOMPARE(fifth.header("Retry-After"), QByteArray("300"));
    const auto warnings = m_log.entries();
    QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const EventLog::Entry& entry) {
        return entry.severity == EventLog::Severity::Warning && entry.text.contains(u"127.0.0.1"_s)
            && entry.text.contains(u"5 minutes"_s);
    }));
    // Locked: even the right password is refused, before the body is read.
    int status = 0;
    signIn(Password, &status);
    QCOMPARE(status, 429);
    m_clock->advance(4 * 60 * 1000);
    signIn(Password, &status);
    QCOMPARE(status, 429);
    m_clock->advance(60 * 1000);
    QVERIFY(!signIn().cookie.isEmpty());
    // Another address was never locked: the lockout is per address.
    QCOMPARE(m_web->lockout().lockedForMs(QHostAddress(u"10.5.50.7"_s)), 0);
}

void TestWebAdmin::changesNeedTheCsrfToken()
{
    const Headers session = signIn();
    const QJsonObject body {{u"mac"_s, Mac1}, {u"upload"_s, u"768 kbps"_s}, {u"download"_s, u"3 Mbps"_s}};
    const int changes = m_api->router().simulator().changeCount();
    const Result missing = request("POST", u"/admin/api/set-bandwidth"_s, {session.cookie, {}, {}, {}}, body);
    QCOMPARE(missing.status, 403);
    QVERIFY(missing.body.value(u"error"_s).toString().contains(u"CSRF"_s));
    QCOMPARE(request("POST", u"/admin/api/set-bandwidth"_s, {session.cookie, "wrong", {}, {}}, body).status, 403);
    // Another site's page, even with the token somehow: refused.
    QCOMPARE(
        request("POST", u"/admin/api/set-bandwidth"_s, {session.cookie, session.csrf, {}, "http://evil.example"}, body)
            .status,
        403);
    QCOMPARE(request("POST", u"/admin/api/set-bandwidth"_s, {{}, session.csrf, {}, {}}, body).status, 401);
    QCOMPARE(m_api->router().simulator().changeCount(), changes);

    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(m_api->port());
    const Result set = request("POST", u"/admin/api/set-bandwidth"_s, {session.cookie, session.csrf, {}, origin}, body);
    QCOMPARE(set.status, 200);
    const auto queues = m_api->router().simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues.first().name, u"pisonet-" + Mac1);
    QCOMPARE(queues.first().maxUp, 768000u);
    QCOMPARE(queues.first().maxDown, 3000000u);
    const auto entries = m_log.entries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const EventLog::Entry& entry) { return entry.text.contains(u"[web]"_s); }));

    const Result removed = request("POST", u"/admin/api/remove-bandwidth"_s, session, QJsonObject {{u"mac"_s, Mac1}});
    QCOMPARE(removed.status, 200);
    QVERIFY(m_api->router().simulator().queues().isEmpty());
}

void TestWebAdmin::userTrafficByCookieOrToken()
{
    QCOMPARE(request("GET", u"/admin/api/user-traffic"_s).status, 401);
    QCOMPARE(request("GET", u"/admin/api/user-traffic"_s, {"made-up-session", {}, {}, {}}).status, 401);
    const Headers session = signIn();
    const Result byCookie = request("GET", u"/admin/api/user-traffic"_s, session);
    QCOMPARE(byCookie.status, 200);
    QCOMPARE(byCookie.body.value(u"users"_s).toArray().size(), 2);
    const Result byToken = request("GET", u"/admin/api/user-traffic"_s, {{}, {}, m_api->token().toLatin1(), {}});
    QCOMPARE(byToken.status, 200);
    QCOMPARE(byToken.raw, byCookie.raw);
    const Result profiles = request("GET", u"/admin/api/profiles"_s, session);
    QCOMPARE(profiles.status, 200);
    QVERIFY(!profiles.body.value(u"profiles"_s).toArray().isEmpty());
    QVERIFY(profiles.body.value(u"profiles"_s).toArray().first().toObject().contains(u"speeds"_s));
}

void TestWebAdmin::bearerApiUnchanged()
{
    const QByteArray token = m_api->token().toLatin1();
    // A script posts with its token only: no CSRF token, no cookie, and it works.
    const Result set = request("POST", u"/admin/api/set-bandwidth"_s, {{}, {}, token, {}},
                               {{u"mac"_s, Mac1}, {u"upload"_s, u"1M"_s}, {u"download"_s, u"2M"_s}});
    QCOMPARE(set.status, 200);
    QCOMPARE(m_api->router().simulator().queues().size(), 1);
    const auto entries = m_log.entries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const EventLog::Entry& entry) { return entry.text.contains(u"[api]"_s); }));
    // A wrong token is a 401 even next to a valid session: the token decides for Bearer requests.
    const Headers session = signIn();
    QCOMPARE(request("GET", u"/admin/api/health"_s, {session.cookie, {}, "wrong", {}}).status, 401);
    QCOMPARE(request("GET", u"/admin/api/health"_s, {{}, {}, token, {}}).status, 200);
    QCOMPARE(request("GET", u"/admin/api/nope"_s, {{}, {}, token, {}}).status, 404);
    QCOMPARE(request("GET", u"/admin/api/nope"_s, session).status, 404);
    QCOMPARE(request("GET", u"/admin/api/set-bandwidth"_s, {{}, {}, token, {}}).status, 405);
}

void TestWebAdmin::checkLimitSpeaksLikeTheWindow()
{
    const Headers session = signIn();
    QCOMPARE(request("GET", u"/admin/check-limit?download=1M&upload=1M"_s).status, 401);
    const Result good = request("GET", u"/admin/check-limit?download=3%20Mbps&upload=768%20kbps"_s, session);
    QCOMPARE(good.status, 200);
    QCOMPARE(good.body.value(u"valid"_s).toBool(), true);
    QCOMPARE(
        good.body.value(u"message"_s).toString(),
        u"The device will get at most %1."_s.arg(
            BandwidthLimit {RateLimit::fromBitsPerSecond(768000), RateLimit::fromBitsPerSecond(3000000)}.toDisplay()));
    const Result bad = request("GET", u"/admin/check-limit?download=fast&upload=1M"_s, session);
    QCOMPARE(bad.body.value(u"valid"_s).toBool(), false);
    QString expected;
    QVERIFY(!RateLimit::parse(u"fast", u"Download"_s, &expected));
    QCOMPARE(bad.body.value(u"message"_s).toString(), expected); // the core's words
}

void TestWebAdmin::vouchersAndSalesForThePhone()
{
    const Headers session = signIn();
    const Result sales = request("GET", u"/admin/api/sales"_s, session);
    QCOMPARE(sales.status, 200);
    QCOMPARE(sales.body.value(u"from"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(sales.body.value(u"sold"_s).toInt(), 0);
    QCOMPARE(request("GET", u"/admin/api/sales?from=yesterday"_s, session).status, 400);

    const QJsonObject batch {{u"profile"_s, m_api->profiles().profiles().first().name}, {u"count"_s, 3}};
    QCOMPARE(request("POST", u"/admin/api/vouchers/generate"_s, {session.cookie, {}, {}, {}}, batch).status, 403);
    for (const int count : {0, 1001}) {
        const Result refused = request("POST", u"/admin/api/vouchers/generate"_s, session,
                                       {{u"profile"_s, batch.value(u"profile"_s)}, {u"count"_s, count}});
        QCOMPARE(refused.status, 400);
    }
    QCOMPARE(request("POST", u"/admin/api/vouchers/generate"_s, session, {{u"profile"_s, u"NOPE"_s}, {u"count"_s, 1}})
                 .status,
             400);
    QCOMPARE(m_api->loop().voucherStore().list({}).size(), 0);
    const Result made = request("POST", u"/admin/api/vouchers/generate"_s, session, batch);
    QCOMPARE(made.status, 200);
    const QJsonArray codes = made.body.value(u"codes"_s).toArray();
    QCOMPARE(codes.size(), 3);
    QCOMPARE(m_api->loop().voucherStore().list({}).size(), 3);
    const auto entries = m_log.entries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const EventLog::Entry& entry) {
        return entry.text.contains(u"3 vouchers"_s) && entry.text.contains(u"[web]"_s);
    }));

    const QString code = codes.first().toString();
    QCOMPARE(request("POST", u"/admin/api/vouchers/revoke"_s, session, {{u"code"_s, u"ZZZZZZ"_s}}).status, 400);
    const Result revoked = request("POST", u"/admin/api/vouchers/revoke"_s, session, {{u"code"_s, code}});
    QCOMPARE(revoked.status, 200);
    QCOMPARE(m_api->loop().voucherStore().find(code)->status, Voucher::Status::Revoked);
    const Result listed = request("GET", u"/admin/api/vouchers?status=revoked"_s, session);
    QCOMPARE(listed.body.value(u"count"_s).toInt(), 1);
}

void TestWebAdmin::sellFromThePhoneNeedsTheCsrfToken()
{
    const Headers session = signIn();
    const QJsonObject body {{u"amount"_s, 5}};
    const auto usersBefore = m_api->router().simulator().users().size();
    QCOMPARE(request("POST", u"/admin/api/vouchers/sell"_s, {session.cookie, {}, {}, {}}, body).status, 403);
    QCOMPARE(request("POST", u"/admin/api/vouchers/sell"_s, {{}, session.csrf, {}, {}}, body).status, 401);
    QCOMPARE(m_api->router().simulator().users().size(), usersBefore);
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(m_api->port());
    const Result sold
        = request("POST", u"/admin/api/vouchers/sell"_s, {session.cookie, session.csrf, {}, origin}, body);
    QCOMPARE(sold.status, 200);
    QCOMPARE(sold.body.value(u"profile"_s).toString(), u"BASIC"_s);
    QCOMPARE(m_api->router().simulator().users().size(), usersBefore + 1);
    const auto entries = m_log.entries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [&](const EventLog::Entry& entry) {
        return entry.text.contains(sold.body.value(u"code"_s).toString()) && entry.text.contains(u"[web]"_s);
    }));
}

void TestWebAdmin::securityHeadersOnEveryResponse()
{
    const Headers session = signIn();
    const QByteArray token = m_api->token().toLatin1();
    const QList<std::tuple<QByteArray, QString, Headers>> requests {
        {"GET", u"/admin"_s, {}},
        {"GET", u"/admin/bandwidth"_s, {}},
        {"GET", u"/admin/bandwidth"_s, session},
        {"GET", u"/admin/vouchers"_s, session},
        {"GET", u"/admin/static/admin.css"_s, {}},
        {"GET", u"/admin/static/common.js"_s, {}},
        {"GET", u"/admin/session"_s, session},
        {"GET", u"/admin/nothing-here"_s, {}},
        {"POST", u"/admin/signin"_s, {}},
        {"POST", u"/admin/api/set-bandwidth"_s, {session.cookie, {}, {}, {}}},
        {"GET", u"/admin/api/user-traffic"_s, session},
        {"GET", u"/admin/api/user-traffic"_s, {{}, {}, token, {}}},
        {"GET", u"/admin/api/user-traffic"_s, {}},
    };
    for (const auto& [method, path, headers] : requests) {
        const Result result = request(method, path, headers);
        const QByteArray what = method + ' ' + path.toLatin1() + " -> " + QByteArray::number(result.status);
        QVERIFY2(result.status > 0, what.constData());
        QVERIFY2(result.header("Content-Security-Policy").contains("script-src 'self'"), what.constData());
        QVERIFY2(!result.header("Content-Security-Policy").contains("unsafe-inline"), what.constData());
        QVERIFY2(result.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what.constData());
        QCOMPARE(result.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(result.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(result.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));
    }
}

void TestWebAdmin::pagesHaveNoInlineScript()
{
    // What the CSP forbids must not be needed: scripts only from files, no on...= handlers, and
    // router values only ever set as text.
    QDirIterator files(u":/web"_s, QDir::Files);
    int checked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        if (path.endsWith(u".html"_s)) {
            QVERIFY2(!text.contains(QRegularExpression(u"<script(?![^>]*\\bsrc=)"_s)), qPrintable(path));
            QVERIFY2(!text.contains(QRegularExpression(u"\\son[a-z]+\\s*="_s)), qPrintable(path));
            QVERIFY2(!text.contains(u"style="_s), qPrintable(path));
            QVERIFY2(!text.contains(u"http://"_s) && !text.contains(u"https://"_s), qPrintable(path)); // no CDN
        }
        if (path.endsWith(u".js"_s)) {
            QVERIFY2(!text.contains(u"innerHTML"_s) && !text.contains(u"outerHTML"_s)
                         && !text.contains(u"insertAdjacentHTML"_s) && !text.contains(u"document.write"_s)
                         && !text.contains(u"eval("_s),
                     qPrintable(path));
        }
        ++checked;
    }
    QVERIFY(checked >= 7);
}

void TestWebAdmin::refusesToListenBeyondLoopbackWithoutPassword_data()
{
    QTest::addColumn<QString>("listen");
    QTest::newRow("0.0.0.0") << u"0.0.0.0:0"_s;
    QTest::newRow("[::]") << u"[::]:0"_s;
}

void TestWebAdmin::refusesToListenBeyondLoopbackWithoutPassword()
{
    QFETCH(QString, listen);
    QHostAddress address;
    quint16 port = 0;
    QString error;
    QVERIFY(ApiServer::parseListen(listen, &address, &port, &error));
    QVERIFY(!ApiServer::listenRefusal(address, false).isEmpty());
    QVERIFY(ApiServer::listenRefusal(address, true).isEmpty());
    QVERIFY(ApiServer::listenRefusal(QHostAddress::LocalHost, false).isEmpty());
    QVERIFY(ApiServer::listenRefusal(QHostAddress::LocalHostIPv6, false).isEmpty());

    // pisonet-cli serve: exit 1, says why, and listens nowhere.
    const CliRun refused = runCli({u"serve"_s, u"--listen"_s, listen, u"--polls"_s, u"1"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"web-admin password"_s) && refused.err.contains(u"pisonet-cli web password"_s),
             qPrintable(refused.err));
    QVERIFY(!refused.out.contains(u"HTTP API on"_s));
    // Loopback needs no password.
    const CliRun local = runCli({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--polls"_s, u"1"_s});
    QVERIFY2(local.code == 0, qPrintable(local.err));
    QVERIFY2(local.out.contains(u"/admin"_s), qPrintable(local.out));
    // With a password: it listens, and warns who can reach it.
    QVERIFY(runCli({u"web"_s, u"password"_s}, Password + u'\n').code == 0);
    const CliRun allowed = runCli({u"serve"_s, u"--listen"_s, listen, u"--polls"_s, u"1"_s});
    QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
    QVERIFY2(allowed.err.contains(u"warning:"_s) && allowed.err.contains(u"firewall"_s), qPrintable(allowed.err));
}

void TestWebAdmin::cliWebPassword()
{
    const QString database = m_api->folder().filePath(u"cli/cli.db"_s);
    const CliRun tooShort = runCli({u"web"_s, u"password"_s}, u"short\n"_s);
    QCOMPARE(tooShort.code, 1);
    QVERIFY(tooShort.err.contains(u"at least 8"_s));
    QVERIFY(!WebPassword::isSet(database));
    QCOMPARE(runCli({u"web"_s, u"password"_s}).code, 1); // nothing on standard input
    const CliRun set = runCli({u"web"_s, u"password"_s}, Password + u"\nignored second line\n"_s);
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QVERIFY(!set.out.contains(Password));
    const QString stored = WebPassword::stored(database);
    QVERIFY(stored.startsWith(u"pbkdf2-sha256$"_s));
    QVERIFY(WebPassword::verify(Password, stored));
    // --db names another database; the password goes beside it.
    const QString other = m_api->folder().filePath(u"other/pisonet.db"_s);
    QCOMPARE(runCli({u"web"_s, u"password"_s, u"--db"_s, other}, u"another password\n"_s).code, 0);
    QVERIFY(WebPassword::verify(u"another password"_s, WebPassword::stored(other)));
}

QTEST_GUILESS_MAIN(TestWebAdmin)
#include "tst_webadmin.moc"
