// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator itself: which queue shapes a session while queues come and go (the index it keeps
// between commands), the Faults type, two routers side by side, a hotspot user's MAC lock, and
// devices that look like a real shop's.
#include "core/traffic/macaddress.h"
#include "support/simulatorfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRouterSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstEnabledQueueShapesTheSessionAsQueuesComeAndGo();
    void queueAddedOverTheApiShapesTheSession();
    void faultsClearAndReadOnly();
    void sitesKeepRoutersApart();
    void userLockedToMacLogsInOnlyFromIt();
    void demoDevicesLookLikeAShop();
};

namespace
{
double sessionRateDown(RouterSimulator& simulator, const QString& mac)
{
    for (const RouterSimulator::Session& session : simulator.sessions()) {
        if (session.macAddress == mac) {
            return session.rateDown;
        }
    }
    return -1;
}
ApiCommand loginCommand(const QString& user, const QString& mac, const QString& ip)
{
    return ApiCommand(u"/ip/hotspot/active/login"_s)
        .set(u"user"_s, user)
        .set(u"password"_s, u"pw"_s)
        .set(u"mac-address"_s, mac)
        .set(u"ip"_s, ip);
}
} // namespace

void TestRouterSimulator::firstEnabledQueueShapesTheSessionAsQueuesComeAndGo()
{
    RouterSimulator simulator;
    simulator.setManualClock(true);
    const QString mac = u"02:00:00:00:00:01"_s;
    simulator.addSession(u"u1"_s, mac, u"10.5.50.2"_s, 1e6, 8e6);
    simulator.addQueue(u"other-1"_s, u"10.9.0.1/32"_s, 0, 0);
    simulator.addQueue(u"first"_s, u"10.5.50.2/32"_s, 0, 1000);
    simulator.addQueue(u"second"_s, u"10.5.50.2/32"_s, 0, 2000);
    QCOMPARE(sessionRateDown(simulator, mac), 1000.0);
    // A queue before the shaping one goes: positions shift, the same queue still shapes.
    QVERIFY(simulator.removeQueueByName(u"other-1"_s));
    QCOMPARE(sessionRateDown(simulator, mac), 1000.0);
    simulator.advanceClock(8000);
    const QList<RouterSimulator::Queue> queues = simulator.queues();
    QCOMPARE(queues.size(), 2);
    QCOMPARE(queues.at(0).name, u"first"_s);
    QCOMPARE(queues.at(0).rateDown, 1000.0);
    QCOMPARE(queues.at(0).bytesDown, 1000.0); // 8 s at 1000 bit/s
    QCOMPARE(queues.at(1).rateDown, 0.0);
    // The shaping queue goes: the next one takes over.
    QVERIFY(simulator.removeQueueByName(u"first"_s));
    QCOMPARE(sessionRateDown(simulator, mac), 2000.0);
    QCOMPARE(simulator.queues().at(0).rateDown, 2000.0);
    // The session moves to an address no queue targets: unlimited again.
    simulator.setSessionAddress(mac, u"10.5.50.3"_s);
    QVERIFY(sessionRateDown(simulator, mac) > 2000.0);
    QCOMPARE(simulator.queues().at(0).rateDown, 0.0);
}

void TestRouterSimulator::queueAddedOverTheApiShapesTheSession()
{
    SimulatorFixture fixture;
    fixture.simulator().setManualClock(true);
    const QString mac = u"02:00:00:00:00:02"_s;
    fixture.simulator().addSession(u"u2"_s, mac, u"10.5.50.9"_s, 1e6, 8e6);
    QVERIFY(fixture.connectAndWait());
    for (int i = 0; i < 20; ++i) {
        const ApiResult other = fixture.run(ApiCommand(u"/queue/simple/add"_s)
                                                .set(u"name"_s, u"other-%1"_s.arg(i))
                                                .set(u"target"_s, u"10.9.1.%1/32"_s.arg(i + 1)));
        QVERIFY2(other.ok(), qPrintable(other.error.message()));
    }
    const ApiResult before = fixture.run(ApiCommand(u"/queue/simple/add"_s)
                                             .set(u"name"_s, u"before"_s)
                                             .set(u"target"_s, u"10.5.50.9/32"_s)
                                             .set(u"max-limit"_s, u"1k/3k"_s)
                                             .set(u"place-before"_s, u"other-0"_s));
    QVERIFY(before.ok());
    const ApiResult added = fixture.run(ApiCommand(u"/queue/simple/add"_s)
                                            .set(u"name"_s, u"pisonet-x"_s)
                                            .set(u"target"_s, u"10.5.50.9/32"_s)
                                            .set(u"max-limit"_s, u"1k/2k"_s));
    QVERIFY(added.ok());
    QCOMPARE(sessionRateDown(fixture.simulator(), mac), 3000.0); // placed first, so it shapes
    QVERIFY(
        fixture.run(ApiCommand(u"/queue/simple/set"_s).set(u".id"_s, before.ret()).set(u"disabled"_s, u"yes"_s)).ok());
    QCOMPARE(sessionRateDown(fixture.simulator(), mac), 2000.0);
    QVERIFY(fixture.run(ApiCommand(u"/queue/simple/remove"_s).set(u".id"_s, added.ret())).ok());
    QVERIFY(sessionRateDown(fixture.simulator(), mac) > 3000.0);
}

void TestRouterSimulator::faultsClearAndReadOnly()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    fixture.simulator().faults().readOnly().delayReplies(50);
    const ApiResult refused
        = fixture.run(ApiCommand(u"/queue/simple/add"_s).set(u"name"_s, u"q"_s).set(u"target"_s, u"10.5.50.2"_s));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error.message().contains(u"not enough permissions"_s));
    QVERIFY(fixture.run(ApiCommand(u"/system/identity/print"_s)).ok());
    fixture.simulator().faults().clear();
    QVERIFY(
        fixture.run(ApiCommand(u"/queue/simple/add"_s).set(u"name"_s, u"q"_s).set(u"target"_s, u"10.5.50.2"_s)).ok());
    QCOMPARE(fixture.simulator().queues().size(), 1);
}

void TestRouterSimulator::sitesKeepRoutersApart()
{
    RouterSimulator first;
    RouterSimulator second;
    first.populate(300, 1, 0);
    second.populate(300, 1, 1);
    QSet<QString> macs;
    QSet<QString> addresses;
    for (const RouterSimulator::Session& session : first.sessions()) {
        macs.insert(session.macAddress);
        addresses.insert(session.address);
        QVERIFY(session.address.startsWith(u"10.5."_s));
    }
    for (const RouterSimulator::Session& session : second.sessions()) {
        QVERIFY2(!macs.contains(session.macAddress), qPrintable(session.macAddress));
        QVERIFY(!addresses.contains(session.address));
        QVERIFY(session.address.startsWith(u"10.6."_s));
        QCOMPARE(session.macAddress.mid(9, 2), u"01"_s); // the first byte after the maker's
    }
}

void TestRouterSimulator::userLockedToMacLogsInOnlyFromIt()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    const QString owner = u"8C:79:F5:12:34:56"_s;
    const QString other = u"8C:79:F5:65:43:21"_s;
    fixture.simulator().addHost(owner, u"10.5.50.20"_s);
    fixture.simulator().addHost(other, u"10.5.50.21"_s);
    const ApiResult locked = fixture.run(ApiCommand(u"/ip/hotspot/user/add"_s)
                                             .set(u"name"_s, u"LOCKED"_s)
                                             .set(u"password"_s, u"pw"_s)
                                             .set(u"mac-address"_s, owner.toLower()));
    QVERIFY2(locked.ok(), qPrintable(locked.error.message()));
    const ApiResult open = fixture.run(ApiCommand(u"/ip/hotspot/user/add"_s)
                                           .set(u"name"_s, u"OPEN"_s)
                                           .set(u"password"_s, u"pw"_s)
                                           .set(u"mac-address"_s, u"00:00:00:00:00:00"_s));
    QVERIFY2(open.ok(), qPrintable(open.error.message()));

    // Another device: refused with RouterOS's words, and nothing goes online.
    const ApiResult refused = fixture.run(loginCommand(u"LOCKED"_s, other, u"10.5.50.21"_s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.message(), u"user LOCKED is not allowed to log in from this MAC address"_s);
    QVERIFY(fixture.simulator().sessions().isEmpty());
    // Its own device, given in any letter case: in.
    const ApiResult allowed = fixture.run(loginCommand(u"LOCKED"_s, owner.toLower(), u"10.5.50.20"_s));
    QVERIFY2(allowed.ok(), qPrintable(allowed.error.message()));
    QCOMPARE(fixture.simulator().sessions().size(), 1);
    QCOMPARE(fixture.simulator().sessions().at(0).macAddress, owner);
    // All zeros means any device.
    const ApiResult any = fixture.run(loginCommand(u"OPEN"_s, other, u"10.5.50.21"_s));
    QVERIFY2(any.ok(), qPrintable(any.error.message()));
    QCOMPARE(fixture.simulator().sessions().size(), 2);
}

void TestRouterSimulator::demoDevicesLookLikeAShop()
{
    RouterSimulator simulator;
    simulator.populate(400);
    int randomised = 0;
    QSet<QString> makers;
    for (const RouterSimulator::Session& session : simulator.sessions()) {
        const std::optional<MacAddress> mac = MacAddress::parse(session.macAddress);
        QVERIFY2(mac, qPrintable(session.macAddress)); // a device's: unicast
        if (mac->isRandomised()) {
            ++randomised;
        } else {
            makers.insert(session.macAddress.left(8));
        }
    }
    // About a quarter randomised (as modern phones do), the rest from several real makers.
    QVERIFY2(randomised >= 60 && randomised <= 140, qPrintable(QString::number(randomised)));
    QVERIFY(makers.size() >= 10);
    QVERIFY(makers.contains(u"8C:79:F5"_s) || makers.contains(u"7C:89:56"_s)); // Samsung
    // Never two devices with one address, even where a maker's range leaves fewer random bits
    // (another site of the shop puts its number in the device part).
    RouterSimulator annex;
    annex.populate(5000, 1, 3);
    QSet<QString> seen;
    for (const RouterSimulator::Session& session : annex.sessions()) {
        QVERIFY2(!seen.contains(session.macAddress), qPrintable(session.macAddress));
        seen.insert(session.macAddress);
    }
    // The same seed gives the same shop.
    RouterSimulator again;
    again.populate(400);
    for (qsizetype i = 0; i < simulator.sessions().size(); ++i) {
        QCOMPARE(again.sessions().at(i).macAddress, simulator.sessions().at(i).macAddress);
    }
}

QTEST_GUILESS_MAIN(TestRouterSimulator)
#include "tst_routersimulator.moc"
