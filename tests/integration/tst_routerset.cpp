// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several routers watched at once against two simulators: one router stuck never delays the other,
// and a voucher online on one router is never taken for logged out by the other's tracker.
#include "core/monitor/controlloop.h"
#include "core/monitor/routerset.h"
#include "core/storage/database.h"
#include "support/simulatorfixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestRouterSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aStuckRouterNeverDelaysTheOther();
    void aVoucherOnlineOnOneRouterStaysOpen();
    void newVouchersGoToTheFirstRouterAndRememberIt();
    void queuesMadeElsewhereAreLeftOnEveryRouter();
    void routersComeAndGoWhileRunning();

private:
    QString generate();
    // Fresh snapshots per router since the set started.
    void countSnapshots();

    std::unique_ptr<SimulatorFixture> m_a;
    std::unique_ptr<SimulatorFixture> m_b;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RouterSet> m_routers;
    int m_fresh[2] = {0, 0};
    int m_stale[2] = {0, 0};
};

void TestRouterSet::init()
{
    m_a = std::make_unique<SimulatorFixture>();
    m_a->simulator().setIdentity(u"Shop-A"_s);
    m_b = std::make_unique<SimulatorFixture>();
    m_b->simulator().setIdentity(u"Shop-B"_s);
    m_b->simulator().addSession(u"guest-b"_s, u"BB:00:00:00:00:01"_s, u"10.6.50.11"_s, 1e6, 2e6);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"shared.db"_s), &error), qPrintable(error));
    m_routers = std::make_unique<RouterSet>(m_db.get());
    ConnectionSettings a = m_a->settings();
    a.commandTimeout = 8000ms; // a stuck router keeps its poll open this long
    m_routers->add(u"a"_s, a);
    m_routers->add(u"b"_s, m_b->settings());
    QVERIFY(m_routers->setInterval(2s));
    m_fresh[0] = m_fresh[1] = m_stale[0] = m_stale[1] = 0;
    countSnapshots();
}

void TestRouterSet::cleanup()
{
    m_routers.reset();
    m_db.reset();
    m_dir.reset();
    m_a.reset();
    m_b.reset();
}

void TestRouterSet::countSnapshots()
{
    for (int i = 0; i < 2; ++i) {
        connect(&m_routers->loop(i), &ControlLoop::refreshed, this,
                [this, i](const TrafficSnapshot& snapshot) { ++(snapshot.stale ? m_stale : m_fresh)[i]; });
    }
}

QString TestRouterSet::generate()
{
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    QString error;
    const auto batch = m_routers->loop(0).voucherStore().generate(profile, {}, &error);
    return batch ? batch->codes.value(0) : QString();
}

void TestRouterSet::aStuckRouterNeverDelaysTheOther()
{
    for (int i = 0; i < 2; ++i) {
        m_routers->loop(i).setVoucherUpkeep(false);
    }
    m_routers->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_fresh[0] >= 1 && m_fresh[1] >= 1, 10000);
    // Router A stops answering (its socket stays open): its next poll waits for the command timeout.
    m_a->simulator().faults().hangOpenConnections();
    const int freshA = m_fresh[0];
    const int freshB = m_fresh[1];
    // B keeps its own rhythm meanwhile: two more fresh polls while A has produced nothing at all.
    QTRY_VERIFY_WITH_TIMEOUT(m_fresh[1] >= freshB + 2, 10000);
    QCOMPARE(m_stale[0], 0);
    QVERIFY(m_fresh[0] <= freshA + 1); // at most the poll that was already under way
    QCOMPARE(m_stale[1], 0);
    // A's own loop notices, on its own, and says so.
    QTRY_VERIFY_WITH_TIMEOUT(m_stale[0] >= 1, 15000);
    QCOMPARE(m_stale[1], 0);
}

void TestRouterSet::aVoucherOnlineOnOneRouterStaysOpen()
{
    const QString code = generate();
    QVERIFY(!code.isEmpty());
    m_a->simulator().addUser(code, code);
    m_a->simulator().addSession(code, u"AA:00:00:00:00:01"_s, u"10.5.50.11"_s, 1e6, 2e6);
    for (int i = 0; i < 2; ++i) {
        m_routers->loop(i).setVoucherUpkeep(false);
    }
    m_routers->start();
    // Several polls of both routers: B never sees the code, A always does.
    QTRY_VERIFY_WITH_TIMEOUT(m_fresh[0] >= 3 && m_fresh[1] >= 3, 20000);
    QSqlQuery query(m_db->handle());
    QVERIFY(query.prepare(u"SELECT router, ended_at FROM voucher_sessions WHERE voucher_code = ?"_s));
    query.addBindValue(code);
    QVERIFY(query.exec());
    int sessions = 0;
    while (query.next()) {
        ++sessions;
        QCOMPARE(query.value(0).toString(), u"a"_s);
        QVERIFY2(query.value(1).isNull(), "the session was closed by the other router's tracker");
    }
    QCOMPARE(sessions, 1);
    const auto voucher = m_routers->loop(0).voucherStore().find(code);
    QVERIFY(voucher);
    QCOMPARE(voucher->status, Voucher::Status::Active);
}

void TestRouterSet::newVouchersGoToTheFirstRouterAndRememberIt()
{
    const QString code = generate();
    QSignalSpy missingOnB(&m_routers->loop(1), &ControlLoop::vouchersMissingFromRouter);
    m_routers->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_routers->loop(0).voucherStore().find(code)->status == Voucher::Status::Pushed, 10000);
    QCOMPARE(m_routers->loop(0).voucherStore().find(code)->router, u"a"_s);
    const auto usersA = m_a->simulator().users();
    QVERIFY(std::any_of(usersA.cbegin(), usersA.cend(), [&](const auto& user) { return user.name == code; }));
    QTRY_VERIFY_WITH_TIMEOUT(m_fresh[1] >= 2, 10000);
    const auto usersB = m_b->simulator().users();
    QVERIFY(std::none_of(usersB.cbegin(), usersB.cend(), [&](const auto& user) { return user.name == code; }));
    // B does not take A's voucher for one missing from the router.
    QCOMPARE(missingOnB.count(), 0);
}

// The router is shared: a pisonet-<MAC> queue another PC made for an online device, and a queue
// of the owner's own, stay exactly as they are while both routers are polled and reconciled.
void TestRouterSet::queuesMadeElsewhereAreLeftOnEveryRouter()
{
    m_b->simulator().addQueue(u"pisonet-BB:00:00:00:00:01"_s, u"10.6.50.11/32"_s, 256000, 768000);
    m_b->simulator().addQueue(u"owner-cctv"_s, u"10.6.0.20/32"_s, 1000000, 1000000);
    m_a->simulator().addQueue(u"owner-pos"_s, u"10.5.0.9/32"_s, 128000, 128000);
    const int changesA = m_a->simulator().changeCount();
    const int changesB = m_b->simulator().changeCount();
    m_routers->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_fresh[0] >= 2 && m_fresh[1] >= 2, 20000);

    QCOMPARE(m_a->simulator().changeCount(), changesA);
    QCOMPARE(m_b->simulator().changeCount(), changesB);
    const QList<RouterSimulator::Queue> queuesB = m_b->simulator().queues();
    QCOMPARE(queuesB.size(), 2);
    QCOMPARE(queuesB.at(0).name, u"pisonet-BB:00:00:00:00:01"_s);
    QCOMPARE(queuesB.at(0).maxUp, 256000u);
    QCOMPARE(queuesB.at(0).maxDown, 768000u);
    QCOMPARE(queuesB.at(1).name, u"owner-cctv"_s);
    QCOMPARE(m_a->simulator().queues().size(), 1);
    QCOMPARE(m_a->simulator().queues().at(0).name, u"owner-pos"_s);
}

// What lets a program watch its settings live: a router added while the set runs connects and
// polls at once with the set's interval; one removed closes its connection and stops, the others go
// on and move up (the next one becomes the first).
void TestRouterSet::routersComeAndGoWhileRunning()
{
    m_routers->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_fresh[0] >= 1 && m_fresh[1] >= 1, 10000);
    SimulatorFixture c;
    c.simulator().addSession(u"guest-c"_s, u"CC:00:00:00:00:01"_s, u"10.7.50.11"_s, 1e6, 2e6);
    QSignalSpy added(m_routers.get(), &RouterSet::routerAdded);
    ControlLoop& loopC = m_routers->add(u"c"_s, c.settings());
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toInt(), 2);
    QCOMPARE(loopC.monitor().interval(), std::chrono::milliseconds(2s));
    QCOMPARE(loopC.routerName(), u"c"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loopC.monitor().snapshot().users.size(), 1, 10000);

    const int connectedA = m_a->simulator().connectionCount();
    QVERIFY(connectedA >= 1);
    QSignalSpy leaving(m_routers.get(), &RouterSet::routerAboutToBeRemoved);
    QSignalSpy removed(m_routers.get(), &RouterSet::routerRemoved);
    QVERIFY(m_routers->remove(u"a"_s));
    QVERIFY(!m_routers->remove(u"a"_s));
    QCOMPARE(leaving.size(), 1);
    QCOMPARE(leaving.at(0).at(0).toInt(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"a"_s);
    QCOMPARE(m_routers->size(), 2);
    QCOMPARE(m_routers->name(0), u"b"_s);
    QCOMPARE(m_routers->name(1), u"c"_s);
    QCOMPARE(m_routers->indexOf(u"a"_s), -1);
    QTRY_COMPARE_WITH_TIMEOUT(m_a->simulator().connectionCount(), connectedA - 1, 5000);
    // The others go on polling.
    const quint64 b = m_routers->loop(0).monitor().snapshot().sequence;
    const quint64 seenC = loopC.monitor().snapshot().sequence;
    QTRY_VERIFY_WITH_TIMEOUT(m_routers->loop(0).monitor().snapshot().sequence > b, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(loopC.monitor().snapshot().sequence > seenC, 10000);

    // Changed: c reconnects to where it is now.
    SimulatorFixture moved;
    moved.simulator().addSession(u"guest-d"_s, u"DD:00:00:00:00:01"_s, u"10.8.50.11"_s, 1e6, 2e6);
    moved.simulator().addSession(u"guest-e"_s, u"DD:00:00:00:00:02"_s, u"10.8.50.12"_s, 1e6, 2e6);
    const int connectedC = c.simulator().connectionCount();
    QVERIFY(m_routers->reconfigure(u"c"_s, moved.settings()));
    QVERIFY(!m_routers->reconfigure(u"a"_s, moved.settings()));
    QTRY_COMPARE_WITH_TIMEOUT(loopC.monitor().snapshot().users.size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(c.simulator().connectionCount(), connectedC - 1, 5000);
}

QTEST_GUILESS_MAIN(TestRouterSet)
#include "tst_routerset.moc"
