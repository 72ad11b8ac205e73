// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/faults.h"
#include "sim/simcommand.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

// The simulated router's wire: a TCP server speaking the RouterOS API (both login methods, .tag,
// !trap/!fatal, /cancel, /quit), applying the faults, and handing every other command to a handler.
class WireServer : public QObject
{
    Q_OBJECT

public:
    enum class LoginMethod
    {
        Current, // RouterOS 6.43+: /login =name= =password=
        Challenge, // before 6.43: /login answers =ret=<challenge>, then =response=
    };
    using Handler = std::function<SimCommand::Result(const SimCommand&)>;

    explicit WireServer(Handler handler, QObject* parent = nullptr);
    ~WireServer() override;

    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const;
    QString errorString() const { return m_error; }
    void close();

    void setCredentials(const QString& user, const QString& password);
    void setLoginMethod(LoginMethod method) { m_loginMethod = method; }
    // RouterOS 7.18 answers a print that found nothing with !empty.
    void setRepliesEmpty(bool on) { m_repliesEmpty = on; }
    Faults& faults() { return m_faults; }

    int connectionCount() const { return int(m_clients.size()); }
    int changeCount() const { return m_changeCount; }
    int commandCount() const { return m_commandCount; }
    void disconnectAll();

Q_SIGNALS:
    void commandHandled(const QString& path);

private:
    struct Client;

    void onNewConnection();
    void onReadyRead(Client* client);
    void handle(Client* client, const QList<QByteArray>& words);
    void handleLogin(Client* client, const QHash<QByteArray, QByteArray>& attributes, const QByteArray& tag);
    void reply(Client* client, QList<QByteArray> words, const QByteArray& tag);
    void trap(Client* client, const QString& message, const QByteArray& tag);
    void done(Client* client, const QByteArray& tag, const QByteArray& ret = {});
    void
    print(Client* client, const QList<SimRow>& rows, const SimCommand& command, const QByteArray& tag, bool countOnly);
    void write(Client* client, const QByteArray& bytes);
    void dropClient(Client* client);

    Handler m_handler;
    QTcpServer* m_server = nullptr;
    QList<Client*> m_clients;
    QString m_error;
    QString m_user = QStringLiteral("admin");
    QString m_password;
    LoginMethod m_loginMethod = LoginMethod::Current;
    bool m_repliesEmpty = false;
    Faults m_faults;
    int m_changeCount = 0;
    int m_commandCount = 0;
};
