// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apicommand.h"
#include "core/routeros/apidecoder.h"
#include "core/routeros/apiresult.h"
#include "core/routeros/connectionsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

// One asynchronous RouterOS API session: connect (TCP or TLS), log in (current and pre-6.43
// methods), run tagged commands concurrently, time them out, and reconnect with backoff when the
// link is lost. Nothing here blocks; results arrive through callbacks on the owning thread.
//
// Handlers and the ready()/failed() signals are always delivered through the event queue, never
// from inside the socket's readyRead: a handler that opens a dialog or waits in an event loop
// cannot stall the socket. A command that times out means the router stopped answering on this
// connection: it is dropped and opened again with the usual backoff.
class RouterConnection : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        LoggingIn,
        Ready,
        Failed
    };
    Q_ENUM(State)

    using ResultHandler = std::function<void(const ApiResult&)>;

    explicit RouterConnection(QObject* parent = nullptr);
    ~RouterConnection() override;

    void setSettings(const ConnectionSettings& settings);
    const ConnectionSettings& settings() const { return m_settings; }

    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    bool autoReconnect() const { return m_autoReconnect; }
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    // Why the connection is in the Failed state (or why it last failed).
    ApiError lastError() const { return m_lastError; }
    // RouterOS version the login exchange revealed ("legacy" when the challenge method was needed).
    bool usedLegacyLogin() const { return m_legacyLogin; }

    void open();
    void close();
    // Tries again now, also after a refused login (which is never retried by itself: each attempt
    // is a failed login in the router's log and can trip its lockout).
    void retryNow();
    // Milliseconds until the next reconnect attempt; -1 when none is scheduled.
    qint64 msUntilReconnect() const;

    // Sends a command. Until the session is ready it is queued; it fails if the session cannot be
    // opened. The handler runs once, unless context is destroyed first. Returns the tag.
    QByteArray send(const ApiCommand& command, QObject* context, ResultHandler handler);
    QByteArray
    send(const ApiCommand& command, QObject* context, ResultHandler handler, std::chrono::milliseconds timeout);
    // Ends a pending command: its handler gets a Cancelled error; the router is told with /cancel.
    void cancel(const QByteArray& tag);
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void stateChanged(RouterConnection::State state);
    void ready();
    // The session ended with an error (unreachable, login refused, lost); a reconnect may follow.
    void failed(const ApiError& error);

private:
    struct Pending
    {
        ApiCommand command;
        QPointer<QObject> context;
        bool hasContext = false;
        ResultHandler handler;
        QList<ApiRecord> rows;
        ApiError trap;
        qint64 deadline = 0; // ms on m_clock
        qint64 timeoutMs = 0;
        bool sent = false;
    };

    void connectNow();
    void setState(State state);
    void startLogin();
    void sendLogin(const QString& challenge);
    void onLoginReply(const ApiResult& result);
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void handleSentence(const ApiSentence& sentence);
    void writeCommand(const QByteArray& tag, Pending& pending);
    void complete(const QByteArray& tag, ApiResult result);
    // Runs work from the event queue, in order, after the current socket callback has returned.
    void deliver(std::function<void()> work);
    void runDeliveries();
    void fail(const ApiError& error);
    void failLater(const QByteArray& tag, const ApiError& error);
    void failAll(const ApiError& error);
    void checkDeadlines();
    void scheduleReconnect();
    void dropSocket();
    qint64 now() const;

    ConnectionSettings m_settings;
    State m_state = State::Disconnected;
    ApiError m_lastError;
    QTcpSocket* m_socket = nullptr;
    ApiDecoder m_decoder;
    QHash<QByteArray, Pending> m_pending;
    QList<QByteArray> m_waiting; // queued until Ready, in order
    QHash<QByteArray, qint64> m_abandoned; // tags whose late replies are dropped, with expiry
    quint64 m_nextTag = 1;
    QByteArray m_loginTag;
    bool m_legacyLogin = false;
    bool m_userClosed = true;
    bool m_autoReconnect = true;
    std::chrono::milliseconds m_firstDelay {1000};
    std::chrono::milliseconds m_maxDelay {10000};
    std::chrono::milliseconds m_nextDelay {1000};
    QTimer m_phaseTimer; // connect and login timeouts
    QTimer m_deadlineTimer; // command timeouts
    QTimer m_reconnectTimer; // backoff
    QElapsedTimer m_clock;
    QList<std::function<void()>> m_deliveries;
    bool m_deliveryPosted = false;
};
