// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sim/routersimulator.h"

#include "core/log/logcategories.h"
#include "core/routeros/apidecoder.h"
#include "core/routeros/apiencoder.h"
#include "core/routeros/routerduration.h"
#include "core/traffic/datasize.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

struct RouterSimulator::Client
{
    QTcpSocket* socket = nullptr;
    ApiDecoder decoder;
    bool loggedIn = false;
    bool hung = false; // reads and never answers (a hung API session)
    QByteArray challenge;
};

namespace
{
QByteArray number(double value)
{
    return QByteArray::number(quint64(std::max(0.0, value)));
}

QByteArray pair(double up, double down)
{
    return number(up) + '/' + number(down);
}

QByteArray boolText(bool value)
{
    return value ? "true" : "false";
}

// RouterOS rate text: "512k", "1M", "1.5M", "2000000", "0". Returns false when malformed.
bool parseRate(QByteArrayView text, quint64* bits)
{
    if (text.isEmpty()) {
        return false;
    }
    double multiplier = 1;
    QByteArrayView digits = text;
    switch (text.back()) {
    case 'k':
    case 'K':
        multiplier = 1e3;
        digits.chop(1);
        break;
    case 'M':
        multiplier = 1e6;
        digits.chop(1);
        break;
    case 'G':
        multiplier = 1e9;
        digits.chop(1);
        break;
    default:
        break;
    }
    bool ok = false;
    const double value = QByteArray(digits.data(), digits.size()).toDouble(&ok);
    if (!ok || value < 0 || digits.isEmpty() || !std::isfinite(value)) {
        return false;
    }
    *bits = quint64(value * multiplier);
    return true;
}

bool parseRatePair(QByteArrayView text, quint64* up, quint64* down)
{
    const qsizetype slash = text.indexOf('/');
    if (slash < 0) {
        return parseRate(text, up) && parseRate(text, down);
    }
    return parseRate(text.first(slash), up) && parseRate(text.sliced(slash + 1), down);
}

QByteArrayView fieldValue(const QList<std::pair<QByteArrayView, QByteArray>>& fields, QByteArrayView key, bool* found)
{
    for (const auto& [name, value] : fields) {
        if (name == key) {
            *found = true;
            return value;
        }
    }
    *found = false;
    return {};
}

// RouterOS query words: ?name=value, ?name, ?-name, ?<name=value, ?>name=value and ?#operations,
// evaluated on a stack; whatever is left on the stack must all be true.
bool matches(const QList<std::pair<QByteArrayView, QByteArray>>& fields, const QList<QByteArray>& queries)
{
    QList<bool> stack;
    for (const QByteArray& query : queries) {
        if (query.startsWith('#')) {
            for (qsizetype i = 1; i < query.size(); ++i) {
                const char op = query.at(i);
                if (op == '|' || op == '&') {
                    if (stack.size() < 2) {
                        return false;
                    }
                    const bool b = stack.takeLast();
                    const bool a = stack.takeLast();
                    stack.append(op == '|' ? (a || b) : (a && b));
                } else if (op == '!') {
                    if (!stack.isEmpty()) {
                        stack.last() = !stack.last();
                    }
                } else if (op == '.') {
                    if (!stack.isEmpty()) {
                        stack.append(stack.last());
                    }
                } else if (op >= '0' && op <= '9') {
                    const int index = op - '0';
                    stack.append(index < stack.size() ? stack.at(index) : false);
                }
            }
            continue;
        }
        bool found = false;
        if (query.startsWith('-')) {
            fieldValue(fields, QByteArrayView(query).sliced(1), &found);
            stack.append(!found);
        } else if (query.startsWith('<') || query.startsWith('>')) {
            const qsizetype equals = query.indexOf('=');
            if (equals < 0) {
                stack.append(false);
                continue;
            }
            const QByteArrayView value = fieldValue(fields, QByteArrayView(query).sliced(1, equals - 1), &found);
            const QByteArray wanted = query.mid(equals + 1);
            bool numeric1 = false;
            bool numeric2 = false;
            const double a = QByteArray(value.data(), value.size()).toDouble(&numeric1);
            const double b = wanted.toDouble(&numeric2);
            int order = numeric1 && numeric2 ? (a < b ? -1 : (a > b ? 1 : 0)) : QByteArrayView(value).compare(wanted);
            stack.append(found && (query.startsWith('<') ? order < 0 : order > 0));
        } else {
            const qsizetype equals = query.indexOf('=');
            if (equals < 0) {
                fieldValue(fields, query, &found);
                stack.append(found);
            } else {
                const QByteArrayView value = fieldValue(fields, QByteArrayView(query).first(equals), &found);
                stack.append(found && value == QByteArrayView(query).sliced(equals + 1));
            }
        }
    }
    for (bool value : stack) {
        if (!value) {
            return false;
        }
    }
    return true;
}

// The addresses a queue's target names: "10.5.50.2/32,10.5.50.3" -> 10.5.50.2, 10.5.50.3.
QStringList targetAddresses(const QString& target)
{
    QStringList addresses;
    for (const QString& part : target.split(u',', Qt::SkipEmptyParts)) {
        addresses.append(part.section(u'/', 0, 0).trimmed());
    }
    return addresses;
}

QList<QByteArray> splitIds(const QByteArray& text)
{
    QList<QByteArray> ids = text.split(',');
    for (QByteArray& id : ids) {
        id = id.trimmed();
    }
    ids.removeAll(QByteArray());
    return ids;
}
} // namespace

RouterSimulator::RouterSimulator(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_profiles.append({nextId(), u"default"_s, 1, {}});
    m_filters.append({nextId(), u"forward"_s, u"accept"_s, u"defconf: accept established,related"_s, false});
    m_filters.append({nextId(), u"forward"_s, u"fasttrack-connection"_s, u"defconf: fasttrack"_s, true});
}

RouterSimulator::~RouterSimulator()
{
    close();
}

bool RouterSimulator::listen(const QHostAddress& address, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &RouterSimulator::onNewConnection);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

quint16 RouterSimulator::port() const
{
    return m_server != nullptr ? m_server->serverPort() : 0;
}

void RouterSimulator::close()
{
    disconnectAll();
    delete m_server;
    m_server = nullptr;
}

void RouterSimulator::setCredentials(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

void RouterSimulator::hangConnections()
{
    for (Client* client : std::as_const(m_clients)) {
        client->hung = true;
    }
}

int RouterSimulator::connectionCount() const
{
    return int(m_clients.size());
}

void RouterSimulator::setManualClock(bool manual)
{
    advance();
    m_manualMs = nowMs();
    m_manualClock = manual;
}

void RouterSimulator::advanceClock(qint64 milliseconds)
{
    m_manualMs += milliseconds;
    advance();
}

qint64 RouterSimulator::nowMs() const
{
    return m_manualClock ? m_manualMs : m_clock.elapsed();
}

QString RouterSimulator::nextId()
{
    return u"*"_s + QString::number(m_nextId++, 16).toUpper();
}

void RouterSimulator::populate(int users, quint32 seed)
{
    advance();
    QRandomGenerator random(seed);
    static constexpr char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < users; ++i) {
        QString code;
        for (int c = 0; c < 6; ++c) {
            code += QLatin1Char(alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
        }
        QString mac;
        for (int b = 0; b < 6; ++b) {
            // Locally administered unicast, like a phone's randomised address.
            const int byte = b == 0 ? ((random.bounded(64) << 2) | 0x02) : random.bounded(256);
            mac += (b > 0 ? u":"_s : QString()) + QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
        }
        const QString address = u"10.5.%1.%2"_s.arg(50 + i / 250).arg(i % 250 + 2);
        addUser(code, QString());
        const double down = 256e3 + random.bounded(8000) * 1e3; // 0.25 .. 8 Mbit/s
        const double up = down / (2 + random.bounded(4));
        appendSession(code, mac, address, up, down);
        // Let counters start at plausible values.
        Session& session = m_sessions.last();
        const double minutes = 1 + random.bounded(90);
        session.loginAtMs = nowMs() - qint64(minutes * 60000);
        session.bytesIn = up / 8 * minutes * 60 * 0.3;
        session.bytesOut = down / 8 * minutes * 60 * 0.3;
    }
}

QString RouterSimulator::addSession(
    const QString& user, const QString& macAddress, const QString& address, double demandUpBps, double demandDownBps)
{
    advance();
    return appendSession(user, macAddress, address, demandUpBps, demandDownBps);
}

QString RouterSimulator::appendSession(
    const QString& user, const QString& macAddress, const QString& address, double demandUpBps, double demandDownBps)
{
    Session session;
    session.id = nextId();
    session.user = user;
    session.macAddress = macAddress.toUpper();
    session.address = address;
    session.loginAtMs = nowMs();
    session.demandUp = demandUpBps;
    session.demandDown = demandDownBps;
    session.phase = double(m_sessions.size() % 17) * 0.37;
    m_sessions.append(session);
    sessionsChanged();
    return session.id;
}

bool RouterSimulator::logout(const QString& macAddress)
{
    advance();
    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].macAddress.compare(macAddress, Qt::CaseInsensitive) == 0) {
            endSession(i);
            return true;
        }
    }
    return false;
}

void RouterSimulator::setSessionAddress(const QString& macAddress, const QString& address)
{
    for (Session& session : m_sessions) {
        if (session.macAddress.compare(macAddress, Qt::CaseInsensitive) == 0) {
            session.address = address;
        }
    }
    sessionsChanged();
}

void RouterSimulator::addHost(const QString& macAddress, const QString& address)
{
    m_hosts.append({nextId(), macAddress.toUpper(), address, u"hotspot1"_s, false});
}

QString RouterSimulator::addUser(const QString& name, const QString& password, const QString& profile)
{
    User user;
    user.id = nextId();
    user.name = name;
    user.password = password;
    user.profile = profile;
    m_users.append(user);
    usersChanged();
    return user.id;
}

QString RouterSimulator::addQueue(const QString& name, const QString& target, quint64 maxUp, quint64 maxDown)
{
    Queue queue;
    queue.id = nextId();
    queue.name = name;
    queue.target = target;
    queue.maxUp = maxUp;
    queue.maxDown = maxDown;
    m_queues.append(queue);
    queueInserted(m_queues.size() - 1);
    return queue.id;
}

bool RouterSimulator::removeQueueByName(const QString& name)
{
    for (qsizetype i = 0; i < m_queues.size(); ++i) {
        if (m_queues[i].name == name) {
            const Queue removed = m_queues.takeAt(i);
            queueRemoved(i, removed);
            return true;
        }
    }
    return false;
}

void RouterSimulator::clearQueues()
{
    m_queues.clear();
    queuesChanged();
}

void RouterSimulator::setFastTrack(bool enabled)
{
    for (FilterRule& rule : m_filters) {
        if (rule.action == u"fasttrack-connection"_s) {
            rule.disabled = !enabled;
        }
    }
}

bool RouterSimulator::fastTrack() const
{
    return std::any_of(m_filters.cbegin(), m_filters.cend(), [](const FilterRule& rule) {
        return rule.action == u"fasttrack-connection"_s && !rule.disabled;
    });
}

void RouterSimulator::setProfileRateLimit(const QString& profile, const QString& rateLimit)
{
    for (Profile& p : m_profiles) {
        if (p.name == profile) {
            p.rateLimit = rateLimit;
            return;
        }
    }
    m_profiles.append({nextId(), profile, 1, rateLimit});
}

QList<RouterSimulator::Session> RouterSimulator::sessions()
{
    advance();
    return m_sessions;
}

QList<RouterSimulator::Queue> RouterSimulator::queues()
{
    advance();
    return m_queues;
}

void RouterSimulator::dropConnectionsAfterReplies(int replies)
{
    m_dropAfterReplies = replies;
}

void RouterSimulator::disconnectAll()
{
    const QList<Client*> clients = m_clients;
    for (Client* client : clients) {
        dropClient(client);
    }
}

void RouterSimulator::reboot()
{
    disconnectAll();
    advance();
    m_bootMs = nowMs();
    for (Session& session : m_sessions) {
        session.loginAtMs = nowMs();
        session.bytesIn = session.bytesOut = 0;
    }
    for (Queue& queue : m_queues) {
        queue.bytesUp = queue.bytesDown = 0;
    }
}

void RouterSimulator::endSession(qsizetype index)
{
    const Session session = m_sessions.takeAt(index);
    sessionsChanged();
    for (User& user : m_users) {
        if (user.name == session.user) {
            user.usedSeconds += (nowMs() - session.loginAtMs) / 1000;
            user.bytesIn += session.bytesIn;
            user.bytesOut += session.bytesOut;
        }
    }
}

const QHash<QString, qsizetype>& RouterSimulator::usersWithLimits()
{
    if (m_limitedUsersDirty) {
        m_limitedUsers.clear();
        for (qsizetype i = 0; i < m_users.size(); ++i) {
            const User& user = m_users.at(i);
            if ((user.limitUptimeSeconds >= 0 || user.limitBytesTotal > 0) && !m_limitedUsers.contains(user.name)) {
                m_limitedUsers.insert(user.name, i);
            }
        }
        m_limitedUsersDirty = false;
    }
    return m_limitedUsers;
}

const QHash<QString, qsizetype>& RouterSimulator::queueIndex()
{
    if (m_queueIndexDirty) {
        m_sessionAddresses.clear();
        for (const Session& session : std::as_const(m_sessions)) {
            m_sessionAddresses.insert(session.address);
        }
        m_queueByAddress.clear();
        for (qsizetype i = 0; i < m_queues.size() && m_queueByAddress.size() < m_sessionAddresses.size(); ++i) {
            const Queue& queue = m_queues.at(i);
            if (queue.disabled) {
                continue;
            }
            for (const QString& address : targetAddresses(queue.target)) {
                if (m_sessionAddresses.contains(address) && !m_queueByAddress.contains(address)) {
                    m_queueByAddress.insert(address, i);
                }
            }
        }
        m_queueIndexDirty = false;
    }
    return m_queueByAddress;
}

void RouterSimulator::queueInserted(qsizetype position)
{
    const Queue& queue = m_queues.at(position);
    if (m_queueIndexDirty || queue.disabled) {
        return;
    }
    const QStringList addresses = targetAddresses(queue.target);
    const bool shapesSession = std::any_of(addresses.cbegin(), addresses.cend(), [this](const QString& address) {
        return m_sessionAddresses.contains(address);
    });
    if (shapesSession || position != m_queues.size() - 1) {
        // It may come before the queue that shaped an address so far, or shift positions: start over.
        queuesChanged();
    }
}

void RouterSimulator::queueRemoved(qsizetype position, const Queue& removed)
{
    if (m_queueIndexDirty) {
        return;
    }
    for (const QString& address : targetAddresses(removed.target)) {
        if (m_queueByAddress.value(address, -1) == position) {
            queuesChanged(); // another queue may shape that address now
            return;
        }
    }
    for (qsizetype& index : m_queueByAddress) {
        if (index > position) {
            --index;
        }
    }
}

void RouterSimulator::advance()
{
    const qint64 now = nowMs();
    const double seconds = double(now - m_lastAdvanceMs) / 1000.0;
    m_lastAdvanceMs = now;

    // Only queues that shape a session have a rate; the index says which they are.
    if (m_queueIndexDirty) {
        for (Queue& queue : m_queues) {
            queue.rateUp = queue.rateDown = 0;
        }
    } else {
        for (const qsizetype index : std::as_const(m_queueByAddress)) {
            m_queues[index].rateUp = m_queues[index].rateDown = 0;
        }
    }
    const QHash<QString, qsizetype> queueByAddress = queueIndex();
    const QHash<QString, qsizetype> limitedUsers = usersWithLimits();
    for (qsizetype i = m_sessions.size() - 1; i >= 0; --i) {
        Session& session = m_sessions[i];
        const double wave = 0.55 + 0.45 * std::sin(double(now) / 23000.0 + session.phase);
        double up = session.demandUp * wave;
        double down = session.demandDown * wave;
        const auto found = queueByAddress.constFind(session.address);
        Queue* queue = found != queueByAddress.cend() ? &m_queues[*found] : nullptr;
        if (queue != nullptr) {
            if (queue->maxUp > 0) {
                up = std::min(up, double(queue->maxUp));
            }
            if (queue->maxDown > 0) {
                down = std::min(down, double(queue->maxDown));
            }
        }
        session.rateUp = up;
        session.rateDown = down;
        if (seconds > 0) {
            session.bytesIn += up / 8 * seconds;
            session.bytesOut += down / 8 * seconds;
            if (queue != nullptr) {
                queue->bytesUp += up / 8 * seconds;
                queue->bytesDown += down / 8 * seconds;
            }
        }
        if (queue != nullptr) {
            queue->rateUp += up;
            queue->rateDown += down;
        }
        const auto limited = limitedUsers.constFind(session.user);
        if (limited == limitedUsers.cend()) {
            continue;
        }
        const User& user = m_users.at(*limited);
        bool spent = user.limitUptimeSeconds >= 0
            && user.usedSeconds + (now - session.loginAtMs) / 1000 >= user.limitUptimeSeconds;
        if (user.limitBytesTotal > 0) {
            // limit-bytes-total: the router stops the session at the cap, not a byte later.
            const double left = std::max(0.0, double(user.limitBytesTotal) - user.bytesIn - user.bytesOut);
            const double excess = session.bytesIn + session.bytesOut - left;
            if (excess >= 0) {
                const double fromDown = std::min(excess, session.bytesOut);
                session.bytesOut -= fromDown;
                session.bytesIn = std::max(0.0, session.bytesIn - (excess - fromDown));
                spent = true;
            }
        }
        if (spent) {
            endSession(i);
        }
    }
    if (m_churn && now - m_lastChurnMs > 20000 && !m_sessions.isEmpty()) {
        m_lastChurnMs = now;
        const Session leaving = m_sessions.at(m_random.bounded(int(m_sessions.size())));
        m_sessions.removeIf([&](const Session& s) { return s.id == leaving.id; });
        Session arriving = leaving;
        arriving.id = nextId();
        arriving.loginAtMs = now;
        arriving.bytesIn = arriving.bytesOut = 0;
        m_sessions.append(arriving);
        sessionsChanged();
    }
}

void RouterSimulator::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* client = new Client;
        client->socket = socket;
        // Replies are whole sentences written at once: send them now rather than wait for more.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_clients.append(client);
        connect(socket, &QTcpSocket::readyRead, this, [this, client] { onReadyRead(client); });
        connect(socket, &QTcpSocket::disconnected, this, [this, client] { dropClient(client); });
    }
}

void RouterSimulator::dropClient(Client* client)
{
    if (!m_clients.removeOne(client)) {
        return;
    }
    client->socket->disconnect(this);
    client->socket->abort();
    client->socket->deleteLater();
    delete client;
}

void RouterSimulator::onReadyRead(Client* client)
{
    client->decoder.feed(client->socket->readAll());
    ApiSentence sentence;
    while (client->decoder.next(&sentence)) {
        handle(client, sentence.words());
        if (!m_clients.contains(client)) {
            return;
        }
    }
    // Hand the replies to the kernel now instead of on the next turn of the event loop.
    client->socket->flush();
    if (client->decoder.hasError()) {
        qCDebug(lcSimulator) << "client sent garbage:" << client->decoder.errorString();
        dropClient(client);
    }
}

void RouterSimulator::write(Client* client, const QByteArray& bytes)
{
    if (m_dropAfterReplies >= 0) {
        if (m_dropAfterReplies == 0) {
            dropClient(client);
            return;
        }
        --m_dropAfterReplies;
    }
    if (m_replyDelayMs > 0) {
        QPointer<QTcpSocket> socket = client->socket;
        QTimer::singleShot(m_replyDelayMs, this, [socket, bytes] {
            if (!socket.isNull()) {
                socket->write(bytes);
            }
        });
        return;
    }
    client->socket->write(bytes);
}

void RouterSimulator::reply(Client* client, QList<QByteArray> words, const QByteArray& tag)
{
    if (!tag.isNull()) {
        words.append(".tag=" + tag);
    }
    write(client, ApiEncoder::sentence(words));
}

void RouterSimulator::trap(Client* client, const QString& message, const QByteArray& tag, int category)
{
    QList<QByteArray> words {"!trap"};
    if (category >= 0) {
        words.append("=category=" + QByteArray::number(category));
    }
    words.append("=message=" + message.toUtf8());
    reply(client, words, tag);
    if (m_clients.contains(client)) {
        done(client, tag);
    }
}

void RouterSimulator::done(Client* client, const QByteArray& tag, const QByteArray& ret)
{
    QList<QByteArray> words {"!done"};
    if (!ret.isNull()) {
        words.append("=ret=" + ret);
    }
    reply(client, words, tag);
}

void RouterSimulator::handle(Client* client, const QList<QByteArray>& words)
{
    ++m_commandCount;
    const QByteArray path = words.first();
    QHash<QByteArray, QByteArray> attributes;
    QList<QByteArray> queries;
    QByteArray tag;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray& word = words[i];
        if (word.startsWith('=')) {
            const qsizetype equals = word.indexOf('=', 1);
            if (equals < 0) {
                attributes.insert(word.mid(1), QByteArray(""));
            } else {
                attributes.insert(word.mid(1, equals - 1), word.mid(equals + 1));
            }
        } else if (word.startsWith('?')) {
            queries.append(word.mid(1));
        } else if (word.startsWith(".tag=")) {
            tag = word.mid(5);
        }
    }
    if (m_silent || client->hung) {
        return;
    }
    if (m_garbageNext) {
        m_garbageNext = false;
        client->socket->write(QByteArray("\xff\xfe<html>400 Bad Request</html>\r\n", 33));
        return;
    }
    if (!m_fatalNext.isEmpty()) {
        write(client, ApiEncoder::sentence({"!fatal", std::exchange(m_fatalNext, {}).toUtf8()}));
        client->socket->flush();
        dropClient(client);
        return;
    }
    if (path == "/login") {
        handleLogin(client, attributes, tag);
        return;
    }
    if (!client->loggedIn) {
        write(client, ApiEncoder::sentence({"!fatal", "not logged in"}));
        dropClient(client);
        return;
    }
    Q_EMIT commandHandled(QString::fromUtf8(path));
    if (path == "/quit") {
        write(client, ApiEncoder::sentence({"!fatal", "session terminated on request"}));
        dropClient(client);
        return;
    }
    if (path == "/cancel") {
        // Every command is answered at once here, so there is never anything left to interrupt.
        done(client, tag);
        return;
    }

    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray menu = path.left(slash);
    const QByteArray verb = path.mid(slash + 1);
    const bool isPrint = verb == "print" || verb == "getall";
    const QByteArray proplist = attributes.value(".proplist");
    const bool countOnly = attributes.contains("count-only");

    if (m_readOnly && !isPrint) {
        trap(client, u"not enough permissions (9)"_s, tag);
        return;
    }
    auto printRows = [&](const QList<Fields>& rows) { print(client, rows, queries, proplist, tag, countOnly); };
    QString error;
    QByteArray ret;
    if (menu == "/system/identity" && isPrint) {
        printRows(identityRows());
        return;
    }
    if (menu == "/system/resource" && isPrint) {
        printRows(resourceRows());
        return;
    }
    if (menu == "/ip/hotspot/active") {
        if (isPrint) {
            printRows(activeRows());
            return;
        }
        error = activeCommand(verb, attributes);
    } else if (menu == "/ip/hotspot/host" && isPrint) {
        printRows(hostRows());
        return;
    } else if (menu == "/ip/hotspot/user") {
        if (isPrint) {
            printRows(userRows());
            return;
        }
        error = userCommand(verb, attributes, &ret);
    } else if (menu == "/ip/hotspot/user/profile") {
        if (isPrint) {
            printRows(profileRows());
            return;
        }
        error = profileCommand(verb, attributes, &ret);
    } else if (menu == "/queue/simple") {
        if (isPrint) {
            printRows(queueRows());
            return;
        }
        error = queueCommand(verb, attributes, &ret);
    } else if (menu == "/ip/firewall/filter") {
        if (isPrint) {
            printRows(filterRows());
            return;
        }
        error = filterCommand(verb, attributes);
    } else {
        error = u"no such command prefix"_s;
    }
    if (!error.isEmpty()) {
        trap(client, error, tag);
        return;
    }
    ++m_changeCount;
    done(client, tag, ret);
}

void RouterSimulator::handleLogin(Client* client,
                                  const QHash<QByteArray, QByteArray>& attributes,
                                  const QByteArray& tag)
{
    const QString name = QString::fromUtf8(attributes.value("name"));
    if (attributes.contains("response")) {
        // Pre-6.43: response = "00" + hex(md5(0x00 + password + challenge)).
        QCryptographicHash md5(QCryptographicHash::Md5);
        md5.addData(QByteArrayView("\0", 1));
        md5.addData(m_password.toUtf8());
        md5.addData(client->challenge);
        const QByteArray expected = "00" + md5.result().toHex();
        if (!client->challenge.isEmpty() && name == m_user && attributes.value("response") == expected) {
            client->loggedIn = true;
            done(client, tag);
        } else {
            trap(client, u"cannot log in"_s, tag);
        }
        return;
    }
    const bool hasPassword = attributes.contains("password");
    if (m_loginMethod == LoginMethod::Challenge || (!hasPassword && name.isEmpty())) {
        client->challenge.resize(16);
        for (char& byte : client->challenge) {
            byte = char(QRandomGenerator::global()->bounded(256));
        }
        done(client, tag, client->challenge.toHex());
        return;
    }
    if (name == m_user && QString::fromUtf8(attributes.value("password")) == m_password) {
        client->loggedIn = true;
        done(client, tag);
    } else {
        trap(client, u"invalid user name or password (6)"_s, tag);
    }
}

void RouterSimulator::print(Client* client,
                            const QList<Fields>& rows,
                            const QList<QByteArray>& queries,
                            const QByteArray& proplist,
                            const QByteArray& tag,
                            bool countOnly)
{
    const QList<QByteArray> wanted = proplist.isEmpty() ? QList<QByteArray>() : proplist.split(',');
    const bool sentenceBySentence = m_dropAfterReplies >= 0 || m_replyDelayMs > 0;
    QByteArray out;
    QByteArray sentence;
    auto appendAttribute = [&sentence](QByteArrayView key, QByteArrayView value) {
        ApiEncoder::appendLength(&sentence, quint32(key.size() + value.size() + 2));
        sentence.append('=').append(key).append('=').append(value);
    };
    int count = 0;
    for (const Fields& row : rows) {
        if (!queries.isEmpty() && !matches(row, queries)) {
            continue;
        }
        ++count;
        if (countOnly) {
            continue;
        }
        sentence.clear();
        ApiEncoder::appendWord(&sentence, "!re");
        if (wanted.isEmpty()) {
            for (const auto& [key, value] : row) {
                appendAttribute(key, value);
            }
        } else {
            for (const QByteArray& key : wanted) {
                bool found = false;
                const QByteArrayView value = fieldValue(row, key, &found);
                if (found) {
                    appendAttribute(key, value);
                }
            }
        }
        if (!tag.isNull()) {
            ApiEncoder::appendWord(&sentence, QByteArray(".tag=" + tag));
        }
        sentence.append('\0');
        if (sentenceBySentence) {
            write(client, sentence);
            if (!m_clients.contains(client)) {
                return;
            }
        } else {
            out.append(sentence);
        }
    }
    if (!out.isEmpty()) {
        client->socket->write(out);
    }
    if (countOnly) {
        done(client, tag, QByteArray::number(count));
    } else {
        if (count == 0 && m_version.startsWith(u"7.18"_s)) {
            reply(client, {"!empty"}, tag);
        }
        if (m_clients.contains(client)) {
            done(client, tag);
        }
    }
}

QList<RouterSimulator::Fields> RouterSimulator::identityRows() const
{
    return {{{"name", m_identity.toUtf8()}}};
}

QList<RouterSimulator::Fields> RouterSimulator::resourceRows() const
{
    const qint64 uptime = (nowMs() - m_bootMs) / 1000 + 3 * 86400 + 4 * 3600;
    return {{{"uptime", RouterDuration::format(uptime).toUtf8()},
             {"version", m_version.toUtf8()},
             {"build-time", "2024-10-11 12:00:00"_ba},
             {"free-memory", "812646400"_ba},
             {"total-memory", "1073741824"_ba},
             {"cpu", "ARM64"_ba},
             {"cpu-count", "4"_ba},
             {"cpu-frequency", "1100"_ba},
             {"cpu-load", QByteArray::number(3 + m_sessions.size() % 20)},
             {"free-hdd-space", "94371840"_ba},
             {"total-hdd-space", "134217728"_ba},
             {"architecture-name", "arm64"_ba},
             {"board-name", "hAP ax2"_ba},
             {"platform", "MikroTik"_ba}}};
}

QList<RouterSimulator::Fields> RouterSimulator::activeRows()
{
    advance();
    QList<Fields> rows;
    rows.reserve(m_sessions.size());
    const qint64 now = nowMs();
    const QHash<QString, qsizetype> limitedUsers = usersWithLimits();
    for (const Session& session : std::as_const(m_sessions)) {
        const qint64 uptime = (now - session.loginAtMs) / 1000;
        Fields row {{".id", session.id.toUtf8()},
                    {"server", session.server.toUtf8()},
                    {"user", session.user.toUtf8()},
                    {"domain", ""_ba},
                    {"address", session.address.toUtf8()},
                    {"mac-address", session.macAddress.toUtf8()},
                    {"login-by", "http-chap"_ba},
                    {"uptime", RouterDuration::format(uptime).toUtf8()},
                    {"idle-time", "0s"_ba}};
        const auto limited = limitedUsers.constFind(session.user);
        const User* limitedUser = limited != limitedUsers.cend() ? &m_users.at(*limited) : nullptr;
        if (limitedUser != nullptr && limitedUser->limitUptimeSeconds >= 0) {
            const User& user = *limitedUser;
            const qint64 left = std::max<qint64>(0, user.limitUptimeSeconds - user.usedSeconds - uptime);
            row.append({"session-time-left", RouterDuration::format(left).toUtf8()});
        }
        if (limitedUser != nullptr && limitedUser->limitBytesTotal > 0) {
            // As RouterOS shows it: the user's limit less what earlier sessions used.
            const User& user = *limitedUser;
            row.append({"limit-bytes-total", number(double(user.limitBytesTotal) - user.bytesIn - user.bytesOut)});
        }
        row.append({"bytes-in", number(session.bytesIn)});
        row.append({"bytes-out", number(session.bytesOut)});
        row.append({"packets-in", number(session.bytesIn / 900)});
        row.append({"packets-out", number(session.bytesOut / 1200)});
        row.append({"radius", "false"_ba});
        row.append({"blocked", "false"_ba});
        rows.append(row);
    }
    return rows;
}

QList<RouterSimulator::Fields> RouterSimulator::queueRows()
{
    advance();
    QList<Fields> rows;
    rows.reserve(m_queues.size());
    for (const Queue& queue : std::as_const(m_queues)) {
        Fields row {{".id", queue.id.toUtf8()},
                    {"name", queue.name.toUtf8()},
                    {"target", queue.target.toUtf8()},
                    {"parent", "none"_ba},
                    {"packet-marks", ""_ba},
                    {"priority", "8/8"_ba},
                    {"queue", "default-small/default-small"_ba},
                    {"limit-at", "0/0"_ba},
                    {"max-limit", pair(double(queue.maxUp), double(queue.maxDown))},
                    {"burst-limit", "0/0"_ba},
                    {"burst-threshold", "0/0"_ba},
                    {"burst-time", "0s/0s"_ba},
                    {"bucket-size", "0.1/0.1"_ba},
                    {"bytes", pair(queue.bytesUp, queue.bytesDown)},
                    {"packets", pair(queue.bytesUp / 900, queue.bytesDown / 1200)},
                    {"dropped", "0/0"_ba},
                    {"rate", pair(queue.rateUp, queue.rateDown)},
                    {"packet-rate", pair(queue.rateUp / 7200, queue.rateDown / 9600)},
                    {"queued-packets", "0/0"_ba},
                    {"queued-bytes", "0/0"_ba},
                    {"invalid", "false"_ba},
                    {"dynamic", boolText(queue.dynamic)},
                    {"disabled", boolText(queue.disabled)}};
        if (!queue.comment.isEmpty()) {
            row.append({"comment", queue.comment.toUtf8()});
        }
        rows.append(row);
    }
    return rows;
}

QList<RouterSimulator::Fields> RouterSimulator::userRows() const
{
    QList<Fields> rows;
    rows.reserve(m_users.size());
    for (const User& user : m_users) {
        Fields row {{".id", user.id.toUtf8()},
                    {"server", "all"_ba},
                    {"name", user.name.toUtf8()},
                    {"password", user.password.toUtf8()},
                    {"profile", user.profile.toUtf8()}};
        if (!user.limitUptime.isEmpty()) {
            row.append({"limit-uptime", user.limitUptime.toUtf8()});
        }
        if (user.limitBytesTotal > 0) {
            row.append({"limit-bytes-total", QByteArray::number(user.limitBytesTotal)});
        }
        if (!user.macAddress.isEmpty()) {
            row.append({"mac-address", user.macAddress.toUtf8()});
        }
        if (!user.comment.isEmpty()) {
            row.append({"comment", user.comment.toUtf8()});
        }
        row.append({"uptime", RouterDuration::format(user.usedSeconds).toUtf8()});
        row.append({"bytes-in", number(user.bytesIn)});
        row.append({"bytes-out", number(user.bytesOut)});
        row.append({"dynamic", "false"_ba});
        row.append({"disabled", boolText(user.disabled)});
        rows.append(row);
    }
    return rows;
}

QList<RouterSimulator::Fields> RouterSimulator::profileRows() const
{
    QList<Fields> rows;
    for (const Profile& profile : m_profiles) {
        Fields row {{".id", profile.id.toUtf8()},      {"name", profile.name.toUtf8()},
                    {"idle-timeout", "none"_ba},       {"keepalive-timeout", "2m"_ba},
                    {"status-autorefresh", "1m"_ba},   {"shared-users", QByteArray::number(profile.sharedUsers)},
                    {"add-mac-cookie", "true"_ba},     {"mac-cookie-timeout", "3d"_ba},
                    {"transparent-proxy", "false"_ba}, {"default", boolText(profile.name == u"default"_s)}};
        if (!profile.rateLimit.isEmpty()) {
            row.append({"rate-limit", profile.rateLimit.toUtf8()});
        }
        rows.append(row);
    }
    return rows;
}

QList<RouterSimulator::Fields> RouterSimulator::hostRows() const
{
    QList<Fields> rows;
    for (const Host& host : m_hosts) {
        rows.append({{".id", host.id.toUtf8()},
                     {"mac-address", host.macAddress.toUtf8()},
                     {"address", host.address.toUtf8()},
                     {"to-address", host.address.toUtf8()},
                     {"server", host.server.toUtf8()},
                     {"uptime", "2m10s"_ba},
                     {"idle-time", "0s"_ba},
                     {"found-by", "DHCP"_ba},
                     {"authorized", boolText(host.authorized)},
                     {"bypassed", "false"_ba}});
    }
    return rows;
}

QList<RouterSimulator::Fields> RouterSimulator::filterRows() const
{
    QList<Fields> rows;
    for (const FilterRule& rule : m_filters) {
        rows.append({{".id", rule.id.toUtf8()},
                     {"chain", rule.chain.toUtf8()},
                     {"action", rule.action.toUtf8()},
                     {"comment", rule.comment.toUtf8()},
                     {"invalid", "false"_ba},
                     {"dynamic", "false"_ba},
                     {"disabled", boolText(rule.disabled)}});
    }
    return rows;
}

int RouterSimulator::findQueue(const QByteArray& idOrName) const
{
    const QString key = QString::fromUtf8(idOrName);
    for (qsizetype i = 0; i < m_queues.size(); ++i) {
        if (m_queues[i].id == key || m_queues[i].name == key) {
            return int(i);
        }
    }
    return -1;
}

int RouterSimulator::findUser(const QByteArray& idOrName) const
{
    const QString key = QString::fromUtf8(idOrName);
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users[i].id == key || m_users[i].name == key) {
            return int(i);
        }
    }
    return -1;
}

QString
RouterSimulator::queueCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret)
{
    static const QList<QByteArray> known {".id",          "numbers", "name",        "target",          "max-limit",
                                          "limit-at",     "comment", "disabled",    "place-before",    "parent",
                                          "priority",     "queue",   "burst-limit", "burst-threshold", "burst-time",
                                          "packet-marks", "dst",     "bucket-size", "destination"};
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!known.contains(it.key())) {
            return u"unknown parameter %1"_s.arg(QString::fromUtf8(it.key()));
        }
    }
    auto applyFields = [&](Queue& queue) -> QString {
        if (attributes.contains("max-limit")
            && !parseRatePair(attributes.value("max-limit"), &queue.maxUp, &queue.maxDown)) {
            return u"invalid value for argument max-limit"_s;
        }
        if (attributes.contains("target")) {
            const QByteArray target = attributes.value("target");
            for (const QByteArray& part : target.split(',')) {
                QHostAddress address;
                if (!address.setAddress(QString::fromUtf8(part.split('/').first()))) {
                    return u"invalid value for argument target"_s;
                }
            }
            queue.target = QString::fromUtf8(target);
        }
        if (attributes.contains("comment")) {
            queue.comment = QString::fromUtf8(attributes.value("comment"));
        }
        if (attributes.contains("disabled")) {
            const QByteArray value = attributes.value("disabled");
            queue.disabled = value == "true" || value == "yes";
        }
        return {};
    };
    auto nameTaken = [&](const QString& name, const QString& exceptId) {
        for (const Queue& queue : std::as_const(m_queues)) {
            if (queue.name == name && queue.id != exceptId) {
                return true;
            }
        }
        return false;
    };
    advance();
    if (verb == "add") {
        Queue queue;
        queue.id = u"*"_s + QString::number(m_nextId, 16).toUpper();
        queue.name = attributes.contains("name") ? QString::fromUtf8(attributes.value("name"))
                                                 : u"queue%1"_s.arg(m_queues.size() + 1);
        if (!attributes.contains("target")) {
            return u"failure: target not specified"_s;
        }
        if (nameTaken(queue.name, {})) {
            return u"failure: already have such name"_s;
        }
        const QString error = applyFields(queue);
        if (!error.isEmpty()) {
            return error;
        }
        qsizetype position = m_queues.size();
        if (attributes.contains("place-before")) {
            const int before = findQueue(attributes.value("place-before"));
            if (before < 0) {
                return u"no such item"_s;
            }
            position = before;
        }
        ++m_nextId;
        m_queues.insert(position, queue);
        queueInserted(position);
        *ret = queue.id.toUtf8();
        return {};
    }
    const QByteArray ids = attributes.contains(".id") ? attributes.value(".id") : attributes.value("numbers");
    const QList<QByteArray> targets = splitIds(ids);
    if (targets.isEmpty()) {
        return u"no such item"_s;
    }
    QList<int> indexes;
    for (const QByteArray& id : targets) {
        const int index = findQueue(id);
        if (index < 0) {
            return u"no such item"_s;
        }
        indexes.append(index);
    }
    if (verb == "set") {
        for (int index : indexes) {
            Queue changed = m_queues[index];
            if (attributes.contains("name")) {
                changed.name = QString::fromUtf8(attributes.value("name"));
                if (nameTaken(changed.name, changed.id)) {
                    return u"failure: already have such name"_s;
                }
            }
            const QString error = applyFields(changed);
            if (!error.isEmpty()) {
                return error;
            }
            m_queues[index] = changed;
            if (attributes.contains("target") || attributes.contains("disabled")) {
                queuesChanged();
            }
        }
        return {};
    }
    if (verb == "remove") {
        std::sort(indexes.begin(), indexes.end(), std::greater<>());
        for (int index : indexes) {
            const Queue removed = m_queues.takeAt(index);
            queueRemoved(index, removed);
        }
        return {};
    }
    if (verb == "move") {
        const Queue moving = m_queues.at(indexes.first());
        m_queues.removeAt(indexes.first());
        const int destination = attributes.contains("destination") ? findQueue(attributes.value("destination")) : -1;
        m_queues.insert(destination < 0 ? m_queues.size() : destination, moving);
        queuesChanged();
        return {};
    }
    return u"no such command"_s;
}

QString
RouterSimulator::userCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret)
{
    static const QList<QByteArray> known {
        ".id",         "numbers", "name",     "password", "profile", "limit-uptime", "limit-bytes-total",
        "mac-address", "comment", "disabled", "server",   "email",   "address"};
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (!known.contains(it.key())) {
            return u"unknown parameter %1"_s.arg(QString::fromUtf8(it.key()));
        }
    }
    auto applyFields = [&](User& user) -> QString {
        if (attributes.contains("password")) {
            user.password = QString::fromUtf8(attributes.value("password"));
        }
        if (attributes.contains("profile")) {
            const QString profile = QString::fromUtf8(attributes.value("profile"));
            const bool exists = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                            [&](const Profile& p) { return p.name == profile; });
            if (!exists) {
                return u"input does not match any value of profile"_s;
            }
            user.profile = profile;
        }
        if (attributes.contains("limit-uptime")) {
            qint64 seconds = 0;
            const QString text = QString::fromUtf8(attributes.value("limit-uptime"));
            if (!RouterDuration::parseSeconds(text, &seconds)) {
                return u"invalid value for argument limit-uptime"_s;
            }
            user.limitUptime = text;
            user.limitUptimeSeconds = seconds;
        }
        if (attributes.contains("limit-bytes-total")) {
            const QString text = QString::fromUtf8(attributes.value("limit-bytes-total"));
            const auto bytes = text.trimmed() == u"0"_s ? std::optional<quint64>(0) : DataSize::parse(text, {});
            if (!bytes) {
                return u"invalid value for argument limit-bytes-total"_s;
            }
            user.limitBytesTotal = *bytes;
        }
        if (attributes.contains("mac-address")) {
            user.macAddress = QString::fromUtf8(attributes.value("mac-address")).toUpper();
        }
        if (attributes.contains("comment")) {
            user.comment = QString::fromUtf8(attributes.value("comment"));
        }
        if (attributes.contains("disabled")) {
            user.disabled = attributes.value("disabled") == "true" || attributes.value("disabled") == "yes";
        }
        return {};
    };
    if (verb == "add") {
        User user;
        user.name = QString::fromUtf8(attributes.value("name"));
        if (user.name.isEmpty()) {
            return u"failure: name not specified"_s;
        }
        if (findUser(user.name.toUtf8()) >= 0) {
            return u"failure: already have user with this name for this server"_s;
        }
        const QString error = applyFields(user);
        if (!error.isEmpty()) {
            return error;
        }
        user.id = nextId();
        m_users.append(user);
        usersChanged();
        *ret = user.id.toUtf8();
        return {};
    }
    const QByteArray ids = attributes.contains(".id") ? attributes.value(".id") : attributes.value("numbers");
    QList<int> indexes;
    for (const QByteArray& id : splitIds(ids)) {
        const int index = findUser(id);
        if (index < 0) {
            return u"no such item"_s;
        }
        indexes.append(index);
    }
    if (indexes.isEmpty()) {
        return u"no such item"_s;
    }
    if (verb == "set") {
        for (int index : indexes) {
            User changed = m_users[index];
            if (attributes.contains("name")) {
                changed.name = QString::fromUtf8(attributes.value("name"));
            }
            const QString error = applyFields(changed);
            if (!error.isEmpty()) {
                return error;
            }
            m_users[index] = changed;
            usersChanged();
        }
        return {};
    }
    if (verb == "remove") {
        std::sort(indexes.begin(), indexes.end(), std::greater<>());
        for (int index : indexes) {
            m_users.removeAt(index);
        }
        usersChanged();
        return {};
    }
    return u"no such command"_s;
}

QString RouterSimulator::filterCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes)
{
    if (verb != "set" && verb != "disable" && verb != "enable") {
        return u"no such command"_s;
    }
    const QString id = QString::fromUtf8(attributes.value(".id"));
    for (FilterRule& rule : m_filters) {
        if (rule.id == id) {
            if (verb == "set") {
                if (!attributes.contains("disabled")) {
                    return u"unknown parameter"_s;
                }
                rule.disabled = attributes.value("disabled") == "yes" || attributes.value("disabled") == "true";
            } else {
                rule.disabled = verb == "disable";
            }
            return {};
        }
    }
    return u"no such item"_s;
}

QString RouterSimulator::profileCommand(const QByteArray& verb,
                                        const QHash<QByteArray, QByteArray>& attributes,
                                        QByteArray* ret)
{
    if (verb != "add") {
        return u"no such command"_s;
    }
    const QString name = QString::fromUtf8(attributes.value("name"));
    if (name.isEmpty()) {
        return u"failure: name not specified"_s;
    }
    if (std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile& p) { return p.name == name; })) {
        return u"failure: already have such name"_s;
    }
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        if (it.key() != "name" && it.key() != "shared-users" && it.key() != "rate-limit") {
            return u"unknown parameter %1"_s.arg(QString::fromUtf8(it.key()));
        }
    }
    bool ok = true;
    const int shared = attributes.contains("shared-users") ? attributes.value("shared-users").toInt(&ok) : 1;
    if (!ok || shared < 1) {
        return u"invalid value for argument shared-users"_s;
    }
    Profile profile {nextId(), name, shared, QString::fromUtf8(attributes.value("rate-limit"))};
    m_profiles.append(profile);
    *ret = profile.id.toUtf8();
    return {};
}

QString RouterSimulator::activeCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes)
{
    advance();
    if (verb == "remove") {
        const QByteArray ids = attributes.contains(".id") ? attributes.value(".id") : attributes.value("numbers");
        const QList<QByteArray> targets = splitIds(ids);
        if (targets.isEmpty()) {
            return u"no such item"_s;
        }
        for (const QByteArray& id : targets) {
            const QString key = QString::fromUtf8(id);
            const auto it
                = std::find_if(m_sessions.cbegin(), m_sessions.cend(), [&](const Session& s) { return s.id == key; });
            if (it == m_sessions.cend()) {
                return u"no such item"_s;
            }
            endSession(it - m_sessions.cbegin());
        }
        return {};
    }
    if (verb == "login") {
        const QString userName = QString::fromUtf8(attributes.value("user"));
        const QString mac = QString::fromUtf8(attributes.value("mac-address")).toUpper();
        const QString ip = QString::fromUtf8(attributes.value("ip"));
        auto host = std::find_if(m_hosts.begin(), m_hosts.end(), [&](const Host& h) {
            return h.macAddress == mac && (ip.isEmpty() || h.address == ip);
        });
        if (host == m_hosts.end()) {
            return u"no such host"_s;
        }
        const int userIndex = findUser(userName.toUtf8());
        if (userIndex < 0 || m_users[userIndex].password != QString::fromUtf8(attributes.value("password"))
            || m_users[userIndex].disabled) {
            return u"invalid username or password"_s;
        }
        const User& user = m_users[userIndex];
        int sharedUsers = 1;
        for (const Profile& profile : std::as_const(m_profiles)) {
            if (profile.name == user.profile) {
                sharedUsers = profile.sharedUsers;
            }
        }
        const auto online = std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                                          [&](const Session& s) { return s.user == user.name; });
        if (online >= sharedUsers) {
            return u"no more sessions are allowed for user"_s;
        }
        if (user.limitUptimeSeconds >= 0 && user.usedSeconds >= user.limitUptimeSeconds) {
            return u"user %1 has reached uptime limit"_s.arg(user.name);
        }
        if (user.limitBytesTotal > 0 && user.bytesIn + user.bytesOut >= double(user.limitBytesTotal)) {
            return u"user %1 has reached traffic limit"_s.arg(user.name);
        }
        host->authorized = true;
        addSession(user.name, mac, host->address, 1.5e6, 6e6);
        return {};
    }
    return u"no such command"_s;
}
