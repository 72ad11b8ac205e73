// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/faults.h"
#include "sim/routerstate.h"
#include "sim/simclock.h"
#include "sim/trafficmodel.h"
#include "sim/wireserver.h"

#include <QHostAddress>
#include <QObject>

// An in-process RouterOS API server on loopback: the test double of every integration test, the
// demo router of the GUI and `pisonet-cli simulate`. It speaks the real wire protocol (both login
// methods, .tag, queries, .proplist, !trap/!fatal) over the hotspot, queue and system menus we use,
// with traffic counters that grow with time and obey the simple queues that target each session.
// The facade over WireServer (wire, login, faults), RouterState (menus) and TrafficModel.
class RouterSimulator : public QObject
{
    Q_OBJECT

public:
    using LoginMethod = WireServer::LoginMethod;
    using Session = RouterState::Session;
    using Queue = RouterState::Queue;
    using User = RouterState::User;
    using Profile = RouterState::Profile;
    using Host = RouterState::Host;
    using FilterRule = RouterState::FilterRule;

    explicit RouterSimulator(QObject* parent = nullptr);
    ~RouterSimulator() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_server.port(); }
    QString errorString() const { return m_server.errorString(); }
    void close() { m_server.close(); }

    void setCredentials(const QString& user, const QString& password) { m_server.setCredentials(user, password); }
    void setLoginMethod(LoginMethod method) { m_server.setLoginMethod(method); }
    void setIdentity(const QString& identity) { m_state.setIdentity(identity); }
    QString identity() const { return m_state.identity(); }
    void setVersion(const QString& version);

    // Fills the hotspot with `users` online sessions (and their hotspot users), deterministically.
    // A second router in the same program takes another site (1, 2, ...): its own addresses
    // (10.6.x.x, 10.7.x.x, ...) and MAC addresses, so no device is on two routers.
    void populate(int users, quint32 seed = 1, int site = 0);
    // Users come and go over time, as in a real shop (demo mode).
    void setChurn(bool enabled) { m_traffic.setChurn(enabled); }
    QString addSession(const QString& user,
                       const QString& macAddress,
                       const QString& address,
                       double demandUpBps,
                       double demandDownBps);
    bool logout(const QString& macAddress);
    void setSessionAddress(const QString& macAddress, const QString& address);
    void addHost(const QString& macAddress, const QString& address) { m_state.addHost(macAddress, address); }
    QString addUser(const QString& name, const QString& password, const QString& profile = QStringLiteral("default"))
    {
        return m_state.addUser(name, password, profile);
    }
    QString addQueue(const QString& name, const QString& target, quint64 maxUp, quint64 maxDown)
    {
        return m_state.addQueue(name, target, maxUp, maxDown);
    }
    bool removeQueueByName(const QString& name) { return m_state.removeQueueByName(name); }
    void clearQueues() { m_state.clearQueues(); }
    void setFastTrack(bool enabled) { m_state.setFastTrack(enabled); }
    bool fastTrack() const { return m_state.fastTrack(); }
    void setProfileRateLimit(const QString& profile, const QString& rateLimit)
    {
        m_state.setProfileRateLimit(profile, rateLimit);
    }

    QList<Session> sessions();
    QList<Queue> queues();
    QList<User> users() const { return m_state.users(); }
    QList<Profile> profiles() const { return m_state.profiles(); }
    QList<Host> hosts() const { return m_state.hosts(); }
    // Commands that changed something (add/set/remove/move/login), for "changes nothing" checks.
    int changeCount() const { return m_server.changeCount(); }
    int commandCount() const { return m_server.commandCount(); }
    int connectionCount() const { return m_server.connectionCount(); }

    // Clock: real time by default; a manual clock makes traffic deterministic in tests.
    void setManualClock(bool manual);
    void advanceClock(qint64 milliseconds);

    // What goes wrong, for tests: e.g. faults().dropAfterReplies(5), faults().silent().
    Faults& faults() { return m_server.faults(); }
    void disconnectAll() { m_server.disconnectAll(); }
    // A router reboot: connections drop, sessions restart their counters.
    void reboot();

Q_SIGNALS:
    void commandHandled(const QString& path);

private:
    SimCommand::Result execute(const SimCommand& command);

    SimClock m_clock;
    RouterState m_state;
    TrafficModel m_traffic;
    WireServer m_server;
};
