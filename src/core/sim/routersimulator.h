// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class QTcpServer;
class QTcpSocket;

// An in-process RouterOS API server on loopback: the test double of every integration test, the
// demo router of the GUI and `pisonet-cli simulate`. It speaks the real wire protocol (both login
// methods, .tag, queries, .proplist, !trap/!fatal) over the hotspot, queue and system menus we use,
// with traffic counters that grow with time and obey the simple queues that target each session.
class RouterSimulator : public QObject
{
    Q_OBJECT

public:
    enum class LoginMethod
    {
        Current, // RouterOS 6.43+: /login =name= =password=
        Challenge, // before 6.43: /login answers =ret=<challenge>, then =response=
    };

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

    explicit RouterSimulator(QObject* parent = nullptr);
    ~RouterSimulator() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString errorString() const { return m_error; }
    void close();

    void setCredentials(const QString& user, const QString& password);
    void setLoginMethod(LoginMethod method) { m_loginMethod = method; }
    void setIdentity(const QString& identity) { m_identity = identity; }
    void setVersion(const QString& version) { m_version = version; }

    // Fills the hotspot with `users` online sessions (and their hotspot users), deterministically.
    void populate(int users, quint32 seed = 1);
    // Users come and go over time, as in a real shop (demo mode).
    void setChurn(bool enabled) { m_churn = enabled; }
    QString addSession(const QString& user,
                       const QString& macAddress,
                       const QString& address,
                       double demandUpBps,
                       double demandDownBps);
    bool logout(const QString& macAddress);
    void setSessionAddress(const QString& macAddress, const QString& address);
    void addHost(const QString& macAddress, const QString& address);
    QString addUser(const QString& name, const QString& password, const QString& profile = QStringLiteral("default"));
    QString addQueue(const QString& name, const QString& target, quint64 maxUp, quint64 maxDown);
    bool removeQueueByName(const QString& name);
    void clearQueues();
    void setFastTrack(bool enabled);
    bool fastTrack() const;
    void setProfileRateLimit(const QString& profile, const QString& rateLimit);

    QList<Session> sessions();
    QList<Queue> queues();
    QList<User> users() const { return m_users; }
    QList<Profile> profiles() const { return m_profiles; }
    QList<Host> hosts() const { return m_hosts; }
    // Commands that changed something (add/set/remove/move/login), for "changes nothing" checks.
    int changeCount() const { return m_changeCount; }
    int commandCount() const { return m_commandCount; }
    int connectionCount() const;

    // Clock: real time by default; a manual clock makes traffic deterministic in tests.
    void setManualClock(bool manual);
    void advanceClock(qint64 milliseconds);

    // Faults for tests.
    void dropConnectionsAfterReplies(int replies); // -1: off; counted across connections
    void setReplyDelay(int milliseconds) { m_replyDelayMs = milliseconds; }
    void sendGarbageOnNextCommand() { m_garbageNext = true; }
    void sendFatalOnNextCommand(const QString& reason) { m_fatalNext = reason; }
    void setSilent(bool silent) { m_silent = silent; }
    // A router user without the write policy: every command that would change something is refused.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // The connections open now stop answering (their sockets stay open); new ones work.
    void hangConnections();
    void disconnectAll();
    // A router reboot: connections drop, sessions restart their counters.
    void reboot();

Q_SIGNALS:
    void commandHandled(const QString& path);

private:
    struct Client;
    using Fields = QList<std::pair<QByteArrayView, QByteArray>>; // keys are string literals

    void onNewConnection();
    void onReadyRead(Client* client);
    void handle(Client* client, const QList<QByteArray>& words);
    void handleLogin(Client* client, const QHash<QByteArray, QByteArray>& attributes, const QByteArray& tag);
    void reply(Client* client, QList<QByteArray> words, const QByteArray& tag);
    void trap(Client* client, const QString& message, const QByteArray& tag, int category = -1);
    void done(Client* client, const QByteArray& tag, const QByteArray& ret = {});
    void print(Client* client,
               const QList<Fields>& rows,
               const QList<QByteArray>& queries,
               const QByteArray& proplist,
               const QByteArray& tag,
               bool countOnly);
    void write(Client* client, const QByteArray& bytes);
    void dropClient(Client* client);

    // Menus; each returns an error text for !trap, or empty on success (ret for add).
    QString queueCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret);
    QString userCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret);
    QString activeCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes);
    QString profileCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret);
    QString filterCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes);

    QList<Fields> identityRows() const;
    QList<Fields> resourceRows() const;
    QList<Fields> activeRows();
    QList<Fields> queueRows();
    QList<Fields> userRows() const;
    QList<Fields> profileRows() const;
    QList<Fields> hostRows() const;
    QList<Fields> filterRows() const;

    void advance();
    // Which queue shapes which online address, and which users have limits: kept between commands
    // and rebuilt only when what they depend on changed, so a command costs O(sessions), not O(queues).
    const QHash<QString, qsizetype>& queueIndex();
    const QHash<QString, qsizetype>& usersWithLimits(); // uptime or data; name -> index
    void queueInserted(qsizetype position);
    void queueRemoved(qsizetype position, const Queue& removed);
    void queuesChanged() { m_queueIndexDirty = true; }
    void sessionsChanged() { m_queueIndexDirty = true; }
    void usersChanged() { m_limitedUsersDirty = true; }
    QString appendSession(const QString& user,
                          const QString& macAddress,
                          const QString& address,
                          double demandUpBps,
                          double demandDownBps);
    void endSession(qsizetype index);
    qint64 nowMs() const;
    QString nextId();
    int findQueue(const QByteArray& idOrName) const;
    int findUser(const QByteArray& idOrName) const;

    QTcpServer* m_server = nullptr;
    QList<Client*> m_clients;
    QString m_error;
    QString m_user = QStringLiteral("admin");
    QString m_password;
    LoginMethod m_loginMethod = LoginMethod::Current;
    QString m_identity = QStringLiteral("PisoNet-Demo");
    QString m_version = QStringLiteral("7.16.2 (stable)");

    QList<Session> m_sessions;
    QList<Queue> m_queues;
    QList<User> m_users;
    QList<Profile> m_profiles;
    QList<Host> m_hosts;
    QList<FilterRule> m_filters;
    QHash<QString, qsizetype> m_queueByAddress; // online addresses only: first enabled queue wins
    QSet<QString> m_sessionAddresses;
    bool m_queueIndexDirty = true;
    QHash<QString, qsizetype> m_limitedUsers;
    bool m_limitedUsersDirty = true;
    quint64 m_nextId = 1;
    int m_changeCount = 0;
    int m_commandCount = 0;
    bool m_churn = false;
    qint64 m_lastChurnMs = 0;
    QRandomGenerator m_random {1};

    QElapsedTimer m_clock;
    bool m_manualClock = false;
    qint64 m_manualMs = 0;
    qint64 m_bootMs = 0;
    qint64 m_lastAdvanceMs = 0;

    int m_dropAfterReplies = -1;
    int m_replyDelayMs = 0;
    bool m_garbageNext = false;
    QString m_fatalNext;
    bool m_silent = false;
    bool m_readOnly = false;
};
