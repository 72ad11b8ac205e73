// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/bandwidthcontroller.h"
#include "core/log/eventlog.h"
#include "core/monitor/sessionmonitor.h"
#include "core/storage/database.h"
#include "support/simulatorfixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString Mac1 = u"AA:BB:CC:00:00:01"_s;
const QString Mac2 = u"AA:BB:CC:00:00:02"_s;

BandwidthLimit limit(const QString& up, const QString& down)
{
    return {*RateLimit::parse(up, {}), *RateLimit::parse(down, {})};
}
} // namespace

class TestBandwidthController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setCreatesOneQueue();
    void sameLimitTwiceChangesNothing();
    void changedLimitIsSetNotReAdded();
    void removeDeletesQueueAndForgets();
    void offlineDeviceNeedsRemember();
    void reconcileRestoresDeletedQueues();
    void reconcileFollowsIpChangeAndLogout();
    void foreignQueuesUntouched();
    void limitActuallyCapsTraffic();
    void diagnoseFindsFastTrack();
    void routerDownIsRouterError();
    void routerDownKeepsRememberedLimit();
    void parallelSetsOnOneDeviceAllLand();
    void databaseFailureLeavesRouterAlone();
    void changesAreLoggedWithReason();

private:
    BandwidthController::Outcome setLimit(const QString& mac, const BandwidthLimit& wanted, bool remember = false);
    BandwidthController::Outcome removeLimit(const QString& mac);
    void reconcileOnce();

    std::unique_ptr<SimulatorFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OperatorLimitStore> m_store;
    std::unique_ptr<BandwidthController> m_controller;
};

void TestBandwidthController::init()
{
    m_fixture = std::make_unique<SimulatorFixture>();
    m_fixture->simulator().addSession(u"CODE1"_s, Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    m_fixture->simulator().addSession(u"CODE2"_s, Mac2, u"10.5.50.12"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"test.db"_s), &error), qPrintable(error));
    m_store = std::make_unique<OperatorLimitStore>(m_db.get());
    m_controller = std::make_unique<BandwidthController>(&m_fixture->client(), m_store.get());
}

void TestBandwidthController::cleanup()
{
    m_controller.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
    m_fixture.reset();
}

BandwidthController::Outcome
TestBandwidthController::setLimit(const QString& mac, const BandwidthLimit& wanted, bool remember)
{
    BandwidthController::Outcome outcome;
    bool done = false;
    m_controller->setLimit(*MacAddress::parse(mac), wanted, remember, nullptr,
                           [&](const BandwidthController::Outcome& result) {
                               outcome = result;
                               done = true;
                           });
    if (!QTest::qWaitFor([&] { return done; }, 5000)) {
        outcome.status = BandwidthController::Outcome::Status::RouterError;
        outcome.message = u"test timed out waiting for the controller"_s;
    }
    return outcome;
}

BandwidthController::Outcome TestBandwidthController::removeLimit(const QString& mac)
{
    BandwidthController::Outcome outcome;
    bool done = false;
    m_controller->removeLimit(*MacAddress::parse(mac), nullptr, [&](const BandwidthController::Outcome& result) {
        outcome = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000)) {
        outcome.status = BandwidthController::Outcome::Status::RouterError;
        outcome.message = u"test timed out waiting for the controller"_s;
    }
    return outcome;
}

void TestBandwidthController::reconcileOnce()
{
    SessionMonitor monitor(&m_fixture->client());
    QSignalSpy snapshots(&monitor, &SessionMonitor::snapshotReady);
    monitor.refreshNow();
    QVERIFY(snapshots.wait(3000));
    QSignalSpy reconciled(m_controller.get(), &BandwidthController::reconciled);
    m_controller->reconcile(monitor.snapshot());
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.size(), 1, 3000);
}

void TestBandwidthController::setCreatesOneQueue()
{
    const auto outcome = setLimit(Mac1, limit(u"512k"_s, u"1M"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.status, BandwidthController::Outcome::Status::Changed);
    const auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].name, u"pisonet-"_s + Mac1);
    QCOMPARE(queues[0].target, u"10.5.50.11/32"_s);
    QCOMPARE(queues[0].maxUp, quint64(512000));
    QCOMPARE(queues[0].maxDown, quint64(1000000));
    QVERIFY(queues[0].comment.contains(u"operator"_s));
    QVERIFY(m_store->find(*MacAddress::parse(Mac1)).has_value());
}

void TestBandwidthController::sameLimitTwiceChangesNothing()
{
    QVERIFY(setLimit(Mac1, limit(u"512k"_s, u"1M"_s)).ok());
    const int changes = m_fixture->simulator().changeCount();
    const auto again = setLimit(Mac1, limit(u"512K"_s, u"1000k"_s));
    QCOMPARE(again.status, BandwidthController::Outcome::Status::Unchanged);
    QCOMPARE(m_fixture->simulator().changeCount(), changes);
}

void TestBandwidthController::changedLimitIsSetNotReAdded()
{
    QVERIFY(setLimit(Mac1, limit(u"512k"_s, u"1M"_s)).ok());
    const QString id = m_fixture->simulator().queues().first().id;
    const auto outcome = setLimit(Mac1, limit(u"1M"_s, u"2M"_s));
    QCOMPARE(outcome.status, BandwidthController::Outcome::Status::Changed);
    QCOMPARE(outcome.actions.size(), 1);
    QCOMPARE(outcome.actions[0].kind, QueueAction::Kind::Set);
    const auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].id, id);
    QCOMPARE(queues[0].maxDown, quint64(2000000));
}

void TestBandwidthController::removeDeletesQueueAndForgets()
{
    QVERIFY(setLimit(Mac1, limit(u"512k"_s, u"1M"_s)).ok());
    const auto outcome = removeLimit(Mac1);
    QCOMPARE(outcome.status, BandwidthController::Outcome::Status::Changed);
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    QVERIFY(!m_store->find(*MacAddress::parse(Mac1)).has_value());
    QCOMPARE(removeLimit(Mac1).status, BandwidthController::Outcome::Status::Unchanged);
}

void TestBandwidthController::offlineDeviceNeedsRemember()
{
    const QString offline = u"AA:BB:CC:00:00:99"_s;
    const auto refused = setLimit(offline, limit(u"1M"_s, u"1M"_s));
    QCOMPARE(refused.status, BandwidthController::Outcome::Status::BadInput);
    QVERIFY(refused.message.contains(u"not online"_s));
    QVERIFY(m_store->all().isEmpty());
    QVERIFY(m_fixture->simulator().queues().isEmpty());

    const auto remembered = setLimit(offline, limit(u"1M"_s, u"1M"_s), true);
    QCOMPARE(remembered.status, BandwidthController::Outcome::Status::Remembered);
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    // The device logs in: the reconciler applies the remembered limit.
    m_fixture->simulator().addSession(u"CODE9"_s, offline, u"10.5.50.99"_s, 1e6, 1e6);
    reconcileOnce();
    const auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].name, u"pisonet-"_s + offline);
}

void TestBandwidthController::reconcileRestoresDeletedQueues()
{
    QVERIFY(setLimit(Mac1, limit(u"512k"_s, u"1M"_s)).ok());
    QVERIFY(setLimit(Mac2, limit(u"1M"_s, u"2M"_s)).ok());
    m_fixture->simulator().clearQueues(); // deleted in Winbox, or lost in a reboot
    reconcileOnce();
    QCOMPARE(m_fixture->simulator().queues().size(), 2);
    const int changes = m_fixture->simulator().changeCount();
    reconcileOnce(); // nothing left to do
    QCOMPARE(m_fixture->simulator().changeCount(), changes);
}

void TestBandwidthController::reconcileFollowsIpChangeAndLogout()
{
    QVERIFY(setLimit(Mac1, limit(u"512k"_s, u"1M"_s)).ok());
    m_fixture->simulator().setSessionAddress(Mac1, u"10.5.50.200"_s);
    reconcileOnce();
    QCOMPARE(m_fixture->simulator().queues().first().target, u"10.5.50.200/32"_s);
    m_fixture->simulator().logout(Mac1);
    reconcileOnce();
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    // Still remembered: back online, limited again.
    m_fixture->simulator().addSession(u"CODE1"_s, Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    reconcileOnce();
    QCOMPARE(m_fixture->simulator().queues().size(), 1);
}

void TestBandwidthController::foreignQueuesUntouched()
{
    m_fixture->simulator().addQueue(u"shop-pc"_s, u"10.5.50.12/32"_s, 100000, 100000);
    m_fixture->simulator().addQueue(u"pisonet-junk"_s, u"10.5.50.13/32"_s, 1, 1);
    QVERIFY(setLimit(Mac1, limit(u"512k"_s, u"1M"_s)).ok());
    reconcileOnce();
    QStringList names;
    for (const auto& queue : m_fixture->simulator().queues()) {
        names.append(queue.name);
    }
    // Ours was placed first, in front of the foreign queues.
    QCOMPARE(names, (QStringList {u"pisonet-"_s + Mac1, u"shop-pc"_s, u"pisonet-junk"_s}));
}

void TestBandwidthController::limitActuallyCapsTraffic()
{
    m_fixture->simulator().setManualClock(true);
    QVERIFY(setLimit(Mac1, limit(u"100k"_s, u"200k"_s)).ok());
    const auto before = m_fixture->simulator().sessions();
    m_fixture->simulator().advanceClock(10000);
    const auto after = m_fixture->simulator().sessions();
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after[i].macAddress == Mac1) {
            QVERIFY(after[i].bytesOut - before[i].bytesOut <= 200000.0 / 8 * 10 + 1);
            QVERIFY(after[i].rateDown <= 200000);
        } else {
            QVERIFY(after[i].rateDown > 200000); // the other user is not limited
        }
    }
}

void TestBandwidthController::diagnoseFindsFastTrack()
{
    m_fixture->simulator().setFastTrack(true);
    m_fixture->simulator().setProfileRateLimit(u"default"_s, u"1M/1M"_s);
    RouterReply<QList<Diagnostic>> findings;
    bool done = false;
    m_controller->diagnose(nullptr, [&](const RouterReply<QList<Diagnostic>>& reply) {
        findings = reply;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(findings.ok());
    QCOMPARE(findings.value.size(), 2);
    QCOMPARE(findings.value[0].code, u"fasttrack"_s);
    QCOMPARE(findings.value[1].code, u"profile-rate-limit"_s);
}

void TestBandwidthController::routerDownIsRouterError()
{
    m_fixture->simulator().close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->connection().isReady(), 3000);
    const auto outcome = setLimit(Mac1, limit(u"512k"_s, u"1M"_s));
    QCOMPARE(outcome.status, BandwidthController::Outcome::Status::RouterError);
    QVERIFY(outcome.error.isConnectionError());
    QVERIFY(m_store->all().isEmpty()); // nothing remembered from a failed attempt
    QVERIFY2(outcome.message.contains(u"nothing was kept"_s), qPrintable(outcome.message));
}

// "Keep this limit" while the router is away: kept, and applied when it is back.
void TestBandwidthController::routerDownKeepsRememberedLimit()
{
    const quint16 port = m_fixture->simulator().port();
    m_fixture->simulator().close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture->connection().isReady(), 3000);
    const auto outcome = setLimit(Mac1, limit(u"512k"_s, u"1M"_s), true);
    QCOMPARE(outcome.status, BandwidthController::Outcome::Status::Remembered);
    QVERIFY2(outcome.message.contains(u"not reachable"_s), qPrintable(outcome.message));
    QVERIFY(m_store->find(*MacAddress::parse(Mac1)).has_value());
    QVERIFY(m_fixture->simulator().listen(QHostAddress::LocalHost, port));
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture->connection().isReady(), 5000);
    reconcileOnce();
    QCOMPARE(m_fixture->simulator().queues().size(), 1);
    QCOMPARE(m_fixture->simulator().queues().first().maxDown, quint64(1000000));
}

// Ten operators (or one impatient script) at once on one device: one change after the other, each
// on fresh state; never "already have such name".
void TestBandwidthController::parallelSetsOnOneDeviceAllLand()
{
    QList<BandwidthController::Outcome> outcomes;
    for (int i = 1; i <= 10; ++i) {
        m_controller->setLimit(*MacAddress::parse(Mac1), limit(u"%1k"_s.arg(100 * i), u"1M"_s), false, nullptr,
                               [&](const BandwidthController::Outcome& outcome) { outcomes.append(outcome); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 10, 10000);
    for (const auto& outcome : std::as_const(outcomes)) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    }
    const auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues.first().maxUp, quint64(1000000)); // the last one asked for
}

// The operator's decision and its record are one: a database that cannot be written leaves the
// router as it was, and says that the database failed.
void TestBandwidthController::databaseFailureLeavesRouterAlone()
{
    QSqlQuery readOnly(m_db->handle());
    QVERIFY(readOnly.exec(u"PRAGMA query_only = ON"_s));
    const int changes = m_fixture->simulator().changeCount();
    const auto outcome = setLimit(Mac1, limit(u"512k"_s, u"1M"_s));
    QCOMPARE(outcome.status, BandwidthController::Outcome::Status::DatabaseError);
    QVERIFY2(outcome.message.contains(u"database"_s), qPrintable(outcome.message));
    QCOMPARE(m_fixture->simulator().changeCount(), changes);
    QVERIFY(m_fixture->simulator().queues().isEmpty());
}

void TestBandwidthController::changesAreLoggedWithReason()
{
    EventLog log;
    m_controller->setEventLog(&log);
    BandwidthController::ChangeRequest request;
    request.origin = u"test desk"_s;
    bool done = false;
    m_controller->setLimit(*MacAddress::parse(Mac1), limit(u"512k"_s, u"1M"_s), request, nullptr,
                           [&](const BandwidthController::Outcome&) { done = true; });
    QTRY_VERIFY(done);
    QVERIFY(!log.entries().isEmpty());
    const QString line = log.entries().last().text;
    QVERIFY2(line.contains(u"pisonet-"_s + Mac1) && line.contains(u"operator"_s) && line.contains(u"test desk"_s),
             qPrintable(line));
}

QTEST_GUILESS_MAIN(TestBandwidthController)
#include "tst_bandwidthcontroller.moc"
