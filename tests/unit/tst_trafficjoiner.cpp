// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/traffichistory.h"
#include "core/traffic/trafficjoiner.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace
{
HotspotSession session(const QString& id, const QString& mac, const QString& ip, quint64 in, quint64 out)
{
    HotspotSession s;
    s.id = id;
    s.user = u"CODE-"_s + id;
    s.macAddress = mac;
    s.address = ip;
    s.bytesIn = in;
    s.bytesOut = out;
    return s;
}

SimpleQueue queue(const QString& name, const QString& target, const QString& maxLimit, const QString& rate)
{
    SimpleQueue q;
    q.id = u"*Q"_s + name;
    q.name = name;
    q.target = target;
    q.maxLimit = maxLimit;
    q.rate = rate;
    return q;
}
} // namespace

class TestTrafficJoiner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsByMacAndAddress();
    void ratesFromByteDeltas();
    void counterResetStartsOver();
    void newSessionStartsOver();
    void addedRemovedUpdated();
    void unparseableMacKept();
    void historyIsBounded();
    void historyForgetsGoneUsers();
};

void TestTrafficJoiner::joinsByMacAndAddress()
{
    const QList<HotspotSession> sessions {session(u"*1"_s, u"aa:bb:cc:dd:ee:01"_s, u"10.0.0.1"_s, 100, 200),
                                          session(u"*2"_s, u"AA:BB:CC:DD:EE:02"_s, u"10.0.0.2"_s, 300, 400)};
    const QList<SimpleQueue> queues {
        queue(u"pisonet-AA:BB:CC:DD:EE:01"_s, u"10.0.0.1/32"_s, u"512000/1000000"_s, u"1000/2000"_s),
        queue(u"other"_s, u"10.0.0.2/32"_s, u"0/0"_s, u"3000/4000"_s)};
    const TrafficSnapshot snapshot = TrafficJoiner::join(sessions, queues, {}, 0);
    QCOMPARE(snapshot.users.size(), 2);
    const UserTraffic& first = snapshot.users[0];
    QCOMPARE(first.macString(), u"AA:BB:CC:DD:EE:01"_s);
    QCOMPARE(first.bytesUp, quint64(100)); // bytes-in is the user's upload
    QCOMPARE(first.bytesDown, quint64(200));
    QVERIFY(first.limit.has_value());
    QCOMPARE(first.limit->toMaxLimit(), u"512k/1M"_s);
    QCOMPARE(first.rateUp, 1000.0);
    QCOMPARE(first.rateDown, 2000.0);
    // A foreign queue gives the rate (same address) but not a limit of ours.
    const UserTraffic& second = snapshot.users[1];
    QVERIFY(!second.limit.has_value());
    QCOMPARE(second.rateDown, 4000.0);
    QCOMPARE(snapshot.totalRateDown, 6000.0);
}

void TestTrafficJoiner::ratesFromByteDeltas()
{
    const auto first
        = TrafficJoiner::join({session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 1000, 2000)}, {}, {}, 0);
    QCOMPARE(first.users[0].rateDown, 0.0);
    // 10 s later: +12,500 bytes up = 10 kbit/s; +125,000 down = 100 kbit/s.
    const auto second = TrafficJoiner::join({session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 13500, 127000)},
                                            {}, first, 10000);
    QCOMPARE(second.users[0].rateUp, 10000.0);
    QCOMPARE(second.users[0].rateDown, 100000.0);
}

void TestTrafficJoiner::counterResetStartsOver()
{
    const auto first
        = TrafficJoiner::join({session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 900000, 900000)}, {}, {}, 0);
    const auto second
        = TrafficJoiner::join({session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 10, 20)}, {}, first, 10000);
    QCOMPARE(second.users[0].rateUp, 0.0);
    QCOMPARE(second.users[0].rateDown, 0.0);
}

void TestTrafficJoiner::newSessionStartsOver()
{
    const auto first
        = TrafficJoiner::join({session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 10, 10)}, {}, {}, 0);
    // Same device, new session id with larger counters: not a rate spike.
    const auto second = TrafficJoiner::join({session(u"*9"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 5000000, 5000000)},
                                            {}, first, 10000);
    QCOMPARE(second.users[0].rateDown, 0.0);
}

void TestTrafficJoiner::addedRemovedUpdated()
{
    const auto a = session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 1, 1);
    const auto b = session(u"*2"_s, u"AA:BB:CC:DD:EE:02"_s, u"10.0.0.2"_s, 1, 1);
    auto c = session(u"*3"_s, u"AA:BB:CC:DD:EE:03"_s, u"10.0.0.3"_s, 1, 1);
    const auto first = TrafficJoiner::join({a, b}, {}, {}, 0);
    QCOMPARE(first.added, (QStringList {u"AA:BB:CC:DD:EE:01"_s, u"AA:BB:CC:DD:EE:02"_s}));
    auto aMoved = a;
    aMoved.bytesOut = 99;
    const auto second = TrafficJoiner::join({aMoved, c}, {}, first, 1000);
    QCOMPARE(second.added, QStringList {u"AA:BB:CC:DD:EE:03"_s});
    QCOMPARE(second.removed, QStringList {u"AA:BB:CC:DD:EE:02"_s});
    QCOMPARE(second.updated, QStringList {u"AA:BB:CC:DD:EE:01"_s});
    QCOMPARE(second.sequence, first.sequence + 1);
}

void TestTrafficJoiner::unparseableMacKept()
{
    const auto snapshot = TrafficJoiner::join({session(u"*1"_s, u"weird"_s, u"10.0.0.1"_s, 1, 1)}, {}, {}, 0);
    QCOMPARE(snapshot.users.size(), 1);
    QCOMPARE(snapshot.users[0].macString(), u"weird"_s);
    QVERIFY(snapshot.users[0].mac.isNull());
}

void TestTrafficJoiner::historyIsBounded()
{
    TrafficHistory history(10000);
    TrafficSnapshot snapshot
        = TrafficJoiner::join({session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 1, 1)}, {}, {}, 0);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, QTimeZone::utc());
    for (int i = 0; i < 3 * 360; ++i) { // three hours of polls
        snapshot.takenAt = start.addSecs(10 * i);
        snapshot.totalRateDown = i;
        history.record(snapshot);
    }
    const auto total = history.total();
    QCOMPARE(total.size(), 361);
    QCOMPARE(total.last().rateDown, float(3 * 360 - 1));
    QVERIFY(total.last().timeMs - total.first().timeMs >= TrafficHistory::WindowMs);
    QCOMPARE(history.user(u"AA:BB:CC:DD:EE:01"_s).size(), 361);
}

void TestTrafficJoiner::historyForgetsGoneUsers()
{
    TrafficHistory history(2000); // fast polls: per-user buckets of 10 s
    TrafficSnapshot withUser
        = TrafficJoiner::join({session(u"*1"_s, u"AA:BB:CC:DD:EE:01"_s, u"10.0.0.1"_s, 1, 1)}, {}, {}, 0);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, QTimeZone::utc());
    for (int i = 0; i < 10; ++i) {
        withUser.takenAt = start.addSecs(2 * i);
        withUser.users[0].rateDown = 1000;
        history.record(withUser);
    }
    QCOMPARE(history.user(u"AA:BB:CC:DD:EE:01"_s).size(), 2); // 20 s in 10 s buckets
    TrafficSnapshot empty;
    empty.takenAt = start.addSecs(2 * 3600);
    history.record(empty);
    QCOMPARE(history.trackedUsers(), 0);
}

QTEST_APPLESS_MAIN(TestTrafficJoiner)
#include "tst_trafficjoiner.moc"
