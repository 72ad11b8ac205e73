// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the bandwidth engine: CPU time of one poll's join + reconciliation plan with 5,000
// online users, and wall time to apply 1,000 limit changes over loopback, pipelined against the
// one-at-a-time baseline.
#include "core/bandwidth/bandwidthplanner.h"
#include "core/routeros/routerclient.h"
#include "core/traffic/trafficjoiner.h"
#include "support/threadedsimulator.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class BenchBandwidth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinAndPlan5000Users();
    void apply1000LimitChanges();
};

static QString macFor(int i)
{
    return u"02:00:00:%1:%2:%3"_s.arg((i >> 16) & 0xFF, 2, 16, QLatin1Char('0'))
        .arg((i >> 8) & 0xFF, 2, 16, QLatin1Char('0'))
        .arg(i & 0xFF, 2, 16, QLatin1Char('0'))
        .toUpper();
}

void BenchBandwidth::joinAndPlan5000Users()
{
    QList<HotspotSession> sessions;
    QList<SimpleQueue> queues;
    QHash<MacAddress, DesiredLimit> desired;
    for (int i = 0; i < 5000; ++i) {
        HotspotSession session;
        session.id = u"*%1"_s.arg(i, 0, 16);
        session.user = u"CODE%1"_s.arg(i);
        session.macAddress = macFor(i);
        session.address = u"10.5.%1.%2"_s.arg(50 + i / 250).arg(i % 250 + 2);
        session.bytesIn = quint64(i) * 1000;
        session.bytesOut = quint64(i) * 4000;
        sessions.append(session);
        const DesiredLimit wish {{*RateLimit::parse(u"1M"_s, {}), *RateLimit::parse(u"2M"_s, {})}, u"operator"_s};
        desired.insert(*MacAddress::parse(session.macAddress), wish);
        if (i % 10 != 0) { // 10 % of the queues are missing, so the plan has work to do
            SimpleQueue queue;
            queue.id = u"*Q%1"_s.arg(i);
            queue.name = u"pisonet-"_s + session.macAddress;
            queue.target = session.address + u"/32"_s;
            queue.maxLimit = u"1000000/2000000"_s;
            queue.rate = u"100000/400000"_s;
            queue.comment = BandwidthPlanner::comment(wish);
            queues.append(queue);
        }
    }
    TrafficSnapshot previous = TrafficJoiner::join(sessions, queues, {}, 0);
    qsizetype planned = 0;
    QElapsedTimer timer;
    qint64 best = std::numeric_limits<qint64>::max();
    QBENCHMARK_ONCE
    {
        for (int round = 0; round < 20; ++round) {
            timer.start();
            const TrafficSnapshot snapshot = TrafficJoiner::join(sessions, queues, previous, 10000);
            planned = BandwidthPlanner::plan(snapshot, desired).size();
            best = std::min(best, timer.nsecsElapsed());
        }
    }
    QCOMPARE(planned, 500);
    qint64 joinBest = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 20; ++round) {
        timer.start();
        const TrafficSnapshot snapshot = TrafficJoiner::join(sessions, queues, previous, 10000);
        joinBest = std::min(joinBest, timer.nsecsElapsed());
    }
    std::printf("FIGURE   of which the join of sessions and queues: %.2f ms\n", double(joinBest) / 1e6);
    std::printf("FIGURE poll join + reconcile plan, 5,000 online users: %.2f ms (target < 10 ms)\n",
                double(best) / 1e6);
}

void BenchBandwidth::apply1000LimitChanges()
{
    ThreadedSimulator router([](RouterSimulator& simulator) {
        for (int i = 0; i < 1000; ++i) {
            simulator.addQueue(u"pisonet-"_s + macFor(i), u"10.5.%1.%2/32"_s.arg(50 + i / 250).arg(i % 250 + 2), 512000,
                               1000000);
        }
    });
    RouterConnection connection;
    connection.setSettings(router.settings());
    connection.open();
    QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 5000));
    RouterClient client(&connection);
    const auto queues = [&] {
        RouterReply<QList<SimpleQueue>> result;
        bool done = false;
        client.fetchSimpleQueues(nullptr, [&](const RouterReply<QList<SimpleQueue>>& reply) {
            result = reply;
            done = true;
        });
        [[maybe_unused]] const bool ok = QTest::qWaitFor([&] { return done; }, 10000);
        return result.value;
    }();
    QCOMPARE(queues.size(), 1000);

    qint64 pipelinedMs = 0;
    qint64 sequentialMs = 0;
    QBENCHMARK_ONCE
    {
        // Pipelined: every set on the wire at once, as BandwidthController sends them.
        QElapsedTimer timer;
        timer.start();
        int done = 0;
        int failed = 0;
        for (const SimpleQueue& queue : queues) {
            client.setSimpleQueue(queue.id, {{u"max-limit"_s, u"1M/2M"_s}}, nullptr, [&](const ApiError& error) {
                failed += error.isError() ? 1 : 0;
                ++done;
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return done == 1000; }, 30000));
        pipelinedMs = timer.elapsed();
        QCOMPARE(failed, 0);

        // Baseline: wait for each reply before sending the next.
        timer.restart();
        for (const SimpleQueue& queue : queues) {
            bool one = false;
            client.setSimpleQueue(queue.id, {{u"max-limit"_s, u"2M/4M"_s}}, nullptr,
                                  [&](const ApiError&) { one = true; });
            while (!one) { // no polling granularity: wake on the reply itself
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            }
        }
        sequentialMs = timer.elapsed();
    }
    std::printf("FIGURE 1,000 limit changes over loopback: pipelined %lld ms (target < 1000 ms), "
                "one at a time %lld ms\n",
                static_cast<long long>(pipelinedMs), static_cast<long long>(sequentialMs));
}

QTEST_GUILESS_MAIN(BenchBandwidth)
#include "bench_bandwidth.moc"
