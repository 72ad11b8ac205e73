// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The local JSON API over real loopback HTTP, against the simulator.
#include "core/monitor/controlloop.h"
#include "core/storage/database.h"
#include "core/vouchers/profilecatalog.h"
#include "httpapi/apiserver.h"
#include "httpapi/apiservice.h"
#include "httpapi/apitoken.h"
#include "support/simulatorfixture.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
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

private:
    struct Result
    {
        int status = 0;
        QJsonObject body;
    };
    Result
    request(const QByteArray& method, const QString& path, const QByteArray& body = {}, const QByteArray& token = {});

    std::unique_ptr<SimulatorFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ControlLoop> m_loop;
    std::unique_ptr<ProfileCatalog> m_profiles;
    std::unique_ptr<ApiService> m_service;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_token;
};

void TestHttpApi::init()
{
    m_fixture = std::make_unique<SimulatorFixture>();
    m_fixture->simulator().addSession(u"K7M2Q9"_s, Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    m_fixture->simulator().addSession(u"P3X8W4"_s, u"AA:BB:CC:00:00:02"_s, u"10.5.50.12"_s, 1e6, 4e6);
    QVERIFY(m_fixture->connectAndWait());
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY(m_db->open(m_dir->filePath(u"api.db"_s), &error));
    m_token = ApiToken::ensure(m_db.get(), &error);
    QVERIFY(!m_token.isEmpty());
    m_loop = std::make_unique<ControlLoop>(&m_fixture->client(), m_db.get());
    m_profiles = std::make_unique<ProfileCatalog>();
    QStringList errors;
    QVERIFY(m_profiles->load(QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"), &errors));
    ApiService::Services services {&m_loop->monitor(), &m_loop->bandwidth(), &m_loop->voucherStore(), m_profiles.get(),
                                   &m_fixture->connection()};
    m_service = std::make_unique<ApiService>(services, m_token);
    m_server = std::make_unique<ApiServer>(m_service.get());
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    QSignalSpy refreshed(m_loop.get(), &ControlLoop::refreshed);
    m_loop->monitor().refreshNow();
    QVERIFY(refreshed.wait(3000));
}

void TestHttpApi::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_service.reset();
    m_loop.reset();
    m_profiles.reset();
    m_db.reset();
    m_dir.reset();
    m_fixture.reset();
}

TestHttpApi::Result
TestHttpApi::request(const QByteArray& method, const QString& path, const QByteArray& body, const QByteArray& token)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(path)));
    const QByteArray bearer = token.isNull() ? m_token.toLatin1() : token;
    if (!bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearer);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    Result result;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)) {
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
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
    QSignalSpy refreshed(m_loop.get(), &ControlLoop::refreshed);
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

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
