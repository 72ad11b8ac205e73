// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/bandwidthplanner.h"
#include "core/bandwidth/routerdiagnostics.h"
#include "core/traffic/trafficjoiner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
MacAddress mac(int n)
{
    return *MacAddress::parse(u"AA:BB:CC:DD:EE:%1"_s.arg(n, 2, 16, QLatin1Char('0')));
}

UserTraffic user(int n, const QString& ip)
{
    UserTraffic u;
    u.mac = mac(n);
    u.address = ip;
    u.user = u"CODE%1"_s.arg(n);
    return u;
}

SimpleQueue ourQueue(int n, const QString& target, const QString& maxLimit, const QString& comment)
{
    SimpleQueue q;
    q.id = u"*%1"_s.arg(n);
    q.name = TrafficJoiner::queueName(mac(n));
    q.target = target;
    q.maxLimit = maxLimit;
    q.comment = comment;
    return q;
}

DesiredLimit limit(const QString& up, const QString& down)
{
    return {{*RateLimit::parse(up, {}), *RateLimit::parse(down, {})}, u"operator"_s};
}
} // namespace

class TestBandwidthPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsMissingQueueFirstInList();
    void upToDateRouterNeedsNothing();
    void changedLimitIsASet();
    void followsAddressChange();
    void removesQueuesOfGoneUsers();
    void adoptionMatrix_data();
    void adoptionMatrix();
    void adoptedQueueFollowsAddressOnly();
    void operatorNoLimitRemovesQueue();
    void reasonsAreGiven();
    void neverTouchesForeignQueues();
    void restrictedToOneDevice();
    void diagnostics();
};

void TestBandwidthPlanner::addsMissingQueueFirstInList()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.1"_s)};
    SimpleQueue dynamicQueue;
    dynamicQueue.id = u"*D"_s;
    dynamicQueue.name = u"<hotspot-x>"_s;
    dynamicQueue.dynamic = true;
    SimpleQueue catchAll;
    catchAll.id = u"*C"_s;
    catchAll.name = u"everything"_s;
    catchAll.target = u"10.0.0.0/24"_s;
    snapshot.queues = {dynamicQueue, catchAll};
    const auto actions = BandwidthPlanner::plan(snapshot, {{mac(1), limit(u"512k"_s, u"1M"_s)}});
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].kind, QueueAction::Kind::Add);
    QCOMPARE(actions[0].queue.name, u"pisonet-AA:BB:CC:DD:EE:01"_s);
    QCOMPARE(actions[0].queue.target, u"10.0.0.1/32"_s);
    QCOMPARE(actions[0].queue.maxLimit, u"512k/1M"_s);
    QCOMPARE(actions[0].placeBefore, u"*C"_s); // before the first non-dynamic queue
    QVERIFY(actions[0].queue.comment.contains(u"operator"_s));
}

void TestBandwidthPlanner::upToDateRouterNeedsNothing()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.1"_s)};
    const DesiredLimit wish = limit(u"512k"_s, u"1M"_s);
    // As the router prints it back: normalised numbers.
    snapshot.queues = {ourQueue(1, u"10.0.0.1/32"_s, u"512000/1000000"_s, BandwidthPlanner::comment(wish))};
    QVERIFY(BandwidthPlanner::plan(snapshot, {{mac(1), wish}}).isEmpty());
}

void TestBandwidthPlanner::changedLimitIsASet()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.1"_s)};
    const DesiredLimit wish = limit(u"1M"_s, u"2M"_s);
    snapshot.queues = {ourQueue(1, u"10.0.0.1/32"_s, u"512000/1000000"_s, BandwidthPlanner::comment(wish))};
    const auto actions = BandwidthPlanner::plan(snapshot, {{mac(1), wish}});
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].kind, QueueAction::Kind::Set);
    QCOMPARE(actions[0].queueId, u"*1"_s);
    QCOMPARE(actions[0].changes, (RouterClient::Attributes {{u"max-limit"_s, u"1M/2M"_s}}));
}

void TestBandwidthPlanner::followsAddressChange()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.77"_s)};
    const DesiredLimit wish = limit(u"1M"_s, u"2M"_s);
    snapshot.queues = {ourQueue(1, u"10.0.0.1/32"_s, u"1000000/2000000"_s, BandwidthPlanner::comment(wish))};
    const auto actions = BandwidthPlanner::plan(snapshot, {{mac(1), wish}});
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].changes, (RouterClient::Attributes {{u"target"_s, u"10.0.0.77/32"_s}}));
}

void TestBandwidthPlanner::removesQueuesOfGoneUsers()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(2, u"10.0.0.2"_s)};
    snapshot.queues = {ourQueue(1, u"10.0.0.1/32"_s, u"1/1"_s, {}), ourQueue(2, u"10.0.0.2/32"_s, u"1/1"_s, {})};
    const auto actions = BandwidthPlanner::plan(snapshot, {});
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].kind, QueueAction::Kind::Remove);
    QCOMPARE(actions[0].queueId, u"*1"_s); // device 2 is online: its queue stays
}

// Every combination of: is the device online, do we hold a wish for it, did we make its queue
// (our comment) or did someone else (adopted). A queue goes only when its device has left.
void TestBandwidthPlanner::adoptionMatrix_data()
{
    QTest::addColumn<bool>("online");
    QTest::addColumn<bool>("wish");
    QTest::addColumn<bool>("ours");
    QTest::addColumn<QString>("expected"); // "", "set", "remove"

    QTest::newRow("online, wish, ours (up to date)") << true << true << true << QString();
    QTest::newRow("online, wish, adopted: takes over the limit") << true << true << false << u"set"_s;
    QTest::newRow("online, no wish, ours: kept") << true << false << true << QString();
    QTest::newRow("online, no wish, adopted: kept") << true << false << false << QString();
    QTest::newRow("offline, wish, ours") << false << true << true << u"remove"_s;
    QTest::newRow("offline, wish, adopted") << false << true << false << u"remove"_s;
    QTest::newRow("offline, no wish, ours") << false << false << true << u"remove"_s;
    QTest::newRow("offline, no wish, adopted") << false << false << false << u"remove"_s;
}

void TestBandwidthPlanner::adoptionMatrix()
{
    QFETCH(bool, online);
    QFETCH(bool, wish);
    QFETCH(bool, ours);
    QFETCH(QString, expected);

    const DesiredLimit paid = limit(u"512k"_s, u"1M"_s);
    TrafficSnapshot snapshot;
    if (online) {
        snapshot.users = {user(1, u"10.0.0.1"_s)};
    }
    // Ours: made by us for this wish. Adopted: another tool's queue, with its own speed and comment.
    snapshot.queues = {ours ? ourQueue(1, u"10.0.0.1/32"_s, u"512000/1000000"_s, BandwidthPlanner::comment(paid))
                            : ourQueue(1, u"10.0.0.1/32"_s, u"2M/4M"_s, u"made by the old Python tool"_s)};
    QHash<MacAddress, DesiredLimit> desired;
    if (wish) {
        desired.insert(mac(1), paid);
    }
    const auto actions = BandwidthPlanner::plan(snapshot, desired);
    if (expected.isEmpty()) {
        QVERIFY2(actions.isEmpty(), qPrintable(actions.value(0).describe()));
        return;
    }
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].queueId, u"*1"_s);
    if (expected == u"remove"_s) {
        QCOMPARE(actions[0].kind, QueueAction::Kind::Remove);
        QCOMPARE(actions[0].reason, u"device left"_s);
    } else {
        // Changed in place, never removed and added again while the device is online.
        QCOMPARE(actions[0].kind, QueueAction::Kind::Set);
        QCOMPARE(actions[0].changes,
                 (RouterClient::Attributes {{u"max-limit"_s, u"512k/1M"_s},
                                            {u"comment"_s, BandwidthPlanner::comment(paid)}}));
    }
}

void TestBandwidthPlanner::adoptedQueueFollowsAddressOnly()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.77"_s)};
    SimpleQueue adopted = ourQueue(1, u"10.0.0.1/32"_s, u"2M/4M"_s, u"made elsewhere"_s);
    adopted.disabled = true; // someone's decision: left as it is
    snapshot.queues = {adopted};
    const auto actions = BandwidthPlanner::plan(snapshot, {});
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].kind, QueueAction::Kind::Set);
    QCOMPARE(actions[0].changes, (RouterClient::Attributes {{u"target"_s, u"10.0.0.77/32"_s}}));
    QVERIFY(actions[0].reason.contains(u"10.0.0.77"_s));
}

void TestBandwidthPlanner::operatorNoLimitRemovesQueue()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.1"_s), user(2, u"10.0.0.2"_s)};
    snapshot.queues = {ourQueue(1, u"10.0.0.1/32"_s, u"1M/2M"_s, {})};
    DesiredLimit noLimit;
    noLimit.setBy = u"operator"_s;
    noLimit.noLimit = true;
    // With a queue: it goes. Without one: nothing is added.
    const auto actions = BandwidthPlanner::plan(snapshot, {{mac(1), noLimit}, {mac(2), noLimit}});
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].kind, QueueAction::Kind::Remove);
    QCOMPARE(actions[0].queueId, u"*1"_s);
}

void TestBandwidthPlanner::reasonsAreGiven()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.1"_s)};
    DesiredLimit voucher = limit(u"1M"_s, u"2M"_s);
    voucher.setBy = u"voucher K7M2Q9"_s;
    const auto actions = BandwidthPlanner::plan(snapshot, {{mac(1), voucher}});
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].reason, u"voucher K7M2Q9"_s);
    QVERIFY(actions[0].describeWithReason().contains(u"voucher K7M2Q9"_s));
}

void TestBandwidthPlanner::neverTouchesForeignQueues()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.1"_s)};
    SimpleQueue foreign = ourQueue(1, u"10.0.0.1/32"_s, u"1/1"_s, {});
    foreign.name = u"shop-pc-1"_s;
    SimpleQueue badName = foreign;
    badName.name = u"pisonet-not-a-mac"_s;
    snapshot.queues = {foreign, badName};
    QVERIFY(BandwidthPlanner::plan(snapshot, {}).isEmpty());
}

void TestBandwidthPlanner::restrictedToOneDevice()
{
    TrafficSnapshot snapshot;
    snapshot.users = {user(1, u"10.0.0.1"_s), user(2, u"10.0.0.2"_s)};
    snapshot.queues = {ourQueue(3, u"10.0.0.3/32"_s, u"1/1"_s, {})};
    const auto actions = BandwidthPlanner::plan(
        snapshot, {{mac(1), limit(u"1M"_s, u"1M"_s)}, {mac(2), limit(u"1M"_s, u"1M"_s)}}, mac(2));
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions[0].mac, mac(2).toString());
}

void TestBandwidthPlanner::diagnostics()
{
    FirewallRule fasttrack;
    fasttrack.id = u"*7"_s;
    fasttrack.chain = u"forward"_s;
    fasttrack.action = u"fasttrack-connection"_s;
    SimpleQueue catchAll;
    catchAll.name = u"total"_s;
    catchAll.target = u"10.0.0.0/24"_s;
    HotspotUserProfile profile;
    profile.name = u"default"_s;
    profile.rateLimit = u"1M/2M"_s;
    const auto findings
        = RouterDiagnostics::analyze({fasttrack}, {catchAll, ourQueue(1, u"10.0.0.1/32"_s, u"1/1"_s, {})}, {profile});
    QStringList codes;
    for (const Diagnostic& finding : findings) {
        codes.append(finding.code);
        QVERIFY(!finding.fix.isEmpty());
    }
    QCOMPARE(codes, (QStringList {u"fasttrack"_s, u"shadowing-queue"_s, u"profile-rate-limit"_s}));

    fasttrack.disabled = true;
    catchAll.target = u"192.168.0.0/24"_s;
    profile.rateLimit.clear();
    const auto clean
        = RouterDiagnostics::analyze({fasttrack}, {catchAll, ourQueue(1, u"10.0.0.1/32"_s, u"1/1"_s, {})}, {profile});
    QCOMPARE(clean.size(), 1);
    QCOMPARE(clean[0].code, u"ok"_s);
}

QTEST_APPLESS_MAIN(TestBandwidthPlanner)
#include "tst_bandwidthplanner.moc"
