// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the RouterOS client: decoder throughput, and fetching 10,000 queues + 10,000 hotspot
// sessions from the simulator (in its own thread) over loopback.
#include "core/routeros/apidecoder.h"
#include "core/routeros/apiencoder.h"
#include "core/routeros/routerclient.h"
#include "support/threadedsimulator.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class BenchRouterOs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decoderThroughput();
    void fetchQueuesAndSessions();
};

static QByteArray queuePrintReply(int records)
{
    QByteArray wire;
    for (int i = 0; i < records; ++i) {
        const QByteArray n = QByteArray::number(i);
        ApiEncoder::appendSentence(
            &wire,
            {"!re",
             "=.id=*" + QByteArray::number(i + 1, 16).toUpper(),
             "=name=pisonet-AA:BB:CC:" + n.rightJustified(2, '0').left(2) + ":00:00",
             "=target=10.5." + QByteArray::number(50 + i / 250) + '.' + QByteArray::number(i % 250 + 2) + "/32",
             "=parent=none",
             "=packet-marks=",
             "=priority=8/8",
             "=queue=default-small/default-small",
             "=limit-at=0/0",
             "=max-limit=512000/1000000",
             "=burst-limit=0/0",
             "=burst-threshold=0/0",
             "=burst-time=0s/0s",
             "=bucket-size=0.1/0.1",
             "=bytes=123456789/987654321",
             "=packets=1234/5678",
             "=dropped=0/0",
             "=rate=256000/768000",
             "=packet-rate=35/80",
             "=queued-packets=0/0",
             "=queued-bytes=0/0",
             "=invalid=false",
             "=dynamic=false",
             "=disabled=false",
             ".tag=42"});
    }
    ApiEncoder::appendSentence(&wire, {"!done", ".tag=42"});
    return wire;
}

void BenchRouterOs::decoderThroughput()
{
    const QByteArray wire = queuePrintReply(10000);
    // As a socket delivers it: 64 KiB reads.
    QList<QByteArray> chunks;
    for (qsizetype pos = 0; pos < wire.size(); pos += 65536) {
        chunks.append(wire.mid(pos, 65536));
    }
    qint64 sentences = 0;
    qint64 bestNs = std::numeric_limits<qint64>::max();
    QBENCHMARK_ONCE
    {
        for (int round = 0; round < 30; ++round) {
            QElapsedTimer timer;
            timer.start();
            ApiDecoder decoder;
            ApiSentence sentence;
            for (const QByteArray& chunk : std::as_const(chunks)) {
                decoder.feed(chunk);
                while (decoder.next(&sentence)) {
                    ++sentences;
                }
            }
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
    }
    QCOMPARE(sentences % 10001, 0);
    const double seconds = double(bestNs) / 1e9;
    std::printf("FIGURE decoder: %.1f MB reply of 10,000 queue records decoded in %.3f ms = %.0f MB/s "
                "(target >= 1000 MB/s, one core)\n",
                double(wire.size()) / 1e6, seconds * 1e3, double(wire.size()) / 1e6 / seconds);
}

void BenchRouterOs::fetchQueuesAndSessions()
{
    ThreadedSimulator router([](RouterSimulator& simulator) {
        simulator.populate(10000);
        for (int i = 0; i < 10000; ++i) {
            simulator.addQueue(u"pisonet-%1"_s.arg(i), u"10.5.%1.%2/32"_s.arg(50 + i / 250).arg(i % 250 + 2), 512000,
                               1000000);
        }
    });
    RouterConnection connection;
    connection.setSettings(router.settings());
    connection.open();
    QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 5000));
    RouterClient client(&connection);

    qint64 best = std::numeric_limits<qint64>::max();
    QBENCHMARK_ONCE
    {
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            int done = 0;
            qsizetype sessions = 0;
            qsizetype queues = 0;
            client.fetchHotspotSessions(nullptr, [&](const RouterReply<QList<HotspotSession>>& reply) {
                sessions = reply.value.size();
                ++done;
            });
            client.fetchSimpleQueues(nullptr, [&](const RouterReply<QList<SimpleQueue>>& reply) {
                queues = reply.value.size();
                ++done;
            });
            QVERIFY(QTest::qWaitFor([&] { return done == 2; }, 20000));
            best = std::min(best, timer.elapsed());
            QCOMPARE(sessions, 10000);
            QCOMPARE(queues, 10000);
        }
    }
    std::printf("FIGURE fetch: 10,000 hotspot sessions + 10,000 simple queues over loopback, best %lld ms "
                "(target < 150 ms)\n",
                static_cast<long long>(best));
}

QTEST_GUILESS_MAIN(BenchRouterOs)
#include "bench_routeros.moc"
