// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/routerconnection.h"

#include "core/log/logcategories.h"

#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
constexpr qint64 AbandonedTagLifetimeMs = 120000;

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0, 'g', 3);
}
} // namespace

RouterConnection::RouterConnection(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_phaseTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting) {
            fail(ApiError(ApiError::Kind::Unreachable,
                          tr("router not reachable at %1: no answer within %2 s")
                              .arg(m_settings.address(), seconds(m_settings.connectTimeout))));
        } else if (m_state == State::LoggingIn) {
            fail(ApiError(ApiError::Kind::Timeout,
                          tr("router at %1 accepted the connection but did not answer the login within %2 s")
                              .arg(m_settings.address(), seconds(m_settings.loginTimeout))));
        }
    });
    m_deadlineTimer.setInterval(100);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &RouterConnection::checkDeadlines);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RouterConnection::connectNow);
}

RouterConnection::~RouterConnection()
{
    if (m_socket != nullptr) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
        m_socket = nullptr;
    }
}

void RouterConnection::setSettings(const ConnectionSettings& settings)
{
    m_settings = settings;
}

void RouterConnection::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, max);
    m_nextDelay = first;
}

void RouterConnection::open()
{
    m_userClosed = false;
    if (m_state == State::Connecting || m_state == State::LoggingIn || m_state == State::Ready) {
        return;
    }
    m_nextDelay = m_firstDelay;
    connectNow();
}

void RouterConnection::close()
{
    m_userClosed = true;
    m_reconnectTimer.stop();
    dropSocket();
    failAll(ApiError(ApiError::Kind::NotConnected, tr("the connection to the router was closed")));
    setState(State::Disconnected);
}

void RouterConnection::connectNow()
{
    dropSocket();
    m_legacyLogin = false;
    m_abandoned.clear();
    if (m_settings.host.trimmed().isEmpty()) {
        fail(ApiError(ApiError::Kind::Unreachable, tr("no router address is set")));
        return;
    }
    setState(State::Connecting);
    m_phaseTimer.start(m_settings.connectTimeout);
    if (m_settings.tls) {
        auto* socket = new QSslSocket(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        if (m_settings.certificatePolicy == ConnectionSettings::CertificatePolicy::AcceptRouter) {
            // A router without a certificate offers only anonymous Diffie-Hellman; OpenSSL 3 needs
            // security level 0 for that. Certificates are then checked against the pin, if any.
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            configuration.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT:ADH:@SECLEVEL=0"));
        }
        socket->setSslConfiguration(configuration);
        connect(socket, &QSslSocket::encrypted, this, &RouterConnection::onConnected);
        connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
            QStringList texts;
            for (const QSslError& error : errors) {
                texts.append(error.errorString());
            }
            qCWarning(lcRouterOs) << "TLS errors from" << m_settings.address() << texts;
            if (m_settings.certificatePolicy == ConnectionSettings::CertificatePolicy::AcceptRouter) {
                socket->ignoreSslErrors();
            } else {
                m_lastError = ApiError(ApiError::Kind::Tls,
                                       tr("the router's certificate was refused: %1").arg(texts.join(u"; "_s)));
            }
        });
        m_socket = socket;
        connect(m_socket, &QTcpSocket::readyRead, this, &RouterConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &RouterConnection::onSocketError);
        connect(m_socket, &QTcpSocket::disconnected, this, &RouterConnection::onDisconnected);
        socket->connectToHostEncrypted(m_settings.host, m_settings.effectivePort());
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &RouterConnection::onConnected);
        connect(m_socket, &QTcpSocket::readyRead, this, &RouterConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &RouterConnection::onSocketError);
        connect(m_socket, &QTcpSocket::disconnected, this, &RouterConnection::onDisconnected);
        m_socket->connectToHost(m_settings.host, m_settings.effectivePort());
    }
}

void RouterConnection::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    qCDebug(lcRouterOs) << "state" << state << m_settings.address();
    Q_EMIT stateChanged(state);
}

void RouterConnection::onConnected()
{
    if (m_settings.tls && !m_settings.pinnedSha256.isEmpty()) {
        auto* socket = qobject_cast<QSslSocket*>(m_socket);
        const QByteArray digest = socket->peerCertificate().digest(QCryptographicHash::Sha256);
        if (digest != m_settings.pinnedSha256) {
            fail(ApiError(ApiError::Kind::Tls,
                          tr("the router's certificate does not match the pinned fingerprint (got %1)")
                              .arg(QString::fromLatin1(digest.toHex(':')))));
            return;
        }
    }
    setState(State::LoggingIn);
    m_phaseTimer.start(m_settings.loginTimeout);
    startLogin();
}

void RouterConnection::startLogin()
{
    // The current method; a router older than 6.43 answers it with a challenge in =ret=.
    ApiCommand login(u"/login"_s);
    login.set(u"name"_s, m_settings.user).set(u"password"_s, m_settings.password);
    m_loginTag = "login" + QByteArray::number(m_nextTag++);
    Pending pending;
    pending.command = login;
    pending.handler = [this](const ApiResult& result) { onLoginReply(result); };
    pending.deadline = now() + m_settings.loginTimeout.count();
    pending.timeoutMs = m_settings.loginTimeout.count();
    auto it = m_pending.insert(m_loginTag, pending);
    writeCommand(m_loginTag, *it);
}

void RouterConnection::sendLogin(const QString& challenge)
{
    m_legacyLogin = true;
    const QByteArray challengeBytes = QByteArray::fromHex(challenge.toLatin1());
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(QByteArrayView("\0", 1));
    md5.addData(m_settings.password.toUtf8());
    md5.addData(challengeBytes);
    const QString response = u"00"_s + QString::fromLatin1(md5.result().toHex());
    ApiCommand login(u"/login"_s);
    login.set(u"name"_s, m_settings.user).set(u"response"_s, response);
    m_loginTag = "login" + QByteArray::number(m_nextTag++);
    Pending pending;
    pending.command = login;
    pending.handler = [this](const ApiResult& result) { onLoginReply(result); };
    pending.deadline = now() + m_settings.loginTimeout.count();
    pending.timeoutMs = m_settings.loginTimeout.count();
    auto it = m_pending.insert(m_loginTag, pending);
    writeCommand(m_loginTag, *it);
}

void RouterConnection::onLoginReply(const ApiResult& result)
{
    if (m_state != State::LoggingIn) {
        return;
    }
    if (!result.ok()) {
        if (result.error.kind() == ApiError::Kind::Trap) {
            fail(ApiError(ApiError::Kind::LoginRefused,
                          tr("wrong user name or password for %1 (router said: %2)")
                              .arg(m_settings.address(), result.error.message())));
        } else {
            fail(result.error);
        }
        return;
    }
    const QString challenge = result.ret();
    if (!challenge.isEmpty() && !m_legacyLogin) {
        sendLogin(challenge);
        return;
    }
    m_phaseTimer.stop();
    m_nextDelay = m_firstDelay;
    m_lastError = ApiError();
    setState(State::Ready);
    const QList<QByteArray> waiting = std::exchange(m_waiting, {});
    for (const QByteArray& tag : waiting) {
        auto it = m_pending.find(tag);
        if (it != m_pending.end()) {
            writeCommand(tag, *it);
        }
    }
    deliver([this] {
        if (m_state == State::Ready) {
            Q_EMIT ready();
        }
    });
}

QByteArray RouterConnection::send(const ApiCommand& command, QObject* context, ResultHandler handler)
{
    return send(command, context, std::move(handler), m_settings.commandTimeout);
}

QByteArray RouterConnection::send(const ApiCommand& command,
                                  QObject* context,
                                  ResultHandler handler,
                                  std::chrono::milliseconds timeout)
{
    const QByteArray tag = QByteArray::number(m_nextTag++);
    Pending pending;
    pending.command = command;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.handler = std::move(handler);
    pending.timeoutMs = timeout.count();
    pending.deadline = now() + timeout.count();
    auto it = m_pending.insert(tag, std::move(pending));
    switch (m_state) {
    case State::Ready:
        writeCommand(tag, *it);
        break;
    case State::Connecting:
    case State::LoggingIn:
        m_waiting.append(tag);
        break;
    case State::Disconnected:
    case State::Failed:
        failLater(tag,
                  m_lastError.isError() ? m_lastError
                                        : ApiError(ApiError::Kind::NotConnected, tr("not connected to the router")));
        break;
    }
    if (!m_deadlineTimer.isActive()) {
        m_deadlineTimer.start();
    }
    return tag;
}

void RouterConnection::failLater(const QByteArray& tag, const ApiError& error)
{
    // Handlers never run inside send(): complete() delivers through the event queue.
    ApiResult result;
    result.error = error;
    complete(tag, std::move(result));
}

void RouterConnection::cancel(const QByteArray& tag)
{
    auto it = m_pending.find(tag);
    if (it == m_pending.end()) {
        return;
    }
    if (it->sent && m_state == State::Ready) {
        ApiCommand cancel(u"/cancel"_s);
        cancel.set(u"tag"_s, QString::fromLatin1(tag));
        const QByteArray cancelTag = "c" + QByteArray::number(m_nextTag++);
        m_socket->write(cancel.encode(cancelTag));
        m_abandoned.insert(tag, now() + AbandonedTagLifetimeMs);
        m_abandoned.insert(cancelTag, now() + AbandonedTagLifetimeMs);
    }
    m_waiting.removeAll(tag);
    ApiResult result;
    result.error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
    complete(tag, std::move(result));
}

void RouterConnection::writeCommand(const QByteArray& tag, Pending& pending)
{
    pending.sent = true;
    m_socket->write(pending.command.encode(tag));
}

void RouterConnection::onReadyRead()
{
    QPointer<RouterConnection> self(this);
    QTcpSocket* socket = m_socket;
    m_decoder.feed(socket->readAll());
    ApiSentence sentence;
    while (m_decoder.next(&sentence)) {
        handleSentence(sentence);
        if (self.isNull() || m_socket != socket) {
            return;
        }
    }
    if (m_decoder.hasError()) {
        fail(ApiError(ApiError::Kind::Protocol,
                      tr("the device at %1 does not speak the RouterOS API (%2)")
                          .arg(m_settings.address(), m_decoder.errorString())));
    }
}

void RouterConnection::handleSentence(const ApiSentence& sentence)
{
    const QByteArrayView type = sentence.command();
    if (type == "!fatal") {
        const QString reason = sentence.size() > 1 ? QString::fromUtf8(sentence.word(1)) : tr("no reason given");
        if (m_state == State::LoggingIn) {
            fail(ApiError(ApiError::Kind::LoginRefused,
                          tr("the router at %1 refused the login: %2").arg(m_settings.address(), reason)));
        } else {
            fail(ApiError(ApiError::Kind::Fatal, tr("the router closed the session: %1").arg(reason)));
        }
        return;
    }
    const QByteArrayView tagView = sentence.tag();
    if (tagView.isNull()) {
        qCDebug(lcRouterOs) << "reply without a tag ignored:" << type;
        return;
    }
    const QByteArray tag = tagView.toByteArray();
    auto it = m_pending.find(tag);
    if (it == m_pending.end()) {
        if (type == "!done") {
            m_abandoned.remove(tag);
        }
        return;
    }
    if (type == "!re") {
        it->rows.append(ApiRecord(sentence));
    } else if (type == "!trap") {
        const ApiRecord trap(sentence);
        const std::optional<quint64> category = trap.number("category");
        it->trap = ApiError(ApiError::Kind::Trap, trap.value("message", tr("the router refused the command")),
                            category ? int(*category) : -1);
    } else if (type == "!done") {
        ApiResult result;
        result.rows = std::move(it->rows);
        result.done = ApiRecord(sentence);
        result.error = it->trap;
        complete(tag, std::move(result));
    }
    // "!empty" (RouterOS 7.18+) and reply words added later carry nothing we need.
}

void RouterConnection::complete(const QByteArray& tag, ApiResult result)
{
    auto it = m_pending.find(tag);
    if (it == m_pending.end()) {
        return;
    }
    auto pending = std::make_shared<Pending>(std::move(*it));
    m_pending.erase(it);
    if (m_pending.isEmpty()) {
        m_deadlineTimer.stop();
    }
    deliver([pending, result = std::move(result)] {
        if (pending->hasContext && pending->context.isNull()) {
            return;
        }
        if (pending->handler) {
            pending->handler(result);
        }
    });
}

void RouterConnection::deliver(std::function<void()> work)
{
    m_deliveries.append(std::move(work));
    if (!m_deliveryPosted) {
        m_deliveryPosted = true;
        QMetaObject::invokeMethod(this, &RouterConnection::runDeliveries, Qt::QueuedConnection);
    }
}

void RouterConnection::runDeliveries()
{
    m_deliveryPosted = false;
    QPointer<RouterConnection> self(this);
    // One at a time from the front: a handler that runs an event loop lets later ones run inside
    // it, still in order.
    while (!self.isNull() && !m_deliveries.isEmpty()) {
        const std::function<void()> work = m_deliveries.takeFirst();
        work();
    }
}

void RouterConnection::fail(const ApiError& error)
{
    qCInfo(lcRouterOs) << "connection failed:" << error.message();
    m_lastError = error;
    dropSocket();
    setState(State::Failed);
    failAll(error);
    deliver([this, error] { Q_EMIT failed(error); });
    scheduleReconnect();
}

void RouterConnection::failAll(const ApiError& error)
{
    m_waiting.clear();
    const QList<QByteArray> tags = m_pending.keys();
    for (const QByteArray& tag : tags) {
        ApiResult result;
        result.error = error;
        complete(tag, std::move(result));
    }
}

void RouterConnection::checkDeadlines()
{
    const qint64 current = now();
    for (auto it = m_abandoned.begin(); it != m_abandoned.end();) {
        it = it.value() < current ? m_abandoned.erase(it) : std::next(it);
    }
    QList<QByteArray> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline <= current && it.key() != m_loginTag) {
            expired.append(it.key());
        }
    }
    std::optional<ApiError> stopped;
    for (const QByteArray& tag : expired) {
        auto it = m_pending.find(tag);
        if (it == m_pending.end()) {
            continue;
        }
        const ApiError timeout(ApiError::Kind::Timeout,
                               tr("the router did not answer %1 within %2 s")
                                   .arg(it->command.describe(), seconds(std::chrono::milliseconds(it->timeoutMs))));
        const bool wasSent = it->sent;
        m_waiting.removeAll(tag);
        ApiResult result;
        result.error = timeout;
        complete(tag, std::move(result));
        if (wasSent && m_state == State::Ready && !stopped) {
            stopped = timeout;
        }
    }
    if (stopped) {
        // A router that sat on a command will not answer the next one on this connection either
        // (a hung API session, a half-open link): start afresh instead of polling a dead socket.
        fail(ApiError(ApiError::Kind::Timeout,
                      tr("%1; reconnecting to %2").arg(stopped->message(), m_settings.address())));
    }
}

void RouterConnection::onSocketError()
{
    if (m_socket == nullptr) {
        return;
    }
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString reason = m_socket->errorString();
    if (m_state == State::Connecting) {
        if (code == QAbstractSocket::SslHandshakeFailedError || code == QAbstractSocket::SslInternalError
            || code == QAbstractSocket::SslInvalidUserDataError) {
            fail(m_lastError.kind() == ApiError::Kind::Tls
                     ? m_lastError
                     : ApiError(ApiError::Kind::Tls,
                                tr("TLS with the router at %1 failed: %2").arg(m_settings.address(), reason)));
        } else {
            fail(ApiError(ApiError::Kind::Unreachable,
                          tr("router not reachable at %1 (%2)").arg(m_settings.address(), reason)));
        }
        return;
    }
    if (code == QAbstractSocket::RemoteHostClosedError) {
        fail(ApiError(ApiError::Kind::ConnectionLost, tr("connection lost: the router closed the connection")));
    } else {
        fail(ApiError(ApiError::Kind::ConnectionLost, tr("connection lost (%1)").arg(reason)));
    }
}

void RouterConnection::onDisconnected()
{
    if (m_state == State::LoggingIn || m_state == State::Ready) {
        fail(ApiError(ApiError::Kind::ConnectionLost, tr("connection lost: the router closed the connection")));
    }
}

void RouterConnection::scheduleReconnect()
{
    if (!m_autoReconnect || m_userClosed) {
        return;
    }
    // A refused login does not fix itself, and every attempt is a failed login on the router (and
    // may lock the user out): wait for new settings or an explicit retry.
    if (m_lastError.kind() == ApiError::Kind::LoginRefused) {
        qCDebug(lcRouterOs) << "login refused: not retrying by itself";
        return;
    }
    const auto delay = m_nextDelay;
    m_nextDelay = std::min(m_nextDelay * 2, m_maxDelay);
    qCDebug(lcRouterOs) << "reconnecting in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
}

void RouterConnection::retryNow()
{
    m_userClosed = false;
    m_reconnectTimer.stop();
    m_nextDelay = m_firstDelay;
    if (m_state == State::Connecting || m_state == State::LoggingIn || m_state == State::Ready) {
        return;
    }
    connectNow();
}

qint64 RouterConnection::msUntilReconnect() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

void RouterConnection::dropSocket()
{
    m_phaseTimer.stop();
    if (m_socket != nullptr) {
        QTcpSocket* socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_decoder.reset();
}

qint64 RouterConnection::now() const
{
    return m_clock.elapsed();
}
