// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simcommand.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class SimClock;

// What the simulated router holds — hotspot sessions, users, profiles and hosts, simple queues,
// firewall rules, identity — and its menus: the API commands and print rows over that state.
class RouterState
{
public:
    struct Session
    {
        QString id;
        QString server = QStringLiteral("hotspot1");
        QString user;
        QString address;
        QString macAddress;
        qint64 loginAtMs = 0;
        double demandUp = 0; // bits/s the device would use without a limit
        double demandDown = 0;
        double phase = 0;
        double bytesIn = 0; // user upload
        double bytesOut = 0;
        double rateUp = 0; // effective, after any queue
        double rateDown = 0;
    };

    struct Queue
    {
        QString id;
        QString name;
        QString target;
        QString comment;
        quint64 maxUp = 0; // 0: unlimited
        quint64 maxDown = 0;
        bool disabled = false;
        bool dynamic = false;
        double bytesUp = 0;
        double bytesDown = 0;
        double rateUp = 0;
        double rateDown = 0;
    };

    struct User
    {
        QString id;
        QString name;
        QString password;
        QString profile = QStringLiteral("default");
        QString limitUptime; // as given
        qint64 limitUptimeSeconds = -1;
        quint64 limitBytesTotal = 0; // upload + download over all sessions; 0: none
        QString macAddress;
        QString comment;
        bool disabled = false;
        qint64 usedSeconds = 0;
        double bytesIn = 0;
        double bytesOut = 0;
    };

    struct Profile
    {
        QString id;
        QString name;
        int sharedUsers = 1;
        QString rateLimit;
    };

    struct Host
    {
        QString id;
        QString macAddress;
        QString address;
        QString server = QStringLiteral("hotspot1");
        bool authorized = false;
    };

    struct FilterRule
    {
        QString id;
        QString chain;
        QString action;
        QString comment;
        bool disabled = false;
    };

    explicit RouterState(const SimClock& clock);

    QString identity() const { return m_identity; }
    void setIdentity(const QString& identity) { m_identity = identity; }
    QString version() const { return m_version; }
    void setVersion(const QString& version) { m_version = version; }

    // Fills the hotspot with `users` online sessions (and their hotspot users), deterministically.
    // Site 0 is 10.5.50.0 onwards; site n uses 10.(5+n).50.0 onwards and MAC addresses whose second
    // byte is n, so two simulated routers never share a device or an address.
    void populate(int users, quint32 seed, int site);
    QString appendSession(const QString& user,
                          const QString& macAddress,
                          const QString& address,
                          double demandUpBps,
                          double demandDownBps);
    void endSession(qsizetype index);
    bool logout(const QString& macAddress);
    void setSessionAddress(const QString& macAddress, const QString& address);
    void addHost(const QString& macAddress, const QString& address);
    QString addUser(const QString& name, const QString& password, const QString& profile);
    QString addQueue(const QString& name, const QString& target, quint64 maxUp, quint64 maxDown);
    bool removeQueueByName(const QString& name);
    void clearQueues();
    void setFastTrack(bool enabled);
    bool fastTrack() const;
    void setProfileRateLimit(const QString& profile, const QString& rateLimit);
    // A reboot: sessions restart their counters, the uptime starts again.
    void restart();

    QList<Session>& sessions() { return m_sessions; }
    QList<Queue>& queues() { return m_queues; }
    const QList<User>& users() const { return m_users; }
    const QList<Profile>& profiles() const { return m_profiles; }
    const QList<Host>& hosts() const { return m_hosts; }

    // Which queue shapes which online address (first enabled queue wins), and which users have an
    // uptime or data limit (name -> index): kept between commands and rebuilt only when what they
    // depend on changed, so a command costs O(sessions), not O(queues).
    const QHash<QString, qsizetype>& queueIndex();
    bool queueIndexIsCurrent() const { return !m_queueIndexDirty; }
    const QHash<QString, qsizetype>& usersWithLimits();
    void sessionsChanged() { m_queueIndexDirty = true; }

    // The API: a command on one of the menus, answered with rows, an error or a change.
    SimCommand::Result execute(const SimCommand& command);

    QString nextId();

private:
    int findQueue(const QByteArray& idOrName) const;
    int findUser(const QByteArray& idOrName) const;
    void queueInserted(qsizetype position);
    void queueRemoved(qsizetype position, const Queue& removed);
    void queuesChanged() { m_queueIndexDirty = true; }
    void usersChanged() { m_limitedUsersDirty = true; }

    // Menus; each returns an error text for !trap, or empty on success (ret for add).
    QString queueCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret);
    QString userCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret);
    QString activeCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes);
    QString profileCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret);
    QString filterCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes);

    QList<SimRow> identityRows() const;
    QList<SimRow> resourceRows() const;
    QList<SimRow> activeRows();
    QList<SimRow> queueRows() const;
    QList<SimRow> userRows() const;
    QList<SimRow> profileRows() const;
    QList<SimRow> hostRows() const;
    QList<SimRow> filterRows() const;

    const SimClock& m_clock;
    QString m_identity = QStringLiteral("PisoNet-Demo");
    QString m_version = QStringLiteral("7.16.2 (stable)");
    qint64 m_bootMs = 0;

    QList<Session> m_sessions;
    QList<Queue> m_queues;
    QList<User> m_users;
    QList<Profile> m_profiles;
    QList<Host> m_hosts;
    QList<FilterRule> m_filters;
    quint64 m_nextId = 1;

    QHash<QString, qsizetype> m_queueByAddress; // online addresses only
    QSet<QString> m_sessionAddresses;
    bool m_queueIndexDirty = true;
    QHash<QString, qsizetype> m_limitedUsers;
    bool m_limitedUsersDirty = true;
};
