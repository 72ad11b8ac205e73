// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/simulatorfixture.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestRouterConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginCurrentMethod();
    void loginChallengeMethod();
    void wrongPasswordIsLoginRefused();
    void unreachableRouter();
    void commandsQueuedBeforeReadyAreSent();
    void interleavedTaggedCommands();
    void trapSurfacesMessage();
    void fatalFailsPendingCommands();
    void dropMidReplyFailsAndReconnects();
    void garbageIsProtocolError();
    void silentRouterTimesOutLogin();
    void commandTimeout();
    void cancelPendingCommand();
    void handlersRunOutsideReadyRead();
    void hungConnectionIsReplaced();
    void typedClientRoundTrip();
    void queryAndProplist();
    void handlerNotCalledAfterContextDies();
};

void TestRouterConnection::loginCurrentMethod()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    QVERIFY(!fixture.connection().usedLegacyLogin());
    const ApiResult result = fixture.run(ApiCommand(u"/system/identity/print"_s));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().value("name"), u"PisoNet-Demo"_s);
}

void TestRouterConnection::loginChallengeMethod()
{
    SimulatorFixture fixture;
    fixture.simulator().setLoginMethod(RouterSimulator::LoginMethod::Challenge);
    QVERIFY(fixture.connectAndWait());
    QVERIFY(fixture.connection().usedLegacyLogin());
    QVERIFY(fixture.run(ApiCommand(u"/system/resource/print"_s)).ok());
}

void TestRouterConnection::wrongPasswordIsLoginRefused()
{
    for (auto method : {RouterSimulator::LoginMethod::Current, RouterSimulator::LoginMethod::Challenge}) {
        SimulatorFixture fixture;
        fixture.simulator().setLoginMethod(method);
        ConnectionSettings settings = fixture.settings();
        settings.password = u"wrong"_s;
        fixture.connection().setSettings(settings);
        QSignalSpy failed(&fixture.connection(), &RouterConnection::failed);
        fixture.connection().open();
        QVERIFY(failed.wait(3000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::LoginRefused);
        QVERIFY2(error.message().contains(u"wrong user name or password"_s), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u"wrong\""_s));
        QCOMPARE(fixture.connection().state(), RouterConnection::State::Failed);
        // Not tried again by itself: every attempt is a failed login in the router's log.
        QCOMPARE(fixture.connection().msUntilReconnect(), -1);
        QTest::qWait(300); // well past the first reconnect delay (50 ms)
        QCOMPARE(failed.size(), 1);
        QCOMPARE(fixture.connection().state(), RouterConnection::State::Failed);
        // New settings (or the operator's "try again") do.
        fixture.connection().setSettings(fixture.settings());
        fixture.connection().retryNow();
        QTRY_VERIFY(fixture.connection().isReady());
    }
}

void TestRouterConnection::unreachableRouter()
{
    // A port that was just free: connection refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    RouterConnection connection;
    ConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    connection.setSettings(settings);
    connection.setAutoReconnect(false);
    QSignalSpy failed(&connection, &RouterConnection::failed);
    bool done = false;
    ApiResult outcome;
    connection.open();
    connection.send(ApiCommand(u"/system/identity/print"_s), nullptr, [&](const ApiResult& result) {
        outcome = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Unreachable);
    QVERIFY2(outcome.error.message().contains(u"router not reachable at 127.0.0.1:"_s),
             qPrintable(outcome.error.message()));
    QCOMPARE(failed.size(), 1);
}

void TestRouterConnection::commandsQueuedBeforeReadyAreSent()
{
    SimulatorFixture fixture;
    fixture.connection().open();
    const ApiResult result = fixture.run(ApiCommand(u"/system/identity/print"_s));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
}

void TestRouterConnection::interleavedTaggedCommands()
{
    SimulatorFixture fixture;
    fixture.simulator().populate(40);
    fixture.simulator().addQueue(u"pisonet-AA:BB:CC:DD:EE:01"_s, u"10.5.50.2/32"_s, 512000, 1000000);
    QVERIFY(fixture.connectAndWait());
    int sessions = -1;
    int queues = -1;
    QString identity;
    QList<int> order;
    fixture.connection().send(ApiCommand(u"/ip/hotspot/active/print"_s), nullptr, [&](const ApiResult& r) {
        sessions = int(r.rows.size());
        order.append(1);
    });
    fixture.connection().send(ApiCommand(u"/queue/simple/print"_s), nullptr, [&](const ApiResult& r) {
        queues = int(r.rows.size());
        order.append(2);
    });
    fixture.connection().send(ApiCommand(u"/system/identity/print"_s), nullptr, [&](const ApiResult& r) {
        identity = r.rows.value(0).value("name");
        order.append(3);
    });
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(sessions, 40);
    QCOMPARE(queues, 1);
    QCOMPARE(identity, u"PisoNet-Demo"_s);
}

void TestRouterConnection::trapSurfacesMessage()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    const ApiResult result = fixture.run(ApiCommand(u"/queue/simple/remove"_s).set(u".id"_s, u"*FFFF"_s));
    QCOMPARE(result.error.kind(), ApiError::Kind::Trap);
    QCOMPARE(result.error.message(), u"no such item"_s);
    // The session is still usable after a trap.
    QVERIFY(fixture.run(ApiCommand(u"/system/identity/print"_s)).ok());
    const ApiResult unknown = fixture.run(ApiCommand(u"/no/such/menu/print"_s));
    QCOMPARE(unknown.error.kind(), ApiError::Kind::Trap);
}

void TestRouterConnection::fatalFailsPendingCommands()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    fixture.simulator().faults().fatalOnNextCommand(u"out of memory"_s);
    const ApiResult result = fixture.run(ApiCommand(u"/system/identity/print"_s));
    QCOMPARE(result.error.kind(), ApiError::Kind::Fatal);
    QVERIFY(result.error.message().contains(u"out of memory"_s));
    // It reconnects by itself.
    QTRY_VERIFY_WITH_TIMEOUT(fixture.connection().isReady(), 5000);
    QVERIFY(fixture.run(ApiCommand(u"/system/identity/print"_s)).ok());
}

void TestRouterConnection::dropMidReplyFailsAndReconnects()
{
    SimulatorFixture fixture;
    fixture.simulator().populate(20);
    QVERIFY(fixture.connectAndWait());
    QSignalSpy failed(&fixture.connection(), &RouterConnection::failed);
    fixture.simulator().faults().dropAfterReplies(5); // in the middle of 20 rows
    bool first = false;
    bool second = false;
    ApiResult r1;
    ApiResult r2;
    fixture.connection().send(ApiCommand(u"/ip/hotspot/active/print"_s), nullptr, [&](const ApiResult& r) {
        r1 = r;
        first = true;
    });
    fixture.connection().send(ApiCommand(u"/queue/simple/print"_s), nullptr, [&](const ApiResult& r) {
        r2 = r;
        second = true;
        // The fault is lifted here: on a loaded machine the reconnect can happen before the test
        // looks again, and must not meet the same fault (a second failure).
        fixture.simulator().faults().dropAfterReplies(-1);
    });
    QTRY_VERIFY(first && second);
    QCOMPARE(r1.error.kind(), ApiError::Kind::ConnectionLost);
    QCOMPARE(r2.error.kind(), ApiError::Kind::ConnectionLost);
    QVERIFY(r1.rows.isEmpty()); // no half result
    QTRY_COMPARE(failed.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.connection().isReady(), 5000);
    const ApiResult again = fixture.run(ApiCommand(u"/ip/hotspot/active/print"_s));
    QVERIFY(again.ok());
    QCOMPARE(again.rows.size(), 20);
    QCOMPARE(failed.size(), 1);
}

void TestRouterConnection::garbageIsProtocolError()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    fixture.simulator().faults().garbageOnNextCommand();
    const ApiResult result = fixture.run(ApiCommand(u"/system/identity/print"_s));
    QCOMPARE(result.error.kind(), ApiError::Kind::Protocol);
    QVERIFY2(result.error.message().contains(u"does not speak the RouterOS API"_s), qPrintable(result.error.message()));
}

void TestRouterConnection::silentRouterTimesOutLogin()
{
    SimulatorFixture fixture;
    fixture.simulator().faults().silent(true);
    ConnectionSettings settings = fixture.settings();
    settings.loginTimeout = 300ms;
    fixture.connection().setSettings(settings);
    fixture.connection().setAutoReconnect(false);
    QSignalSpy failed(&fixture.connection(), &RouterConnection::failed);
    fixture.connection().open();
    QVERIFY(failed.wait(3000));
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Timeout);
    QVERIFY(error.message().contains(u"did not answer the login"_s));
}

void TestRouterConnection::commandTimeout()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    fixture.simulator().faults().delayReplies(1500);
    bool done = false;
    ApiResult outcome;
    fixture.connection().send(
        ApiCommand(u"/system/identity/print"_s), nullptr,
        [&](const ApiResult& result) {
            outcome = result;
            done = true;
        },
        200ms);
    QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(outcome.error.message().contains(u"/system/identity/print"_s));
    fixture.simulator().faults().delayReplies(0);
    // A router that sat on a command gets a fresh connection (after the backoff); the late reply
    // of the old one is never seen.
    QTRY_VERIFY_WITH_TIMEOUT(fixture.connection().isReady(), 5000);
    QVERIFY(fixture.run(ApiCommand(u"/system/identity/print"_s)).ok());
}

void TestRouterConnection::cancelPendingCommand()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    fixture.simulator().faults().delayReplies(500);
    bool done = false;
    ApiResult outcome;
    const QByteArray tag
        = fixture.connection().send(ApiCommand(u"/system/identity/print"_s), nullptr, [&](const ApiResult& result) {
              outcome = result;
              done = true;
          });
    fixture.connection().cancel(tag);
    QVERIFY(!done); // never inside the caller's call: from the event queue
    QTRY_VERIFY(done);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Cancelled);
    fixture.simulator().faults().delayReplies(0);
    QTest::qWait(700);
    QCOMPARE(fixture.connection().pendingCount(), 0);
    QVERIFY(fixture.run(ApiCommand(u"/system/identity/print"_s)).ok());
}

// A handler that waits in an event loop (a dialog, a nested wait) must not stall the socket: had it
// run inside readyRead, the socket would never report the reply it waits for.
void TestRouterConnection::handlersRunOutsideReadyRead()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    bool inner = false;
    bool outer = false;
    fixture.connection().send(ApiCommand(u"/system/identity/print"_s), nullptr, [&](const ApiResult& first) {
        QVERIFY(first.ok());
        QEventLoop wait;
        fixture.connection().send(ApiCommand(u"/system/resource/print"_s), nullptr, [&](const ApiResult& second) {
            inner = second.ok();
            wait.quit();
        });
        QTimer::singleShot(3000, &wait, &QEventLoop::quit);
        wait.exec();
        outer = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(outer, 5000);
    QVERIFY(inner);
}

// The router keeps the socket open but stops answering on it (a hung API session): the command
// times out, the connection is dropped and the next commands run on a new one.
void TestRouterConnection::hungConnectionIsReplaced()
{
    SimulatorFixture fixture;
    ConnectionSettings settings = fixture.settings();
    settings.commandTimeout = 300ms;
    fixture.connection().setSettings(settings);
    fixture.connection().setReconnectDelays(100ms, 1000ms);
    QVERIFY(fixture.connectAndWait());
    fixture.simulator().faults().hangOpenConnections();
    const ApiResult stuck = fixture.run(ApiCommand(u"/system/identity/print"_s));
    QCOMPARE(stuck.error.kind(), ApiError::Kind::Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.connection().isReady(), 3000);
    QTRY_COMPARE(fixture.simulator().connectionCount(), 1); // the old socket was closed
    const ApiResult fresh = fixture.run(ApiCommand(u"/system/identity/print"_s));
    QVERIFY2(fresh.ok(), qPrintable(fresh.error.message()));
}

void TestRouterConnection::typedClientRoundTrip()
{
    SimulatorFixture fixture;
    fixture.simulator().populate(3);
    QVERIFY(fixture.connectAndWait());
    RouterClient& client = fixture.client();

    RouterReply<RouterInfo> info;
    bool haveInfo = false;
    client.fetchInfo(nullptr, [&](const RouterReply<RouterInfo>& reply) {
        info = reply;
        haveInfo = true;
    });
    QTRY_VERIFY(haveInfo);
    QVERIFY(info.ok());
    QCOMPARE(info.value.identity, u"PisoNet-Demo"_s);
    QVERIFY(info.value.version.startsWith(u"7."_s));
    QVERIFY(info.value.uptimeSeconds > 0);

    SimpleQueue queue;
    queue.name = u"pisonet-AA:BB:CC:DD:EE:FF"_s;
    queue.target = u"10.5.50.2/32"_s;
    queue.maxLimit = u"512k/1M"_s;
    RouterReply<QString> added;
    bool haveAdded = false;
    client.addSimpleQueue(queue, {}, nullptr, [&](const RouterReply<QString>& reply) {
        added = reply;
        haveAdded = true;
    });
    QTRY_VERIFY(haveAdded);
    QVERIFY2(added.ok(), qPrintable(added.error.message()));
    QVERIFY(added.value.startsWith(u'*'));

    // A duplicate name is refused as a router refuses it.
    haveAdded = false;
    client.addSimpleQueue(queue, {}, nullptr, [&](const RouterReply<QString>& reply) {
        added = reply;
        haveAdded = true;
    });
    QTRY_VERIFY(haveAdded);
    QCOMPARE(added.error.kind(), ApiError::Kind::Trap);

    RouterReply<QList<SimpleQueue>> queues;
    bool haveQueues = false;
    client.fetchSimpleQueues(nullptr, [&](const RouterReply<QList<SimpleQueue>>& reply) {
        queues = reply;
        haveQueues = true;
    });
    QTRY_VERIFY(haveQueues);
    QCOMPARE(queues.value.size(), 1);
    QCOMPARE(queues.value.first().maxLimit, u"512000/1000000"_s);

    RouterReply<QList<HotspotSession>> sessions;
    bool haveSessions = false;
    client.fetchHotspotSessions(nullptr, [&](const RouterReply<QList<HotspotSession>>& reply) {
        sessions = reply;
        haveSessions = true;
    });
    QTRY_VERIFY(haveSessions);
    QCOMPARE(sessions.value.size(), 3);
    QVERIFY(sessions.value.first().bytesOut > 0);
    QCOMPARE(sessions.value.first().macAddress.size(), 17);

    ApiError removed(ApiError::Kind::Timeout, {});
    bool haveRemoved = false;
    client.removeSimpleQueue(queues.value.first().id, nullptr, [&](const ApiError& error) {
        removed = error;
        haveRemoved = true;
    });
    QTRY_VERIFY(haveRemoved);
    QVERIFY(!removed.isError());
    QVERIFY(fixture.simulator().queues().isEmpty());
}

void TestRouterConnection::queryAndProplist()
{
    SimulatorFixture fixture;
    fixture.simulator().addQueue(u"pisonet-A"_s, u"10.0.0.1/32"_s, 1000, 2000);
    fixture.simulator().addQueue(u"other"_s, u"10.0.0.2/32"_s, 0, 0);
    fixture.simulator().addQueue(u"pisonet-B"_s, u"10.0.0.3/32"_s, 3000, 4000);
    QVERIFY(fixture.connectAndWait());
    ApiCommand command(u"/queue/simple/print"_s);
    command.query(u"name=pisonet-A"_s).query(u"name=pisonet-B"_s).query(u"#|"_s).proplist({u"name"_s});
    const ApiResult result = fixture.run(command);
    QVERIFY(result.ok());
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows[1].keys(), QStringList {u"name"_s});
    QCOMPARE(result.rows[1].value("name"), u"pisonet-B"_s);
}

void TestRouterConnection::handlerNotCalledAfterContextDies()
{
    SimulatorFixture fixture;
    QVERIFY(fixture.connectAndWait());
    auto* context = new QObject;
    bool called = false;
    fixture.connection().send(ApiCommand(u"/system/identity/print"_s), context,
                              [&](const ApiResult&) { called = true; });
    delete context;
    QTest::qWait(200);
    QVERIFY(!called);
    QCOMPARE(fixture.connection().pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestRouterConnection)
#include "tst_routerconnection.moc"
