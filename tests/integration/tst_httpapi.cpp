// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The local JSON API over real loopback HTTP, against the simulator.
#include "core/vouchers/vouchermanager.h"
#include "httpapi/apitoken.h"
#include "httpapi/webpassword.h"
#include "support/apifixture.h"
#include "support/clirun.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString Mac1 = u"AA:BB:CC:00:00:01"_s;
} // namespace

class TestHttpApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokenRequired_data();
    void tokenRequired();
    void userTraffic();
    void setAndRemoveBandwidth();
    void setBandwidthByProfile();
    void rejectedRequestsChangeNothing_data();
    void rejectedRequestsChangeNothing();
    void unknownPathAndWrongMethod();
    void vouchersAndHealth();
    void routerDown();
    void tokenComparison();
    void responseHeaders();
    void headIsGetWithoutBody();
    void tokenFileIsOwnerOnly();
    void tokenMovesOutOfTheDatabase();
    void parseListen_data();
    void parseListen();
    void serveWarnsWhenNotLoopback_data();
    void serveWarnsWhenNotLoopback();
    void parallelChangesOnOneDevice();
    void voucherDevicesLockAndCodeLimits();
    void sellByAmountAndByProfile();
    void sellWithIdempotencyKey();
    void sellRefusesBadRequests_data();
    void sellRefusesBadRequests();
    void sellAmbiguousPriceNamesTheProfiles();
    void sellRouterDownSellsNothing();

private:
    struct Result
    {
        int status = 0;
        QJsonObject body;
        QByteArray raw;
        QNetworkReply* reply = nullptr; // valid until the next request
    };
    Result request(const QByteArray& method,
                   const QString& path,
                   const QByteArray& body = {},
                   const QByteArray& token = {},
                   const QByteArray& idempotencyKey = {});
    // POST vouchers/sell, with an Idempotency-Key header when key is given.
    Result sell(const QByteArray& body, const QByteArray& key = {});
    int countVouchers(const QString& where);
    // pisonet-cli in-process, against the simulator, with its data in the test's folder.
    CliRun runCli(const QStringList& arguments);

    std::unique_ptr<ApiFixture> m_api;
    SimulatorFixture* m_fixture = nullptr;
    ControlLoop* m_loop = nullptr;
    ProfileCatalog* m_profiles = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_lastReply;
    QString m_token;
};

void TestHttpApi::init()
{
    m_api = std::make_unique<ApiFixture>();
    QString error;
    QVERIFY2(m_api->start(&error), qPrintable(error));
    m_fixture = &m_api->router();
    m_loop = &m_api->loop();
    m_profiles = &m_api->profiles();
    m_token = m_api->token();
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestHttpApi::cleanup()
{
    delete m_lastReply;
    m_network.reset();
    m_api.reset();
}

TestHttpApi::Result TestHttpApi::request(const QByteArray& method,
                                         const QString& path,
                                         const QByteArray& body,
                                         const QByteArray& token,
                                         const QByteArray& idempotencyKey)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_api->port()).arg(path)));
    const QByteArray bearer = token.isNull() ? m_token.toLatin1() : token;
    if (!bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearer);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!idempotencyKey.isEmpty()) {
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    }
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    Result result;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)) {
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.body = QJsonDocument::fromJson(result.raw).object();
    delete m_lastReply;
    m_lastReply = reply;
    result.reply = reply;
    return result;
}

TestHttpApi::Result TestHttpApi::sell(const QByteArray& body, const QByteArray& key)
{
    return request("POST", u"/admin/api/vouchers/sell"_s, body, {}, key);
}

int TestHttpApi::countVouchers(const QString& where)
{
    QSqlQuery query(m_api->database().handle());
    return query.exec(u"SELECT count(*) FROM vouchers WHERE "_s + where) && query.next() ? query.value(0).toInt() : -1;
}

CliRun TestHttpApi::runCli(const QStringList& arguments)
{
    return CliRun::run(CliRun::environment(*m_fixture, m_api->folder().filePath(u"cli.db"_s)), arguments);
}

void TestHttpApi::tokenRequired_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("none") << QByteArray("");
    QTest::newRow("wrong") << QByteArray("not-the-token");
    QTest::newRow("prefix of the right one") << QByteArray("x");
}

void TestHttpApi::tokenRequired()
{
    QFETCH(QByteArray, token);
    if (token == "x") {
        token = m_token.left(10).toLatin1();
    }
    for (const auto& [method, path] : {std::pair {QByteArray("GET"), u"/admin/api/user-traffic"_s},
                                       std::pair {QByteArray("POST"), u"/admin/api/set-bandwidth"_s},
                                       std::pair {QByteArray("GET"), u"/admin/api/nope"_s}}) {
        const Result result
            = request(method, path, R"({"mac":"AA:BB:CC:00:00:01","upload":"1M","download":"1M"})", token);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.body.value(u"success"_s).toBool(true), false);
        QCOMPARE(result.body.keys(), (QStringList {u"error"_s, u"success"_s}));
    }
    QVERIFY(m_fixture->simulator().queues().isEmpty());
}

void TestHttpApi::userTraffic()
{
    const Result result = request("GET", u"/admin/api/user-traffic"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body.value(u"success"_s).toBool(), true);
    const QJsonArray users = result.body.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 2);
    const QJsonObject first = users.at(0).toObject();
    QCOMPARE(first.value(u"user"_s).toString(), u"K7M2Q9"_s);
    QCOMPARE(first.value(u"mac"_s).toString(), Mac1);
    QVERIFY(first.value(u"bytes_in"_s).isDouble());
    QVERIFY(first.value(u"bytes_out_formatted"_s).isString());
    QVERIFY(first.value(u"rate_in"_s).isString());
    QVERIFY(first.contains(u"max_limit"_s));
}

void TestHttpApi::setAndRemoveBandwidth()
{
    const Result set = request("POST", u"/admin/api/set-bandwidth"_s,
                               R"({"mac": "aa:bb:cc:00:00:01", "upload": "1M", "download": "2M"})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.body.value(u"changed"_s).toBool(), true);
    const auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].name, u"pisonet-"_s + Mac1);
    QCOMPARE(queues[0].maxUp, quint64(1000000));
    QCOMPARE(queues[0].maxDown, quint64(2000000));
    const Result again = request("POST", u"/admin/api/set-bandwidth"_s,
                                 R"({"mac": "AA:BB:CC:00:00:01", "upload": "1000k", "download": "2M"})");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(u"changed"_s).toBool(), false);
    const Result removed = request("POST", u"/admin/api/remove-bandwidth"_s, R"({"mac": "AA:BB:CC:00:00:01"})");
    QCOMPARE(removed.status, 200);
    QVERIFY(m_fixture->simulator().queues().isEmpty());
}

void TestHttpApi::setBandwidthByProfile()
{
    const Result set
        = request("POST", u"/admin/api/set-bandwidth"_s, R"({"mac": "AA:BB:CC:00:00:02", "profile": "BASIC"})");
    QCOMPARE(set.status, 200);
    QCOMPARE(m_fixture->simulator().queues().first().maxDown, quint64(1000000));
}

void TestHttpApi::rejectedRequestsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed JSON") << QByteArray("{\"mac\": ") << 400 << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1]") << 400 << u"JSON object"_s;
    QTest::newRow("bad MAC") << QByteArray(R"({"mac": "12:34", "upload": "1M", "download": "1M"})") << 400
                             << u"field \"mac\""_s;
    QTest::newRow("no MAC") << QByteArray(R"({"upload": "1M", "download": "1M"})") << 400 << u"field \"mac\""_s;
    QTest::newRow("bad rate") << QByteArray(R"({"mac": "AA:BB:CC:00:00:01", "upload": "12Q", "download": "1M"})") << 400
                              << u"field \"upload\""_s;
    QTest::newRow("missing download") << QByteArray(R"({"mac": "AA:BB:CC:00:00:01", "upload": "1M"})") << 400
                                      << u"field \"download\""_s;
    QTest::newRow("unknown profile") << QByteArray(R"({"mac": "AA:BB:CC:00:00:01", "profile": "GOLD"})") << 400
                                     << u"field \"profile\""_s;
    QTest::newRow("not online") << QByteArray(R"({"mac": "AA:BB:CC:00:00:99", "upload": "1M", "download": "1M"})")
                                << 400 << u"not online"_s;
    QTest::newRow("broadcast MAC") << QByteArray(R"({"mac": "FF:FF:FF:FF:FF:FF", "upload": "1M", "download": "1M"})")
                                   << 400 << u"broadcast address"_s;
    QTest::newRow("multicast MAC") << QByteArray(R"({"mac": "01:00:5E:00:00:01", "profile": "BASIC"})") << 400
                                   << u"multicast"_s;
    QTest::newRow("too large") << QByteArray(70 * 1024, ' ') << 413 << u"64 KiB"_s;
}

void TestHttpApi::rejectedRequestsChangeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const int changes = m_fixture->simulator().changeCount();
    const Result result = request("POST", u"/admin/api/set-bandwidth"_s, body);
    QCOMPARE(result.status, status);
    QCOMPARE(result.body.value(u"success"_s).toBool(true), false);
    QVERIFY2(result.body.value(u"error"_s).toString().contains(message),
             qPrintable(result.body.value(u"error"_s).toString()));
    QCOMPARE(m_fixture->simulator().changeCount(), changes);
    QVERIFY(m_loop->operatorLimits().all().isEmpty());
}

void TestHttpApi::unknownPathAndWrongMethod()
{
    QCOMPARE(request("GET", u"/admin/api/nothing-here"_s).status, 404);
    QCOMPARE(request("GET", u"/"_s).status, 404);
    QCOMPARE(request("GET", u"/admin/api/set-bandwidth"_s).status, 405);
    QCOMPARE(request("POST", u"/admin/api/user-traffic"_s, "{}").status, 405);
    QCOMPARE(request("DELETE", u"/admin/api/vouchers"_s).status, 405);
}

void TestHttpApi::vouchersAndHealth()
{
    Profile profile = *m_profiles->find(u"BASIC"_s);
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 3;
    QVERIFY(m_loop->voucherStore().generate(profile, options, &error));
    const Result vouchers = request("GET", u"/admin/api/vouchers?status=new&limit=2"_s);
    QCOMPARE(vouchers.status, 200);
    QCOMPARE(vouchers.body.value(u"vouchers"_s).toArray().size(), 2);
    QCOMPARE(request("GET", u"/admin/api/vouchers?status=bogus"_s).status, 400);
    const Result health = request("GET", u"/admin/api/health"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(u"router"_s).toObject().value(u"state"_s).toString(), u"ready"_s);
    QCOMPARE(health.body.value(u"online_users"_s).toInt(), 2);
}

void TestHttpApi::routerDown()
{
    m_fixture->simulator().close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->connection().isReady(), 3000);
    QSignalSpy refreshed(m_loop, &ControlLoop::refreshed);
    m_loop->monitor().refreshNow();
    QVERIFY(refreshed.wait(5000));
    // Reads are still served from the last data, marked stale.
    const Result traffic = request("GET", u"/admin/api/user-traffic"_s);
    QCOMPARE(traffic.status, 200);
    QCOMPARE(traffic.body.value(u"stale"_s).toBool(), true);
    QCOMPARE(traffic.body.value(u"users"_s).toArray().size(), 2);
    const Result set = request("POST", u"/admin/api/set-bandwidth"_s,
                               R"({"mac": "AA:BB:CC:00:00:01", "upload": "1M", "download": "2M"})");
    QCOMPARE(set.status, 502);
    QVERIFY(!set.body.value(u"error"_s).toString().isEmpty());
    QVERIFY(m_loop->operatorLimits().all().isEmpty());
    const Result health = request("GET", u"/admin/api/health"_s);
    QCOMPARE(health.body.value(u"stale"_s).toBool(), true);
}

void TestHttpApi::tokenComparison()
{
    QVERIFY(ApiToken::matchesHeader("Bearer abc", u"abc"_s));
    QVERIFY(!ApiToken::matchesHeader("Bearer abd", u"abc"_s));
    QVERIFY(!ApiToken::matchesHeader("Bearer ab", u"abc"_s));
    QVERIFY(!ApiToken::matchesHeader("Bearer abcd", u"abc"_s));
    QVERIFY(!ApiToken::matchesHeader("Basic abc", u"abc"_s));
    QVERIFY(!ApiToken::matchesHeader("Bearer ", QString()));
    QCOMPARE(ApiToken::generate().size(), 43); // 32 bytes, base64url
    QVERIFY(ApiToken::generate() != ApiToken::generate());
}

void TestHttpApi::responseHeaders()
{
    for (const QByteArray& token : {m_token.toLatin1(), QByteArray("wrong")}) {
        const Result result = request("GET", u"/admin/api/health"_s, {}, token);
        QCOMPARE(result.status, token == "wrong" ? 401 : 200);
        QCOMPARE(result.reply->rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.reply->rawHeader("Content-Length").toInt(), result.raw.size());
        QCOMPARE(result.reply->rawHeader("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(result.reply->rawHeader("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(result.reply->rawHeader("Connection"), QByteArray("keep-alive"));
    }
}

void TestHttpApi::headIsGetWithoutBody()
{
    const Result get = request("GET", u"/admin/api/vouchers"_s);
    QCOMPARE(get.status, 200);
    QNetworkRequest head(QUrl(u"http://127.0.0.1:%1/admin/api/vouchers"_s.arg(m_api->port())));
    head.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply* reply = m_network->head(head);
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Length").toInt(), get.raw.size());
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json"));
    QVERIFY(reply->readAll().isEmpty());
    delete reply;
    // The connection stays in step: the next answer on it is whole.
    const Result again = request("GET", u"/admin/api/vouchers"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.raw, get.raw);
}

void TestHttpApi::tokenFileIsOwnerOnly()
{
    const QString path = ApiToken::filePath(&m_api->database());
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_api->database().path()).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(file.readAll().trimmed()), m_token);
    file.close();
    QVERIFY(m_api->database().setting(u"http_api_token"_s).isEmpty());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // Opened up by a copy or a restore: closed again on the next start.
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QString error;
    QCOMPARE(ApiToken::ensure(&m_api->database(), &error), m_token);
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
    // `pisonet-cli api token --renew` writes a new one the same way and prints it.
    const CliRun run = runCli({u"api"_s, u"token"_s, u"--renew"_s, u"--db"_s, m_api->database().path()});
    QCOMPARE(run.code, 0);
    const QString renewed = run.out.trimmed().section(u'\n', -1);
    QCOMPARE(renewed.size(), 43);
    QVERIFY(renewed != m_token);
    QCOMPARE(ApiToken::stored(&m_api->database()), renewed);
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
}

void TestHttpApi::tokenMovesOutOfTheDatabase()
{
    // An earlier version kept the token in the database, which others may be able to read.
    QTemporaryDir folder;
    Database database;
    QString error;
    QVERIFY(database.open(folder.filePath(u"old.db"_s), &error));
    QVERIFY(database.setSetting(u"http_api_token"_s, u"token-of-an-earlier-version"_s, &error));
    QVERIFY(ApiToken::stored(&database).isEmpty());
    QCOMPARE(ApiToken::ensure(&database, &error), u"token-of-an-earlier-version"_s); // scripts keep working
    QVERIFY(database.setting(u"http_api_token"_s).isEmpty());
    QCOMPARE(ApiToken::stored(&database), u"token-of-an-earlier-version"_s);
#ifdef Q_OS_UNIX
    QCOMPARE(
        QFile::permissions(ApiToken::filePath(&database))
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
#endif
}

void TestHttpApi::parseListen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: refused
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4 loopback") << u"127.0.0.1:5000"_s << u"127.0.0.1"_s << 5000;
    QTest::newRow("port only") << u":5001"_s << u"127.0.0.1"_s << 5001;
    QTest::newRow("address only") << u"127.0.0.1"_s << u"127.0.0.1"_s << 5000;
    QTest::newRow("every IPv4 address") << u"0.0.0.0:8080"_s << u"0.0.0.0"_s << 8080;
    QTest::newRow("every IPv6 address") << u"[::]:5000"_s << u"::"_s << 5000;
    QTest::newRow("IPv6 loopback") << u"[::1]:5002"_s << u"::1"_s << 5002;
    QTest::newRow("IPv6 without port") << u"[::1]"_s << u"::1"_s << 5000;
    QTest::newRow("IPv6 without brackets") << u"::1:5000"_s << QString() << 0;
    QTest::newRow("unclosed bracket") << u"[::1:5000"_s << QString() << 0;
    QTest::newRow("junk after bracket") << u"[::1]5000"_s << QString() << 0;
    QTest::newRow("host name") << u"localhost:5000"_s << QString() << 0;
    QTest::newRow("port too large") << u"127.0.0.1:70000"_s << QString() << 0;
    QTest::newRow("port not a number") << u"127.0.0.1:http"_s << QString() << 0;
    QTest::newRow("bad IPv6") << u"[zz]:5000"_s << QString() << 0;
}

void TestHttpApi::parseListen()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    QHostAddress parsedAddress;
    quint16 parsedPort = 0;
    QString error;
    const bool ok = ApiServer::parseListen(text, &parsedAddress, &parsedPort, &error);
    QCOMPARE(ok, !address.isEmpty());
    if (ok) {
        QCOMPARE(parsedAddress, QHostAddress(address));
        QCOMPARE(int(parsedPort), port);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestHttpApi::serveWarnsWhenNotLoopback_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("warns");
    QTest::newRow("127.0.0.1") << u"127.0.0.1:0"_s << false;
    QTest::newRow("[::1]") << u"[::1]:0"_s << false;
    QTest::newRow("0.0.0.0") << u"0.0.0.0:0"_s << true;
    QTest::newRow("[::]") << u"[::]:0"_s << true;
}

void TestHttpApi::serveWarnsWhenNotLoopback()
{
    QFETCH(QString, listen);
    QFETCH(bool, warns);
    // Beyond loopback only with a web-admin password (tst_webadmin: the refusal without one).
    QString error;
    QVERIFY(WebPassword::store(m_api->folder().filePath(u"cli.db"_s), u"a long enough password"_s, &error));
    const CliRun run = runCli({u"serve"_s, u"--listen"_s, listen, u"--polls"_s, u"1"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"HTTP API on http://"_s), qPrintable(run.out));
    QCOMPARE(run.err.contains(u"warning:"_s), warns);
    if (warns) {
        QVERIFY2(run.err.contains(u"shop Wi-Fi"_s) && run.err.contains(u"firewall"_s), qPrintable(run.err));
    }
}

// Ten scripts (or a retrying coin-slot box) change one device at the same moment: every request
// succeeds, none fails with the router's "already have such name".
void TestHttpApi::parallelChangesOnOneDevice()
{
    QList<QNetworkReply*> replies;
    for (int i = 1; i <= 10; ++i) {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/admin/api/set-bandwidth"_s.arg(m_api->port())));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QByteArray body
            = u"{\"mac\": \"%1\", \"upload\": \"%2k\", \"download\": \"2M\"}"_s.arg(Mac1).arg(100 * i).toUtf8();
        replies.append(m_network->post(request, body));
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }); },
        20000));
    for (QNetworkReply* reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 200, qPrintable(QString::fromUtf8(reply->readAll())));
        reply->deleteLater();
    }
    const auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues.first().name, u"pisonet-"_s + Mac1);
}

// Issue 16: a voucher's devices in its JSON, "Unlock device" for a "lock_device" voucher, a limit kept
// for a code, and the private-MAC flag, through the API and the CLI.
void TestHttpApi::voucherDevicesLockAndCodeLimits()
{
    const QString makerMac = u"00:1A:2B:00:00:03"_s; // a maker's address, not a private one
    Profile profile = *m_profiles->find(u"BASIC"_s);
    profile.lockDevice = true;
    QString error;
    const auto batch = m_loop->voucherStore().generate(profile, VoucherStore::GenerateOptions(), &error);
    QVERIFY2(batch, qPrintable(error));
    const QString code = batch->codes.first();
    RouterSimulator& router = m_fixture->simulator();
    router.addUser(code, code);
    router.addSession(code, makerMac, u"10.5.50.13"_s, 1e6, 2e6);
    QSignalSpy refreshed(m_loop, &ControlLoop::refreshed);
    m_loop->monitor().refreshNow();
    QVERIFY(refreshed.wait(5000));
    const auto routerMac = [&router, &code] {
        for (const RouterSimulator::User& user : router.users()) {
            if (user.name == code) {
                return user.macAddress;
            }
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(routerMac(), makerMac, 5000);

    const Result traffic = request("GET", u"/admin/api/user-traffic"_s);
    QHash<QString, bool> randomised;
    for (const QJsonValue& row : traffic.body.value(u"users"_s).toArray()) {
        randomised.insert(row[u"mac"_s].toString(), row[u"mac_randomised"_s].toBool(true));
    }
    QCOMPARE(randomised.value(Mac1, false), true); // AA: the locally administered bit is set
    QCOMPARE(randomised.value(makerMac, true), false);

    const Result vouchers = request("GET", u"/admin/api/vouchers?search="_s + code);
    QCOMPARE(vouchers.status, 200);
    const QJsonObject voucher = vouchers.body.value(u"vouchers"_s).toArray().at(0).toObject();
    QCOMPARE(voucher.value(u"lock_device"_s).toBool(), true);
    QCOMPARE(voucher.value(u"locked_mac"_s).toString(), makerMac);
    const QJsonArray devices = voucher.value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.at(0)[u"mac"_s].toString(), makerMac);
    QCOMPARE(devices.at(0)[u"ip"_s].toString(), u"10.5.50.13"_s);
    QVERIFY(!devices.at(0)[u"first_seen"_s].toString().isEmpty());

    // The CLI shows the same history.
    const QString db = m_api->database().path();
    CliRun run = runCli({u"vouchers"_s, u"show"_s, code, u"--json"_s, u"--db"_s, db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"voucher"_s).toObject();
    QCOMPARE(shown.value(u"devices"_s).toArray().at(0)[u"mac"_s].toString(), makerMac);
    run = runCli({u"vouchers"_s, u"show"_s, code, u"--db"_s, db});
    QVERIFY2(run.out.contains(makerMac) && run.out.contains(u"10.5.50.13"_s), qPrintable(run.out));

    // Unlock through the API: the router's user is bound to no device any more, and neither is ours.
    const Result unlocked = request("POST", u"/admin/api/vouchers/unlock"_s, R"({"code": ")" + code.toUtf8() + R"("})");
    QCOMPARE(unlocked.status, 200);
    QCOMPARE(routerMac(), VoucherManager::noMac());
    QVERIFY(m_loop->voucherStore().find(code)->lockedMac.isEmpty());
    const Result again = request("POST", u"/admin/api/vouchers/unlock"_s, R"({"code": ")" + code.toUtf8() + R"("})");
    QCOMPARE(again.status, 400);
    QCOMPARE(routerMac(), VoucherManager::noMac());
    run = runCli({u"vouchers"_s, u"unlock"_s, code, u"--db"_s, db});
    QCOMPARE(run.code, 1); // nothing to unlock: bad input
    QVERIFY2(run.err.contains(code), qPrintable(run.err));

    // A limit kept for the code, from the API and from the CLI.
    const Result set = request("POST", u"/admin/api/set-bandwidth"_s,
                               R"({"mac": "00:1A:2B:00:00:03", "upload": "1M", "download": "2M",
                                   "remember_for_code": true})");
    QCOMPARE(set.status, 200);
    QCOMPARE(m_loop->operatorLimits().findForCode(code)->limit.download.bitsPerSecond(), quint64(2000000));
    QVERIFY(!m_loop->operatorLimits().find(*MacAddress::parse(makerMac)).has_value());
    run = runCli({u"set-bandwidth"_s, makerMac, u"--upload"_s, u"2M"_s, u"--download"_s, u"4M"_s,
                  u"--remember-for-code"_s, u"--db"_s, db});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(m_loop->operatorLimits().findForCode(code)->limit.download.bitsPerSecond(), quint64(4000000));
}

void TestHttpApi::sellByAmountAndByProfile()
{
    const Result byAmount = sell(R"({"amount": 10})");
    QCOMPARE(byAmount.status, 200);
    QCOMPARE(byAmount.body.value(u"success"_s).toBool(), true);
    QCOMPARE(byAmount.body.value(u"profile"_s).toString(), u"STANDARD"_s);
    QCOMPARE(byAmount.body.value(u"validity"_s).toString(), u"2h"_s);
    QCOMPARE(byAmount.body.value(u"price"_s).toDouble(), 10.0);
    const QString code = byAmount.body.value(u"code"_s).toString();
    QVERIFY(!code.isEmpty());
    // On the router at once, with the profile's time.
    const auto users = m_fixture->simulator().users();
    const auto user = std::find_if(users.cbegin(), users.cend(), [&](const auto& u) { return u.name == code; });
    QVERIFY(user != users.cend());
    QCOMPARE(user->limitUptime, u"2h"_s);

    const Result byName = sell(R"({"profile": "premium"})");
    QCOMPARE(byName.status, 200);
    QCOMPARE(byName.body.value(u"profile"_s).toString(), u"PREMIUM"_s);
    QVERIFY(byName.body.value(u"code"_s).toString() != code);
    QCOMPARE(m_loop->voucherStore().find(code)->status, Voucher::Status::Pushed);
    // Sold today, though nobody has used them yet.
    const Result sales = request("GET", u"/admin/api/sales"_s);
    QCOMPARE(sales.body.value(u"sold"_s).toInt(), 2);
    QCOMPARE(sales.body.value(u"revenue"_s).toDouble(), 30.0);
}

void TestHttpApi::sellWithIdempotencyKey()
{
    const int usersBefore = int(m_fixture->simulator().users().size());
    const Result first = sell(R"({"amount": 5})", "vendo-7f3a");
    QCOMPARE(first.status, 200);
    const Result again = sell(R"({"amount": 5})", "vendo-7f3a");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(u"code"_s).toString(), first.body.value(u"code"_s).toString());
    QCOMPARE(again.body, first.body);
    QCOMPARE(int(m_fixture->simulator().users().size()), usersBefore + 1);
    QCOMPARE(countVouchers(u"sold_at IS NOT NULL"_s), 1);
    // The key is kept in the database with the answer.
    QSqlQuery stored(m_api->database().handle());
    QVERIFY(stored.exec(u"SELECT voucher_code FROM voucher_sales WHERE idempotency_key = 'vendo-7f3a'"_s));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), first.body.value(u"code"_s).toString());
    // The same key with another request: refused, nothing made.
    const Result other = sell(R"({"amount": 10})", "vendo-7f3a");
    QCOMPARE(other.status, 409);
    QVERIFY2(other.body.value(u"error"_s).toString().contains(u"idempotency key"_s), other.raw.constData());
    // Another key: another voucher.
    const Result next = sell(R"({"amount": 5})", "vendo-7f3b");
    QCOMPARE(next.status, 200);
    QVERIFY(next.body.value(u"code"_s).toString() != first.body.value(u"code"_s).toString());
    QCOMPARE(countVouchers(u"sold_at IS NOT NULL"_s), 2);
    QCOMPARE(request("GET", u"/admin/api/sales"_s).body.value(u"sold"_s).toInt(), 2);
}

void TestHttpApi::sellRefusesBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no profile at that price") << QByteArray(R"({"amount": 7})") << u"no profile costs 7"_s;
    QTest::newRow("amount as text") << QByteArray(R"({"amount": "10"})") << u"field \"amount\""_s;
    QTest::newRow("negative") << QByteArray(R"({"amount": -10})") << u"field \"amount\""_s;
    QTest::newRow("unknown profile") << QByteArray(R"({"profile": "GOLD"})") << u"no profile \"GOLD\""_s;
    QTest::newRow("neither") << QByteArray("{}") << u"either an amount"_s;
    QTest::newRow("both") << QByteArray(R"({"amount": 10, "profile": "BASIC"})") << u"either an amount"_s;
    QTest::newRow("not JSON") << QByteArray("amount=10") << u"not valid JSON"_s;
}

void TestHttpApi::sellRefusesBadRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const int usersBefore = int(m_fixture->simulator().users().size());
    const Result refused = sell(body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.value(u"error"_s).toString().contains(message), refused.raw.constData());
    QCOMPARE(int(m_fixture->simulator().users().size()), usersBefore);
    QCOMPARE(countVouchers(u"1"_s), 0);
}

void TestHttpApi::sellAmbiguousPriceNamesTheProfiles()
{
    QFile file(m_api->folder().filePath(u"two-at-ten.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"name": "STANDARD", "price": 10, "validity": "2h", "users": 1, "rate_up": "1M", "rate_down": "2M"},
                   {"name": "NIGHT", "price": 10, "validity": "8h", "users": 1, "rate_up": "1M", "rate_down": "1M",
                    "data": "1G"}])");
    file.close();
    QStringList errors;
    QVERIFY2(m_profiles->load(file.fileName(), &errors), qPrintable(errors.join(u'\n')));
    const Result ambiguous = sell(R"({"amount": 10})");
    QCOMPARE(ambiguous.status, 400);
    const QString error = ambiguous.body.value(u"error"_s).toString();
    QVERIFY2(error.contains(u"STANDARD"_s) && error.contains(u"NIGHT"_s), qPrintable(error));
    QCOMPARE(countVouchers(u"1"_s), 0);
    // By name it works, and the data cap goes with it.
    const Result night = sell(R"({"profile": "NIGHT"})");
    QCOMPARE(night.status, 200);
    QCOMPARE(night.body.value(u"data"_s).toString(), u"1G"_s);
    const auto users = m_fixture->simulator().users();
    const QString code = night.body.value(u"code"_s).toString();
    const auto user = std::find_if(users.cbegin(), users.cend(), [&](const auto& u) { return u.name == code; });
    QVERIFY(user != users.cend());
    QCOMPARE(user->limitBytesTotal, quint64(1'000'000'000));
}

void TestHttpApi::sellRouterDownSellsNothing()
{
    m_fixture->simulator().close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->connection().isReady(), 3000);
    const Result down = sell(R"({"amount": 10})", "vendo-down");
    QCOMPARE(down.status, 502);
    QCOMPARE(down.body.value(u"success"_s).toBool(true), false);
    QVERIFY(!down.body.value(u"error"_s).toString().isEmpty());
    // Nothing sold, and nothing left to be pushed or sold later by mistake.
    QCOMPARE(countVouchers(u"sold_at IS NOT NULL"_s), 0);
    QCOMPARE(countVouchers(u"lower(status) <> 'revoked'"_s), 0);
    QCOMPARE(request("GET", u"/admin/api/sales"_s).body.value(u"sold"_s).toInt(), 0);
    // The key was not spent on the failure.
    QSqlQuery keys(m_api->database().handle());
    QVERIFY(keys.exec(u"SELECT count(*) FROM voucher_sales"_s) && keys.next());
    QCOMPARE(keys.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
