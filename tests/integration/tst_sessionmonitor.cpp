// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/sessionmonitor.h"
#include "core/util/clock.h"
#include "support/simulatorfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestSessionMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalBounds();
    void pollsAndJoins();
    void staleWhileRouterDownThenRecovers();
    void slowRouterNeverOverlapsPolls();
    void ratesUseTheClockBetweenPolls();
};

void TestSessionMonitor::intervalBounds()
{
    SimulatorFixture fixture;
    SessionMonitor monitor(&fixture.client());
    QCOMPARE(monitor.interval(), 10000ms);
    QVERIFY(!monitor.setInterval(1s));
    QVERIFY(!monitor.setInterval(301s));
    QCOMPARE(monitor.interval(), 10000ms);
    QVERIFY(monitor.setInterval(2s));
    QVERIFY(monitor.setInterval(5min));
}

void TestSessionMonitor::pollsAndJoins()
{
    SimulatorFixture fixture;
    fixture.simulator().populate(25);
    QVERIFY(fixture.connectAndWait());
    SessionMonitor monitor(&fixture.client());
    QVERIFY(monitor.setInterval(2s));
    QSignalSpy spy(&monitor, &SessionMonitor::snapshotReady);
    monitor.start();
    QVERIFY(spy.wait(3000));
    QCOMPARE(monitor.snapshot().users.size(), 25);
    QCOMPARE(monitor.snapshot().added.size(), 25);
    QVERIFY(!monitor.snapshot().stale);
    QVERIFY(monitor.msUntilNextPoll() > 1000);
    QVERIFY(spy.wait(4000)); // the timer fires again
    QCOMPARE(monitor.snapshot().added.size(), 0);
    QVERIFY(monitor.snapshot().totalRateDown > 0); // from byte deltas over real time
    QCOMPARE(monitor.history().total().size(), 1); // the first poll has no rates yet, so it is not drawn
}

void TestSessionMonitor::staleWhileRouterDownThenRecovers()
{
    SimulatorFixture fixture;
    fixture.simulator().populate(3);
    QVERIFY(fixture.connectAndWait());
    SessionMonitor monitor(&fixture.client());
    QSignalSpy spy(&monitor, &SessionMonitor::snapshotReady);
    QSignalSpy failures(&monitor, &SessionMonitor::pollFailed);
    monitor.refreshNow();
    QVERIFY(spy.wait(3000));

    fixture.simulator().disconnectAll();
    fixture.simulator().faults().silent(true); // accepts connections, never answers
    QTRY_VERIFY(!fixture.connection().isReady());
    monitor.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 5000);
    QVERIFY(monitor.snapshot().stale);
    QVERIFY(!monitor.snapshot().staleReason.isEmpty());
    QCOMPARE(monitor.snapshot().users.size(), 3); // the last data stays

    fixture.simulator().faults().silent(false);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.connection().isReady(), 8000);
    monitor.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.snapshot().stale, 3000);
    QCOMPARE(monitor.snapshot().users.size(), 3);
}

void TestSessionMonitor::slowRouterNeverOverlapsPolls()
{
    SimulatorFixture fixture;
    fixture.simulator().populate(2);
    QVERIFY(fixture.connectAndWait());
    fixture.simulator().faults().delayReplies(600);
    SessionMonitor monitor(&fixture.client());
    QSignalSpy spy(&monitor, &SessionMonitor::snapshotReady);
    const int before = fixture.simulator().commandCount();
    monitor.refreshNow();
    monitor.refreshNow(); // while one is in flight: queued, not sent twice
    monitor.refreshNow();
    QVERIFY(monitor.isPolling());
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
    QTest::qWait(800);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(fixture.simulator().commandCount() - before, 4); // two polls of two commands
}

// Rates of users without a queue come from their byte counters over the time between two polls, on
// the program's clock: with a clock moved by hand (and the simulator's too) they are exact, and the
// test needs no sleeping.
void TestSessionMonitor::ratesUseTheClockBetweenPolls()
{
    ManualClock clock;
    Clock::setInstance(&clock);
    SimulatorFixture fixture;
    fixture.simulator().setManualClock(true);
    fixture.simulator().addSession(u"CODE1"_s, u"AA:BB:CC:00:00:01"_s, u"10.5.50.11"_s, 1e6, 4e6);
    QVERIFY(fixture.connectAndWait());
    SessionMonitor monitor(&fixture.client());
    QSignalSpy spy(&monitor, &SessionMonitor::snapshotReady);
    monitor.refreshNow();
    QVERIFY(spy.wait(3000));
    QCOMPARE(monitor.snapshot().takenAt, clock.nowUtc());
    const quint64 before = monitor.snapshot().users.first().bytesDown;
    fixture.simulator().advanceClock(10000);
    clock.advance(10000);
    monitor.refreshNow();
    QVERIFY(spy.wait(3000));
    const UserTraffic& user = monitor.snapshot().users.first();
    QVERIFY(user.bytesDown > before);
    // Bytes over the clock's 10 s, not over the few real milliseconds between the two polls.
    QCOMPARE(user.rateDown, double(user.bytesDown - before) * 8 / 10);
    Clock::setInstance(nullptr);
}

QTEST_GUILESS_MAIN(TestSessionMonitor)
#include "tst_sessionmonitor.moc"
