// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The local HTTP API over two routers (two simulators), as `serve` runs it with several routers.
#include "core/monitor/controlloop.h"
#include "core/monitor/routerset.h"
#include "core/routeros/routerconnection.h"
#include "core/storage/database.h"
#include "core/vouchers/profilecatalog.h"
#include "core/vouchers/voucherpusher.h"
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
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
const QString MacA = u"AA:00:00:00:00:01"_s;
const QString MacB = u"AA:00:00:00:00:02"_s;
const QString Roaming = u"AA:00:00:00:00:03"_s; // online on both routers

bool hasUser(RouterSimulator& router, const QString& name)
{
    const auto users = router.users();
    return std::any_of(users.cbegin(), users.cend(), [&](const RouterSimulator::User& u) { return u.name == name; });
}

bool hasQueue(RouterSimulator& router, const QString& mac)
{
    const auto queues = router.queues();
    return std::any_of(queues.cbegin(), queues.cend(),
                       [&](const RouterSimulator::Queue& queue) { return queue.name == u"pisonet-"_s + mac; });
}
} // namespace

class TestHttpApiRouters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void userTrafficNamesTheRouter();
    void userTrafficOfOneRouter();
    void setBandwidthFindsTheRouterOfTheDevice();
    void aDeviceOnTwoRoutersNeedsTheRouterNamed();
    void badRouterIsAClearError();
    void healthListsEveryRouter();
    void sellGoesToTheRouterNamed();
    void sellWithSeveralRoutersNeedsTheRouter();
    void revokeReachesEveryRouterOfTheVoucher();

private:
    struct Result
    {
        int status = 0;
        QJsonObject body;
    };
    Result request(const QByteArray& method, const QString& path, const QByteArray& body = {});
    static QByteArray limitBody(const QString& mac, const QString& router = {});

    std::unique_ptr<SimulatorFixture> m_a;
    std::unique_ptr<SimulatorFixture> m_b;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RouterSet> m_routers;
    std::unique_ptr<ProfileCatalog> m_profiles;
    std::unique_ptr<ApiService> m_service;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_token;
};

void TestHttpApiRouters::init()
{
    m_a = std::make_unique<SimulatorFixture>();
    m_a->simulator().addSession(u"guest-a"_s, MacA, u"10.5.50.11"_s, 1e6, 2e6);
    m_a->simulator().addSession(u"roam-a"_s, Roaming, u"10.5.50.12"_s, 1e6, 2e6);
    m_b = std::make_unique<SimulatorFixture>();
    m_b->simulator().addSession(u"guest-b"_s, MacB, u"10.6.50.11"_s, 1e6, 2e6);
    m_b->simulator().addSession(u"roam-b"_s, Roaming, u"10.6.50.12"_s, 1e6, 2e6);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"api.db"_s), &error), qPrintable(error));
    m_token = ApiToken::ensure(m_db.get(), &error);
    QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    m_routers = std::make_unique<RouterSet>(m_db.get());
    m_routers->add(u"a"_s, m_a->settings());
    m_routers->add(u"b"_s, m_b->settings());
    m_profiles = std::make_unique<ProfileCatalog>();
    QStringList errors;
    QVERIFY(m_profiles->load(QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"), &errors));
    ControlLoop& first = m_routers->loop(0);
    m_service = std::make_unique<ApiService>(ApiService::Services {&first.monitor(), &first.bandwidth(),
                                                                   &first.voucherStore(), m_profiles.get(),
                                                                   &m_routers->connection(0)},
                                             m_token);
    QList<ApiService::Router> routers;
    for (int i = 0; i < m_routers->size(); ++i) {
        routers.append({m_routers->name(i), &m_routers->loop(i).monitor(), &m_routers->loop(i).bandwidth(),
                        &m_routers->connection(i)});
    }
    m_service->setRouters(routers);
    m_server = std::make_unique<ApiServer>(m_service.get());
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_routers->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_routers->loop(0).monitor().snapshot().users.size() == 2
                                 && m_routers->loop(1).monitor().snapshot().users.size() == 2,
                             10000);
}

void TestHttpApiRouters::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_service.reset();
    m_routers.reset();
    m_profiles.reset();
    m_db.reset();
    m_dir.reset();
    m_a.reset();
    m_b.reset();
}

TestHttpApiRouters::Result
TestHttpApiRouters::request(const QByteArray& method, const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server->port()).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)) {
        reply->abort();
    }
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    return result;
}

QByteArray TestHttpApiRouters::limitBody(const QString& mac, const QString& router)
{
    QJsonObject object {{u"mac"_s, mac}, {u"upload"_s, u"1M"_s}, {u"download"_s, u"2M"_s}};
    if (!router.isEmpty()) {
        object.insert(u"router"_s, router);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void TestHttpApiRouters::userTrafficNamesTheRouter()
{
    const Result all = request("GET", u"/admin/api/user-traffic"_s);
    QCOMPARE(all.status, 200);
    const QJsonArray users = all.body.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 4);
    QMap<QString, QString> routerOf;
    for (const auto row : users) {
        routerOf.insert(row.toObject().value(u"user"_s).toString(), row.toObject().value(u"router"_s).toString());
    }
    QCOMPARE(routerOf.value(u"guest-a"_s), u"a"_s);
    QCOMPARE(routerOf.value(u"roam-a"_s), u"a"_s);
    QCOMPARE(routerOf.value(u"guest-b"_s), u"b"_s);
    QCOMPARE(routerOf.value(u"roam-b"_s), u"b"_s);
}

void TestHttpApiRouters::userTrafficOfOneRouter()
{
    const Result b = request("GET", u"/admin/api/user-traffic?router=b"_s);
    QCOMPARE(b.status, 200);
    QCOMPARE(b.body.value(u"count"_s).toInt(), 2);
    for (const auto row : b.body.value(u"users"_s).toArray()) {
        QCOMPARE(row.toObject().value(u"router"_s).toString(), u"b"_s);
    }
    const Result unknown = request("GET", u"/admin/api/user-traffic?router=upstairs"_s);
    QCOMPARE(unknown.status, 404);
    QVERIFY2(unknown.body.value(u"error"_s).toString().contains(u"no router named \"upstairs\""_s),
             qPrintable(unknown.body.value(u"error"_s).toString()));
    // One router down: the other's rows still come, marked stale with the router's name.
    m_a->simulator().close();
    m_a->simulator().disconnectAll();
    m_routers->loop(0).monitor().refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_routers->loop(0).monitor().snapshot().stale, 10000);
    const Result stale = request("GET", u"/admin/api/user-traffic?router=b"_s);
    QCOMPARE(stale.status, 200);
    QVERIFY(!stale.body.value(u"stale"_s).toBool());
    const Result mixed = request("GET", u"/admin/api/user-traffic"_s);
    QCOMPARE(mixed.status, 200);
    QVERIFY(mixed.body.value(u"stale"_s).toBool());
    QVERIFY(mixed.body.value(u"stale_reason"_s).toString().startsWith(u"a: "_s));
}

void TestHttpApiRouters::setBandwidthFindsTheRouterOfTheDevice()
{
    const Result set = request("POST", u"/admin/api/set-bandwidth"_s, limitBody(MacB));
    QCOMPARE(set.status, 200);
    QVERIFY(hasQueue(m_b->simulator(), MacB));
    QVERIFY(!hasQueue(m_a->simulator(), MacB));
    const Result removed = request("POST", u"/admin/api/remove-bandwidth"_s,
                                   QJsonDocument(QJsonObject {{u"mac"_s, MacB}}).toJson(QJsonDocument::Compact));
    QCOMPARE(removed.status, 200);
    QVERIFY(!hasQueue(m_b->simulator(), MacB));
}

void TestHttpApiRouters::aDeviceOnTwoRoutersNeedsTheRouterNamed()
{
    const int changesA = m_a->simulator().changeCount();
    const int changesB = m_b->simulator().changeCount();
    const Result ambiguous = request("POST", u"/admin/api/set-bandwidth"_s, limitBody(Roaming));
    QCOMPARE(ambiguous.status, 409);
    QVERIFY2(ambiguous.body.value(u"error"_s).toString().contains(u"\"router\""_s),
             qPrintable(ambiguous.body.value(u"error"_s).toString()));
    QCOMPARE(m_a->simulator().changeCount(), changesA);
    QCOMPARE(m_b->simulator().changeCount(), changesB);
    const Result named = request("POST", u"/admin/api/set-bandwidth"_s, limitBody(Roaming, u"a"_s));
    QCOMPARE(named.status, 200);
    QVERIFY(hasQueue(m_a->simulator(), Roaming));
    QVERIFY(!hasQueue(m_b->simulator(), Roaming));
    const Result removeAmbiguous
        = request("POST", u"/admin/api/remove-bandwidth"_s,
                  QJsonDocument(QJsonObject {{u"mac"_s, Roaming}}).toJson(QJsonDocument::Compact));
    QCOMPARE(removeAmbiguous.status, 409);
    const Result removed = request(
        "POST", u"/admin/api/remove-bandwidth"_s,
        QJsonDocument(QJsonObject {{u"mac"_s, Roaming}, {u"router"_s, u"a"_s}}).toJson(QJsonDocument::Compact));
    QCOMPARE(removed.status, 200);
    QVERIFY(!hasQueue(m_a->simulator(), Roaming));
}

void TestHttpApiRouters::badRouterIsAClearError()
{
    const int changesA = m_a->simulator().changeCount();
    const int changesB = m_b->simulator().changeCount();
    const Result unknown = request("POST", u"/admin/api/set-bandwidth"_s, limitBody(MacA, u"upstairs"_s));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.value(u"error"_s).toString().contains(u"routers: a, b"_s));
    const Result notText = request(
        "POST", u"/admin/api/set-bandwidth"_s,
        QJsonDocument(
            QJsonObject {{u"mac"_s, MacA}, {u"upload"_s, u"1M"_s}, {u"download"_s, u"1M"_s}, {u"router"_s, 7}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(notText.status, 400);
    QCOMPARE(m_a->simulator().changeCount(), changesA);
    QCOMPARE(m_b->simulator().changeCount(), changesB);
}

void TestHttpApiRouters::healthListsEveryRouter()
{
    const Result health = request("GET", u"/admin/api/health"_s);
    QCOMPARE(health.status, 200);
    const QJsonArray routers = health.body.value(u"routers"_s).toArray();
    QCOMPARE(routers.size(), 2);
    QCOMPARE(routers.at(0).toObject().value(u"name"_s).toString(), u"a"_s);
    QCOMPARE(routers.at(1).toObject().value(u"name"_s).toString(), u"b"_s);
    QCOMPARE(routers.at(1).toObject().value(u"online_users"_s).toInt(), 2);
    QCOMPARE(health.body.value(u"router"_s).toObject().value(u"name"_s).toString(), u"a"_s);
}

void TestHttpApiRouters::sellGoesToTheRouterNamed()
{
    const Result sold = request("POST", u"/admin/api/vouchers/sell"_s, R"({"profile": "BASIC", "router": "b"})");
    QCOMPARE(sold.status, 200);
    const QString code = sold.body.value(u"code"_s).toString();
    QVERIFY(!code.isEmpty());
    QCOMPARE(sold.body.value(u"router"_s).toString(), u"b"_s);
    QVERIFY(hasUser(m_b->simulator(), code));
    QVERIFY(!hasUser(m_a->simulator(), code));
    const auto voucher = m_routers->loop(0).voucherStore().find(code);
    QVERIFY(voucher.has_value());
    QCOMPARE(voucher->router, u"b"_s);
    QVERIFY(voucher->soldAt.isValid());
}

void TestHttpApiRouters::sellWithSeveralRoutersNeedsTheRouter()
{
    const int before = int(m_a->simulator().users().size() + m_b->simulator().users().size());
    const Result missing = request("POST", u"/admin/api/vouchers/sell"_s, R"({"amount": 5})");
    QCOMPARE(missing.status, 400);
    QVERIFY2(missing.body.value(u"error"_s).toString().contains(u"\"router\""_s),
             qPrintable(missing.body.value(u"error"_s).toString()));
    QVERIFY(missing.body.value(u"error"_s).toString().contains(u"a, b"_s));
    const Result unknown = request("POST", u"/admin/api/vouchers/sell"_s, R"({"amount": 5, "router": "upstairs"})");
    QCOMPARE(unknown.status, 404);
    const Result wrongType = request("POST", u"/admin/api/vouchers/sell"_s, R"({"amount": 5, "router": 2})");
    QCOMPARE(wrongType.status, 400);
    // Nothing was made or put anywhere.
    QCOMPARE(int(m_a->simulator().users().size() + m_b->simulator().users().size()), before);
    QCOMPARE(m_routers->loop(0).voucherStore().list({}).size(), 0);
}

void TestHttpApiRouters::revokeReachesEveryRouterOfTheVoucher()
{
    const Result sold = request("POST", u"/admin/api/vouchers/sell"_s, R"({"profile": "BASIC", "router": "a"})");
    QCOMPARE(sold.status, 200);
    const QString code = sold.body.value(u"code"_s).toString();
    // Put on router b as well ("Put on router → All").
    VoucherStore& store = m_routers->loop(0).voucherStore();
    VoucherPusher pusher(&m_routers->client(1), &store);
    pusher.setRouterName(u"b"_s);
    bool pushed = false;
    pusher.push({*store.find(code)}, nullptr, [&](const VoucherPusher::Report& report) { pushed = report.ok(); });
    QTRY_VERIFY(pushed);
    QVERIFY(hasUser(m_b->simulator(), code));
    m_a->simulator().addUser(u"MIKHMON1"_s, u"x"_s);
    const Result revoked
        = request("POST", u"/admin/api/vouchers/revoke"_s, QJsonDocument(QJsonObject {{u"code"_s, code}}).toJson());
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.body.value(u"router_updated"_s).toBool(), true);
    const QJsonArray routers = revoked.body.value(u"routers"_s).toArray();
    QCOMPARE(routers.size(), 2);
    QCOMPARE(routers.at(0).toObject().value(u"router"_s).toString(), u"a"_s);
    QCOMPARE(routers.at(1).toObject().value(u"router"_s).toString(), u"b"_s);
    QVERIFY(routers.at(1).toObject().value(u"updated"_s).toBool());
    QVERIFY(!hasUser(m_a->simulator(), code));
    QVERIFY(!hasUser(m_b->simulator(), code));
    QVERIFY(hasUser(m_a->simulator(), u"MIKHMON1"_s));
}

QTEST_GUILESS_MAIN(TestHttpApiRouters)
#include "tst_httpapirouters.moc"
