// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One voucher on two routers (two simulators on loopback): it remembers both, and revoke, unlock
// and "log a waiting device in" reach the right ones, each router's outcome told apart.
#include "core/storage/database.h"
#include "core/vouchers/salesreport.h"
#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherpusher.h"
#include "core/vouchers/voucherstore.h"
#include "support/simulatorfixture.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString Foreign = u"WINBOX1"_s; // a hotspot user another tool made, on both routers
const QString Phone = u"AA:00:00:00:00:42"_s;

bool hasUser(RouterSimulator& router, const QString& name)
{
    const auto users = router.users();
    return std::any_of(users.cbegin(), users.cend(), [&](const RouterSimulator::User& u) { return u.name == name; });
}

QString macOf(RouterSimulator& router, const QString& name)
{
    for (const RouterSimulator::User& user : router.users()) {
        if (user.name == name) {
            return user.macAddress;
        }
    }
    return {};
}

bool hasSession(RouterSimulator& router, const QString& user)
{
    const auto sessions = router.sessions();
    return std::any_of(sessions.cbegin(), sessions.cend(),
                       [&](const RouterSimulator::Session& s) { return s.user == user; });
}
} // namespace

class TestVoucherRouters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pushedToBothIsRememberedOnBoth();
    void revokeRemovesItFromEveryRouterAndLeavesForeignUsers();
    void aRouterDownDoesNotStopTheOther();
    void revokeLeavesARouterItWasNeverPutOn();
    void unlockClearsTheDeviceOnEveryRouter();
    void unlockKeepsTheRecordWhenARouterIsDown();
    void logInGoesToTheRouterWhereTheDeviceWaits();
    void salesCountAVoucherOnceWhereItWasFirstUsed();
    void upgradeRemembersTheRouterOfOlderVouchers();
    void aVoucherOnlyOnARemovedRouterIsAnsweredAtOnce();

private:
    void push(const QString& router, SimulatorFixture& fixture);
    VoucherManager::Outcome act(const std::function<void(VoucherManager&, VoucherManager::Callback)>& action);
    QList<VoucherManager::Router> routers();

    std::unique_ptr<SimulatorFixture> m_a;
    std::unique_ptr<SimulatorFixture> m_b;
    std::unique_ptr<TestDatabase> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherStore> m_store;
    QString m_code;
};

void TestVoucherRouters::init()
{
    m_dir = std::make_unique<TestDatabase>();
    if (m_dir->isPostgres() && !m_dir->isReady()) {
        QSKIP(qPrintable(m_dir->error()));
    }
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->location(), &error), qPrintable(error));
    m_store = std::make_unique<VoucherStore>(m_db.get());
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    const auto batch = m_store->generate(profile, {}, &error);
    QVERIFY2(batch.has_value(), qPrintable(error));
    m_code = batch->codes.first();
    m_a = std::make_unique<SimulatorFixture>();
    m_b = std::make_unique<SimulatorFixture>();
    for (SimulatorFixture* fixture : {m_a.get(), m_b.get()}) {
        fixture->simulator().addUser(Foreign, u"x"_s);
        QVERIFY(fixture->connectAndWait());
    }
}

void TestVoucherRouters::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
    m_a.reset();
    m_b.reset();
}

void TestVoucherRouters::push(const QString& router, SimulatorFixture& fixture)
{
    VoucherPusher pusher(&fixture.client(), m_store.get());
    pusher.setRouterName(router);
    bool done = false;
    pusher.push({*m_store->find(m_code)}, nullptr, [&](const VoucherPusher::Report& report) {
        QVERIFY2(report.ok(), qPrintable(report.error.message() + report.failures.join(u", "_s)));
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(hasUser(fixture.simulator(), m_code));
}

QList<VoucherManager::Router> TestVoucherRouters::routers()
{
    return {{u"a"_s, &m_a->client()}, {u"b"_s, &m_b->client()}};
}

VoucherManager::Outcome
TestVoucherRouters::act(const std::function<void(VoucherManager&, VoucherManager::Callback)>& action)
{
    VoucherManager manager(routers(), m_store.get());
    std::optional<VoucherManager::Outcome> outcome;
    action(manager, [&](const VoucherManager::Outcome& o) { outcome = o; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000); }();
    return outcome.value_or(VoucherManager::Outcome {});
}

void TestVoucherRouters::pushedToBothIsRememberedOnBoth()
{
    push(u"a"_s, *m_a);
    push(u"b"_s, *m_b);
    QCOMPARE(m_store->routersOf(m_code), (QStringList {u"a"_s, u"b"_s}));
    // Older readers see the first router it was put on.
    QCOMPARE(m_store->find(m_code)->router, u"a"_s);
    // Router b's loop checks it is there (and so on): it is one of b's vouchers too.
    VoucherStore::Filter onB;
    onB.router = {u"b"_s, false};
    QCOMPARE(m_store->list(onB).size(), 1);
    // Pushing again adds nothing twice.
    push(u"b"_s, *m_b);
    QCOMPARE(m_store->routersOf(m_code).size(), 2);
}

void TestVoucherRouters::revokeRemovesItFromEveryRouterAndLeavesForeignUsers()
{
    push(u"a"_s, *m_a);
    push(u"b"_s, *m_b);
    m_b->simulator().addSession(m_code, Phone, u"10.6.50.42"_s, 1e6, 2e6);
    m_a->simulator().addSession(Foreign, u"AA:00:00:00:00:43"_s, u"10.5.50.43"_s, 1e6, 2e6);
    const auto outcome
        = act([&](VoucherManager& m, VoucherManager::Callback done) { m.revoke(m_code, nullptr, done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.routers.size(), 2);
    QCOMPARE(outcome.routers.at(0).router, u"a"_s);
    QCOMPARE(outcome.routers.at(1).router, u"b"_s);
    QVERIFY2(outcome.routers.at(1).message.contains(u"sessions ended: 1"_s), qPrintable(outcome.message));
    QVERIFY(!hasUser(m_a->simulator(), m_code));
    QVERIFY(!hasUser(m_b->simulator(), m_code));
    QVERIFY(!hasSession(m_b->simulator(), m_code));
    // What another tool made stays as it was.
    QVERIFY(hasUser(m_a->simulator(), Foreign));
    QVERIFY(hasUser(m_b->simulator(), Foreign));
    QVERIFY(hasSession(m_a->simulator(), Foreign));
    QCOMPARE(m_store->find(m_code)->status, Voucher::Status::Revoked);
}

void TestVoucherRouters::aRouterDownDoesNotStopTheOther()
{
    push(u"a"_s, *m_a);
    push(u"b"_s, *m_b);
    m_b->simulator().close();
    m_b->simulator().disconnectAll();
    QTRY_VERIFY(!m_b->connection().isReady());
    const auto outcome
        = act([&](VoucherManager& m, VoucherManager::Callback done) { m.revoke(m_code, nullptr, done); });
    QVERIFY(!outcome.badInput);
    QVERIFY(outcome.error.isError());
    QCOMPARE(outcome.routers.size(), 2);
    QVERIFY(!outcome.routers.at(0).error.isError());
    QVERIFY(outcome.routers.at(1).error.isError());
    QVERIFY2(outcome.message.contains(u"b: not updated"_s), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(u"retried when you revoke again"_s), qPrintable(outcome.message));
    QVERIFY(!hasUser(m_a->simulator(), m_code));
    QCOMPARE(m_store->find(m_code)->status, Voucher::Status::Revoked);
    // Revoking again is allowed (the retry): still no bad input.
    const auto again = act([&](VoucherManager& m, VoucherManager::Callback done) { m.revoke(m_code, nullptr, done); });
    QVERIFY(!again.badInput);
}

void TestVoucherRouters::revokeLeavesARouterItWasNeverPutOn()
{
    push(u"a"_s, *m_a);
    // A hotspot user of the same name on b, made there by someone else: not ours to remove.
    m_b->simulator().addUser(m_code, QString());
    const auto outcome
        = act([&](VoucherManager& m, VoucherManager::Callback done) { m.revoke(m_code, nullptr, done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.routers.size(), 1);
    QVERIFY(!hasUser(m_a->simulator(), m_code));
    QVERIFY(hasUser(m_b->simulator(), m_code));
}

void TestVoucherRouters::unlockClearsTheDeviceOnEveryRouter()
{
    push(u"a"_s, *m_a);
    push(u"b"_s, *m_b);
    QString error;
    QVERIFY(m_store->setLockedMac(m_code, Phone, &error));
    for (SimulatorFixture* fixture : {m_a.get(), m_b.get()}) {
        std::optional<ApiError> set;
        VoucherManager::setUserMac(&fixture->client(), m_code, Phone, nullptr, [&](const ApiError& e) { set = e; });
        QTRY_VERIFY(set.has_value());
        QCOMPARE(macOf(fixture->simulator(), m_code), Phone);
    }
    const auto outcome
        = act([&](VoucherManager& m, VoucherManager::Callback done) { m.unlock(m_code, u"test"_s, nullptr, done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.routers.size(), 2);
    QCOMPARE(macOf(m_a->simulator(), m_code), VoucherManager::noMac());
    QCOMPARE(macOf(m_b->simulator(), m_code), VoucherManager::noMac());
    QVERIFY(m_store->find(m_code)->lockedMac.isEmpty());
}

void TestVoucherRouters::unlockKeepsTheRecordWhenARouterIsDown()
{
    push(u"a"_s, *m_a);
    push(u"b"_s, *m_b);
    QString error;
    QVERIFY(m_store->setLockedMac(m_code, Phone, &error));
    m_a->simulator().close();
    m_a->simulator().disconnectAll();
    QTRY_VERIFY(!m_a->connection().isReady());
    const auto outcome
        = act([&](VoucherManager& m, VoucherManager::Callback done) { m.unlock(m_code, u"test"_s, nullptr, done); });
    QVERIFY(outcome.error.isError());
    QVERIFY(outcome.routers.at(0).error.isError());
    QVERIFY(!outcome.routers.at(1).error.isError());
    QVERIFY2(outcome.message.contains(u"a: not changed"_s), qPrintable(outcome.message));
    // Kept, so that unlock can be run again once router a is back.
    QCOMPARE(m_store->find(m_code)->lockedMac, Phone);
}

void TestVoucherRouters::logInGoesToTheRouterWhereTheDeviceWaits()
{
    push(u"a"_s, *m_a);
    push(u"b"_s, *m_b);
    m_b->simulator().addHost(Phone, u"10.6.50.42"_s);
    // Not waiting at router a: nothing is done there.
    const auto wrong = act([&](VoucherManager& m, VoucherManager::Callback done) {
        m.activateForDevice(m_code, Phone, nullptr, done, u"a"_s);
    });
    QVERIFY(wrong.badInput);
    QVERIFY(!hasSession(m_a->simulator(), m_code));
    const auto outcome = act([&](VoucherManager& m, VoucherManager::Callback done) {
        m.activateForDevice(m_code, Phone, nullptr, done, u"b"_s);
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(hasSession(m_b->simulator(), m_code));
    QVERIFY(!hasSession(m_a->simulator(), m_code));
    // A router the voucher is not on is refused with the reason.
    const auto unknown = act([&](VoucherManager& m, VoucherManager::Callback done) {
        m.activateForDevice(m_code, Phone, nullptr, done, u"nowhere"_s);
    });
    QVERIFY(unknown.badInput);
    QVERIFY2(unknown.message.contains(u"nowhere"_s), qPrintable(unknown.message));
}

void TestVoucherRouters::salesCountAVoucherOnceWhereItWasFirstUsed()
{
    push(u"a"_s, *m_a);
    push(u"b"_s, *m_b);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY(m_db->transaction([&](QString* e) { return m_store->markSold(m_code, now, e); }, &error));
    auto sold = [&](const QString& router) {
        SalesReport report(m_db.get());
        report.setRouter(router);
        int count = 0;
        for (const SalesReport::SalesRow& row : report.sales(QDate::currentDate(), QDate::currentDate())) {
            count += row.sold;
        }
        return count;
    };
    // Not used yet: the first router it was put on.
    QCOMPARE(sold(u"a"_s), 1);
    QCOMPARE(sold(u"b"_s), 0);
    UserTraffic user;
    user.user = m_code;
    user.mac = *MacAddress::parse(Phone);
    user.address = u"10.6.50.42"_s;
    QVERIFY2(m_store->openSession(m_code, user, now, &error, u"b"_s), qPrintable(error));
    QCOMPARE(sold(u"b"_s), 1);
    QCOMPARE(sold(u"a"_s), 0);
    QCOMPARE(sold({}), 1);
}

// A database of schema 9 (one router per voucher, in vouchers.router): schema 11 keeps that router.
void TestVoucherRouters::upgradeRemembersTheRouterOfOlderVouchers()
{
    if (m_dir->isPostgres()) {
        QSKIP("made by hand with SQLite's user_version");
    }
    push(u"b"_s, *m_b);
    {
        QSqlQuery query(m_db->handle());
        QVERIFY(query.exec(u"DROP TABLE voucher_routers"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 9"_s));
    }
    m_store.reset();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->location(), &error), qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
    m_store = std::make_unique<VoucherStore>(m_db.get());
    QCOMPARE(m_store->routersOf(m_code), QStringList {u"b"_s});
    QSqlQuery rows(m_db->handle());
    QVERIFY(rows.exec(u"SELECT count(*) FROM voucher_routers"_s) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
    // Put on router a later: both, b (the first) first.
    push(u"a"_s, *m_a);
    QCOMPARE(m_store->routersOf(m_code), (QStringList {u"b"_s, u"a"_s}));
}

// Put only on a router that has since been removed from the settings: revoke answers (nothing to
// change on the routers we have), log-in refuses with the reason; neither waits forever.
void TestVoucherRouters::aVoucherOnlyOnARemovedRouterIsAnsweredAtOnce()
{
    QString error;
    QVERIFY(m_store->markPushed({m_code}, &error, u"gone"_s));
    m_a->simulator().addUser(m_code, QString()); // same name on a router it was never put on
    const auto login = act(
        [&](VoucherManager& m, VoucherManager::Callback done) { m.activateForDevice(m_code, Phone, nullptr, done); });
    QVERIFY(login.badInput);
    const auto outcome
        = act([&](VoucherManager& m, VoucherManager::Callback done) { m.revoke(m_code, nullptr, done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.routers.isEmpty());
    QVERIFY2(outcome.message.contains(u"gone"_s), qPrintable(outcome.message));
    QVERIFY(hasUser(m_a->simulator(), m_code));
    QCOMPARE(m_store->find(m_code)->status, Voucher::Status::Revoked);
}

QTEST_GUILESS_MAIN(TestVoucherRouters)
#include "tst_voucherrouters.moc"
