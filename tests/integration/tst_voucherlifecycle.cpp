// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A voucher's life against the simulator: generate, push, log in, queue with the voucher's rates,
// log out, session closed, queue removed; used up; revoke; activate a waiting device.
#include "core/bandwidth/bandwidthcontroller.h"
#include "core/monitor/sessionmonitor.h"
#include "core/routeros/routerduration.h"
#include "core/storage/database.h"
#include "core/vouchers/salesreport.h"
#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherpusher.h"
#include "core/vouchers/vouchertracker.h"
#include "support/simulatorfixture.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString Phone = u"AA:BB:CC:11:22:33"_s;
} // namespace

class TestVoucherLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pushIsResumableAndNeverDuplicates();
    void loginActivatesAndLimitsThenLogoutCleansUp();
    void validitySpentMarksUsedUp();
    void developerCodeHasNoUptimeLimit();
    void revokeRemovesUserAndKicks();
    void activateWaitingDevice();
    void deadCodeOnlineStaysDead();
    void deadCodeIsKickedWhenAsked();
    void pushRefusesVoucherWithoutTimeLimit();
    void twoPushesAtOnceAddEachVoucherOnce();
    void connectionLostDuringPushIsOneError();
    void pushSendsDataCap();
    void dataSpentMarksUsedUp();
    void logoutWithDataLeftStaysActive();

private:
    QStringList generate(int count, bool developer = false, int validitySeconds = 3600, quint64 dataBytes = 0);
    void logIn(const QString& code, const QString& mac, const QString& ip);
    QList<HotspotUser> routerUsers();
    VoucherPusher::Report push(const QStringList& codes);
    void poll();

    std::unique_ptr<SimulatorFixture> m_fixture;
    std::unique_ptr<TestDatabase> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherStore> m_store;
    std::unique_ptr<VoucherTracker> m_tracker;
    std::unique_ptr<BandwidthController> m_controller;
    std::unique_ptr<SessionMonitor> m_monitor;
};

void TestVoucherLifecycle::init()
{
    m_fixture = std::make_unique<SimulatorFixture>();
    m_fixture->simulator().setManualClock(true);
    QVERIFY(m_fixture->connectAndWait());
    // SQLite, or with PISONET_TEST_ENGINE=postgresql a fresh PostgreSQL database (tst_voucherlifecycle_postgresql).
    m_dir = std::make_unique<TestDatabase>();
    if (m_dir->isPostgres() && !m_dir->isReady()) {
        QSKIP(qPrintable(m_dir->error()));
    }
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->location(), &error), qPrintable(error));
    m_store = std::make_unique<VoucherStore>(m_db.get());
    m_tracker = std::make_unique<VoucherTracker>(m_store.get());
    m_controller = std::make_unique<BandwidthController>(&m_fixture->client(), nullptr);
    m_controller->setVoucherLimitSource([this](const UserTraffic& user) { return m_tracker->limitFor(user); });
    m_monitor = std::make_unique<SessionMonitor>(&m_fixture->client());
}

void TestVoucherLifecycle::cleanup()
{
    m_monitor.reset();
    m_controller.reset();
    m_tracker.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
    m_fixture.reset();
}

QStringList TestVoucherLifecycle::generate(int count, bool developer, int validitySeconds, quint64 dataBytes)
{
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5;
    profile.validity = RouterDuration::format(validitySeconds);
    profile.validitySeconds = validitySeconds;
    profile.users = 1;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    profile.dataBytes = dataBytes;
    VoucherStore::GenerateOptions options;
    options.count = count;
    options.developer = developer;
    QString error;
    const auto batch = m_store->generate(profile, options, &error);
    return batch ? batch->codes : QStringList();
}

VoucherPusher::Report TestVoucherLifecycle::push(const QStringList& codes)
{
    QList<Voucher> vouchers;
    for (const QString& code : codes) {
        vouchers.append(*m_store->find(code));
    }
    VoucherPusher pusher(&m_fixture->client(), m_store.get());
    VoucherPusher::Report report;
    bool done = false;
    pusher.push(vouchers, nullptr, [&](const VoucherPusher::Report& r) {
        report = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000)) {
        report.error = ApiError(ApiError::Kind::Timeout, u"test timed out"_s);
    }
    return report;
}

void TestVoucherLifecycle::logIn(const QString& code, const QString& mac, const QString& ip)
{
    m_fixture->simulator().addHost(mac, ip);
    QVERIFY(m_fixture
                ->run(ApiCommand(u"/ip/hotspot/active/login"_s)
                          .set(u"user"_s, code)
                          .set(u"password"_s, QString())
                          .set(u"mac-address"_s, mac)
                          .set(u"ip"_s, ip))
                .ok());
}

QList<HotspotUser> TestVoucherLifecycle::routerUsers()
{
    QList<HotspotUser> users;
    bool done = false;
    m_fixture->client().fetchHotspotUsers(nullptr, [&](const RouterReply<QList<HotspotUser>>& reply) {
        users = reply.value;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 3000); }();
    return users;
}

void TestVoucherLifecycle::poll()
{
    // One refresh as the program does it: poll, track vouchers, reconcile queues.
    QSignalSpy snapshots(m_monitor.get(), &SessionMonitor::snapshotReady);
    m_monitor->refreshNow();
    QVERIFY(snapshots.wait(3000));
    QString error;
    QVERIFY2(m_tracker->track(m_monitor->snapshot(), &error), qPrintable(error));
    QSignalSpy reconciled(m_controller.get(), &BandwidthController::reconciled);
    m_controller->reconcile(m_monitor->snapshot());
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.size(), 1, 3000);
}

void TestVoucherLifecycle::pushIsResumableAndNeverDuplicates()
{
    const QStringList codes = generate(10);
    // Half of them are already on the router (an earlier push that died part-way).
    for (int i = 0; i < 5; ++i) {
        m_fixture->simulator().addUser(codes[i], QString(), u"default"_s);
    }
    const auto report = push(codes);
    QVERIFY2(report.ok(), qPrintable(report.failures.join(u'\n') + report.error.message()));
    QCOMPARE(report.added, 5);
    QCOMPARE(report.alreadyThere, 5);
    QCOMPARE(m_fixture->simulator().users().size(), 10);
    const auto again = push(codes);
    QCOMPARE(again.added, 0);
    QCOMPARE(m_fixture->simulator().users().size(), 10);
    const auto user = m_fixture->simulator().users().last();
    QCOMPARE(user.profile, u"pisonet-1"_s);
    QCOMPARE(user.limitUptime, u"1h"_s);
    QVERIFY(user.comment.startsWith(u"PisoNet Manager voucher"_s));
    // The profile we created carries shared-users and no rate-limit.
    bool found = false;
    for (const auto& profile : m_fixture->simulator().profiles()) {
        if (profile.name == u"pisonet-1"_s) {
            found = true;
            QCOMPARE(profile.sharedUsers, 1);
            QVERIFY(profile.rateLimit.isEmpty());
        }
    }
    QVERIFY(found);
    QCOMPARE(m_store->find(codes[7])->status, Voucher::Status::Pushed);
}

void TestVoucherLifecycle::loginActivatesAndLimitsThenLogoutCleansUp()
{
    const QString code = generate(1).first();
    QVERIFY(push({code}).ok());
    m_fixture->simulator().addHost(Phone, u"10.5.50.40"_s);
    // The customer types the code at the login page.
    QVERIFY(m_fixture
                ->run(ApiCommand(u"/ip/hotspot/active/login"_s)
                          .set(u"user"_s, code)
                          .set(u"password"_s, QString())
                          .set(u"mac-address"_s, Phone)
                          .set(u"ip"_s, u"10.5.50.40"_s))
                .ok());
    QSignalSpy activated(m_tracker.get(), &VoucherTracker::voucherActivated);
    poll();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(1).toString(), Phone); // who activated it, not the MAC stored before
    Voucher voucher = *m_store->find(code);
    QCOMPARE(voucher.status, Voucher::Status::Active);
    QCOMPARE(voucher.mac, Phone);
    QCOMPARE(voucher.ip, u"10.5.50.40"_s);
    QVERIFY(voucher.activatedAt.isValid());
    auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].name, u"pisonet-"_s + Phone);
    QCOMPARE(queues[0].maxUp, quint64(512000));
    QCOMPARE(queues[0].maxDown, quint64(1000000));
    QVERIFY(queues[0].comment.contains(code));

    m_fixture->simulator().advanceClock(60000);
    poll(); // bytes move
    m_fixture->simulator().logout(Phone);
    poll();
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    voucher = *m_store->find(code);
    QCOMPARE(voucher.status, Voucher::Status::Active); // time left, may log in again
    QVERIFY(voucher.bytesDown > 0);
    QVERIFY(voucher.usedSeconds >= 59);
    const auto usage = SalesReport(m_db.get()).usage(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1));
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage[0].sessions, 1);
    const auto sales = SalesReport(m_db.get()).sales(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1));
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales[0].revenue, 5.0);
}

void TestVoucherLifecycle::validitySpentMarksUsedUp()
{
    const QString code = generate(1, false, 120).first();
    QVERIFY(push({code}).ok());
    m_fixture->simulator().addHost(Phone, u"10.5.50.41"_s);
    QVERIFY(m_fixture
                ->run(ApiCommand(u"/ip/hotspot/active/login"_s)
                          .set(u"user"_s, code)
                          .set(u"password"_s, QString())
                          .set(u"mac-address"_s, Phone))
                .ok());
    poll();
    QSignalSpy usedUp(m_tracker.get(), &VoucherTracker::voucherUsedUp);
    for (int i = 0; i < 11; ++i) { // polls every 10 s; the last one sees 10 s left
        m_fixture->simulator().advanceClock(10000);
        poll();
    }
    QCOMPARE(usedUp.size(), 0);
    m_fixture->simulator().advanceClock(10000); // the router ends the session at limit-uptime
    poll();
    QCOMPARE(usedUp.size(), 1);
    QCOMPARE(m_store->find(code)->status, Voucher::Status::Used);
    QVERIFY(m_fixture->simulator().queues().isEmpty());
}

void TestVoucherLifecycle::developerCodeHasNoUptimeLimit()
{
    const QString code = generate(1, true).first();
    QVERIFY(push({code}).ok());
    QVERIFY(m_fixture->simulator().users().first().limitUptime.isEmpty());
}

void TestVoucherLifecycle::revokeRemovesUserAndKicks()
{
    const QString code = generate(1).first();
    QVERIFY(push({code}).ok());
    m_fixture->simulator().addSession(code, Phone, u"10.5.50.42"_s, 1e6, 1e6);
    VoucherManager manager(&m_fixture->client(), m_store.get());
    VoucherManager::Outcome outcome;
    bool done = false;
    manager.revoke(code.toLower(), nullptr, [&](const VoucherManager::Outcome& o) {
        outcome = o;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(m_fixture->simulator().users().isEmpty());
    QVERIFY(m_fixture->simulator().sessions().isEmpty());
    QCOMPARE(m_store->find(code)->status, Voucher::Status::Revoked);

    done = false;
    manager.revoke(u"NOPE99"_s, nullptr, [&](const VoucherManager::Outcome& o) {
        outcome = o;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(outcome.badInput);
}

void TestVoucherLifecycle::activateWaitingDevice()
{
    const QString code = generate(1).first();
    QVERIFY(push({code}).ok());
    m_fixture->simulator().addHost(Phone, u"10.5.50.43"_s);
    VoucherManager manager(&m_fixture->client(), m_store.get());
    VoucherManager::Outcome outcome;
    bool done = false;
    manager.activateForDevice(code, u"aa-bb-cc-11-22-33"_s, nullptr, [&](const VoucherManager::Outcome& o) {
        outcome = o;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    const auto sessions = m_fixture->simulator().sessions();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions[0].user, code);
    QCOMPARE(sessions[0].address, u"10.5.50.43"_s);

    done = false;
    manager.activateForDevice(code, u"AA:BB:CC:99:99:99"_s, nullptr, [&](const VoucherManager::Outcome& o) {
        outcome = o;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(outcome.badInput);
    QVERIFY(outcome.message.contains(u"not waiting"_s));
}

void TestVoucherLifecycle::deadCodeOnlineStaysDead()
{
    const QStringList codes = generate(2);
    QVERIFY(push(codes).ok());
    QString error;
    QVERIFY(m_store->markUsedUp(codes[0], QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(m_store->revoke(codes[1], &error));
    // The router still lets them in (another tool, a router restored from a backup...).
    m_fixture->simulator().addSession(codes[0], Phone, u"10.5.50.44"_s, 1e6, 1e6);
    m_fixture->simulator().addSession(codes[1], u"AA:BB:CC:11:22:44"_s, u"10.5.50.45"_s, 1e6, 1e6);
    QSignalSpy activated(m_tracker.get(), &VoucherTracker::voucherActivated);
    QSignalSpy dead(m_tracker.get(), &VoucherTracker::deadCodeInUse);
    poll();
    poll();
    QCOMPARE(m_store->find(codes[0])->status, Voucher::Status::Used);
    QCOMPARE(m_store->find(codes[1])->status, Voucher::Status::Revoked);
    QCOMPARE(activated.size(), 0);
    QCOMPARE(dead.size(), 2); // once per session, not once per poll
    QStringList seen;
    for (const auto& signal : dead) {
        seen.append(signal.at(0).toString() + u' ' + signal.at(1).toString() + u' ' + signal.at(2).toString());
        QCOMPARE(signal.at(3).toBool(), false); // kicking was not asked for
    }
    seen.sort();
    QStringList expected {codes[0] + u' ' + Phone + u" used"_s, codes[1] + u" AA:BB:CC:11:22:44 revoked"_s};
    expected.sort();
    QCOMPARE(seen, expected);
    QCOMPARE(m_fixture->simulator().sessions().size(), 2); // only reported
}

void TestVoucherLifecycle::deadCodeIsKickedWhenAsked()
{
    const QString code = generate(1).first();
    QVERIFY(push({code}).ok());
    QString error;
    QVERIFY(m_store->markUsedUp(code, QDateTime::currentDateTimeUtc(), &error));
    m_fixture->simulator().addSession(code, Phone, u"10.5.50.46"_s, 1e6, 1e6);
    m_fixture->simulator().addSession(u"WINBOX"_s, u"AA:BB:CC:11:22:55"_s, u"10.5.50.47"_s, 1e6, 1e6);
    m_tracker->setRouterClient(&m_fixture->client());
    m_tracker->setKickDeadCodes(true);
    QSignalSpy dead(m_tracker.get(), &VoucherTracker::deadCodeInUse);
    QSignalSpy kicked(m_tracker.get(), &VoucherTracker::deadCodeKicked);
    poll();
    QCOMPARE(dead.size(), 1);
    QCOMPARE(dead.first().at(3).toBool(), true);
    QTRY_COMPARE(kicked.size(), 1);
    QCOMPARE(kicked.first().at(2).toString(), QString()); // no error
    const auto sessions = m_fixture->simulator().sessions();
    QCOMPARE(sessions.size(), 1); // the other hotspot user is left alone
    QCOMPARE(sessions.first().user, u"WINBOX"_s);
    QCOMPARE(m_store->find(code)->status, Voucher::Status::Used);
}

void TestVoucherLifecycle::pushRefusesVoucherWithoutTimeLimit()
{
    const QStringList codes = generate(3);
    // Whatever its origin (another tool, an old version, a hand edit): no time limit, no developer.
    QSqlQuery edit(m_db->handle());
    QVERIFY(edit.exec(
        u"UPDATE vouchers SET validity = 'unlimited', validity_seconds = -1 WHERE code = '%1'"_s.arg(codes[0])));
    QVERIFY(edit.exec(u"UPDATE vouchers SET problem = 'its speed cannot be read' WHERE code = '%1'"_s.arg(codes[1])));
    const auto report = push(codes);
    QVERIFY(!report.ok());
    QVERIFY(!report.error.isError());
    QCOMPARE(report.refused.size(), 2);
    QVERIFY2(report.refused[0].startsWith(codes[0] + u": it has no time limit"_s), qPrintable(report.refused[0]));
    QVERIFY2(report.refused[1].startsWith(codes[1] + u": its speed cannot be read"_s), qPrintable(report.refused[1]));
    QCOMPARE(report.added, 1);
    const auto users = m_fixture->simulator().users();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().name, codes[2]);
    QCOMPARE(users.first().limitUptime, u"1h"_s);
    QCOMPARE(m_store->find(codes[0])->status, Voucher::Status::New);
}

void TestVoucherLifecycle::twoPushesAtOnceAddEachVoucherOnce()
{
    const QStringList codes = generate(50);
    // Both read the router's (empty) user list before either adds: each then adds all 50.
    QList<Voucher> vouchers;
    for (const QString& code : codes) {
        vouchers.append(*m_store->find(code));
    }
    VoucherPusher first(&m_fixture->client(), m_store.get());
    VoucherPusher second(&m_fixture->client(), m_store.get());
    QList<VoucherPusher::Report> reports;
    first.push(vouchers, nullptr, [&](const VoucherPusher::Report& r) { reports.append(r); });
    second.push(vouchers, nullptr, [&](const VoucherPusher::Report& r) { reports.append(r); });
    QTRY_COMPARE(reports.size(), 2);
    for (const auto& report : std::as_const(reports)) {
        QVERIFY2(report.ok(), qPrintable(report.failures.join(u'\n') + report.error.message()));
        QCOMPARE(report.pushed(), 50);
    }
    QCOMPARE(reports[0].added + reports[1].added, 50);
    QCOMPARE(m_fixture->simulator().users().size(), 50);
    QCOMPARE(m_store->find(codes.last())->status, Voucher::Status::Pushed);
}

void TestVoucherLifecycle::connectionLostDuringPushIsOneError()
{
    const QStringList codes = generate(40);
    m_fixture->simulator().faults().dropAfterReplies(20);
    const auto report = push(codes);
    QVERIFY(report.error.isError());
    QVERIFY(report.error.isConnectionError());
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n'))); // one reason, not 40
    QCOMPARE(report.wanted, 40);
    QVERIFY(report.pushed() < 40);
    // What did get there is recorded as pushed; the rest stays new for the next run.
    VoucherStore::Filter pushed;
    pushed.status = Voucher::Status::Pushed;
    QCOMPARE(m_store->list(pushed).size(), report.pushed());
}

void TestVoucherLifecycle::pushSendsDataCap()
{
    const QString capped = generate(1, false, 3600, 500'000'000).first();
    QCOMPARE(m_store->find(capped)->dataBytes, quint64(500'000'000));
    QVERIFY(push({capped}).ok());
    QCOMPARE(m_fixture->simulator().users().last().limitBytesTotal, quint64(500'000'000));
    // The router's own view, as the client reads it back.
    const QList<HotspotUser> users = routerUsers();
    const auto back
        = std::find_if(users.cbegin(), users.cend(), [&](const HotspotUser& u) { return u.name == capped; });
    QVERIFY(back != users.cend());
    QCOMPARE(back->limitBytesTotal, quint64(500'000'000));
    // A voucher without a cap sends none.
    const QString plain = generate(1).first();
    QVERIFY(push({plain}).ok());
    QCOMPARE(m_fixture->simulator().users().last().name, plain);
    QCOMPARE(m_fixture->simulator().users().last().limitBytesTotal, quint64(0));
}

void TestVoucherLifecycle::dataSpentMarksUsedUp()
{
    m_tracker->setRouterClient(&m_fixture->client());
    const QString code = generate(1, false, 3600, 2'000'000).first();
    QVERIFY(push({code}).ok());
    logIn(code, Phone, u"10.5.50.42"_s);
    poll();
    QCOMPARE(m_monitor->snapshot().users.size(), 1);
    QVERIFY(m_monitor->snapshot().users.first().dataLeftBytes > 1'000'000);
    QSignalSpy usedUp(m_tracker.get(), &VoucherTracker::voucherUsedUp);
    // The router ends the session at limit-bytes-total; the tracker sees it gone and asks.
    for (int i = 0; i < 40 && !m_fixture->simulator().sessions().isEmpty(); ++i) {
        m_fixture->simulator().advanceClock(10000);
        poll();
        if (!m_monitor->snapshot().users.isEmpty()) {
            QVERIFY(m_monitor->snapshot().users.first().dataLeftBytes <= 2'000'000);
        }
    }
    QVERIFY(m_fixture->simulator().sessions().isEmpty());
    poll(); // the session's end is seen
    QTRY_COMPARE_WITH_TIMEOUT(usedUp.size(), 1, 3000);
    QCOMPARE(m_store->find(code)->status, Voucher::Status::Used);
    const auto user = m_fixture->simulator().users().last();
    QCOMPARE(quint64(user.bytesIn + user.bytesOut), quint64(2'000'000));
    // It cannot log in again: the router refuses, and it stays used.
    QVERIFY(!m_fixture
                 ->run(ApiCommand(u"/ip/hotspot/active/login"_s)
                           .set(u"user"_s, code)
                           .set(u"password"_s, QString())
                           .set(u"mac-address"_s, Phone))
                 .ok());
}

void TestVoucherLifecycle::logoutWithDataLeftStaysActive()
{
    m_tracker->setRouterClient(&m_fixture->client());
    const QString code = generate(1, false, 3600, 1'000'000'000).first();
    QVERIFY(push({code}).ok());
    logIn(code, Phone, u"10.5.50.43"_s);
    poll();
    m_fixture->simulator().advanceClock(10000);
    poll();
    m_fixture->simulator().logout(Phone);
    QSignalSpy usedUp(m_tracker.get(), &VoucherTracker::voucherUsedUp);
    poll();
    routerUsers(); // answered after the tracker's question on the same connection
    QCOMPARE(usedUp.size(), 0);
    const Voucher voucher = *m_store->find(code);
    QCOMPARE(voucher.status, Voucher::Status::Active);
    QVERIFY(voucher.dataLeft() > 0);
    QVERIFY(voucher.dataLeft() < 1'000'000'000);
}

QTEST_GUILESS_MAIN(TestVoucherLifecycle)
#include "tst_voucherlifecycle.moc"
