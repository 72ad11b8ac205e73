// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/routerstate.h"

#include "core/routeros/routerduration.h"
#include "core/traffic/datasize.h"
#include "sim/simclock.h"

#include <QHostAddress>
#include <QRandomGenerator>

#include <array>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

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
// Phone and laptop makers common in Philippine shops (IEEE OUI registry), listed once per share
// of devices, roughly.
constexpr quint32 vendorOuis[] = {
    0x8C79F5, 0x7C8956, 0xD0D003, 0x88299C, // Samsung
    0xA44519, 0xD09C7A, 0x70BBE9, // Xiaomi / Redmi
    0x2479F3, 0xC4E39F, 0xD81EDD, // OPPO
    0x1802AE, 0x0C20D3, 0xDC31D1, // vivo
    0x5885E9, 0xD028BA, // realme
    0x4CE19E, 0x0C01DB, // TECNO, Infinix
    0x608B0E, 0x88B291, // Apple
    0x30FBB8, 0x44D791, // Huawei
    0x90FFD6, // Honor
};

QString macText(const std::array<int, 6>& bytes)
{
    QString text;
    for (int b = 0; b < 6; ++b) {
        text += (b > 0 ? u":"_s : QString()) + QStringLiteral("%1").arg(bytes[b], 2, 16, QLatin1Char('0')).toUpper();
    }
    return text;
}
} // namespace

RouterState::RouterState(const SimClock& clock)
    : m_clock(clock)
{
    m_profiles.append({nextId(), u"default"_s, 1, {}});
    m_filters.append({nextId(), u"forward"_s, u"accept"_s, u"defconf: accept established,related"_s, false});
    m_filters.append({nextId(), u"forward"_s, u"fasttrack-connection"_s, u"defconf: fasttrack"_s, true});
}

void RouterState::restart()
{
    m_bootMs = m_clock.nowMs();
    for (Session& session : m_sessions) {
        session.loginAtMs = m_bootMs;
        session.bytesIn = session.bytesOut = 0;
    }
    for (Queue& queue : m_queues) {
        queue.bytesUp = queue.bytesDown = 0;
    }
}

QString RouterState::nextId()
{
    return u"*"_s + QString::number(m_nextId++, 16).toUpper();
}

void RouterState::populate(int users, quint32 seed, int site)
{
    // Site 0 keeps the devices it always had; other sites draw from their own sequence.
    QRandomGenerator random(site == 0 ? seed : seed ^ (quint32(site) * 0x9E3779B9U));
    QRandomGenerator makers((seed ^ 0x5BD1E995U) + quint32(site) * 0x85EBCA6BU);
    QSet<QString> macs;
    for (const Session& session : std::as_const(m_sessions)) {
        macs.insert(session.macAddress);
    }
    static constexpr char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < users; ++i) {
        QString code;
        for (int c = 0; c < 6; ++c) {
            code += QLatin1Char(alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
        }
        // The same six draws as always (codes, addresses and rates stay as they were); which maker,
        // or a randomised address, comes from a stream of its own.
        std::array<int, 6> bytes {};
        for (int b = 0; b < 6; ++b) {
            bytes[b] = b == 0 ? random.bounded(64) : random.bounded(256);
        }
        const quint32 pick = makers.bounded(quint32(4 * std::size(vendorOuis)));
        if (pick < std::size(vendorOuis)) {
            // About a quarter: a phone's randomised, locally administered unicast address.
            bytes[0] = (bytes[0] << 2) | 0x02;
        } else {
            const quint32 oui = vendorOuis[pick % std::size(vendorOuis)];
            bytes[0] = int(oui >> 16);
            bytes[1] = int((oui >> 8) & 0xFF);
            bytes[2] = int(oui & 0xFF);
        }
        if (site > 0) {
            bytes[3] = site; // routers of one shop never share a device
        }
        // A maker's range leaves fewer random bits: a device never shares another's address (the
        // router would show one session for the two).
        QString mac = macText(bytes);
        while (macs.contains(mac)) {
            bytes[4] = int(makers.bounded(256));
            bytes[5] = int(makers.bounded(256));
            mac = macText(bytes);
        }
        macs.insert(mac);
        const QString address = u"10.%1.%2.%3"_s.arg(5 + site).arg(50 + i / 250).arg(i % 250 + 2);
        addUser(code, QString(), u"default"_s);
        const double down = 256e3 + random.bounded(8000) * 1e3; // 0.25 .. 8 Mbit/s
        const double up = down / (2 + random.bounded(4));
        appendSession(code, mac, address, up, down);
        // Let counters start at plausible values.
        Session& session = m_sessions.last();
        const double minutes = 1 + random.bounded(90);
        session.loginAtMs = m_clock.nowMs() - qint64(minutes * 60000);
        session.bytesIn = up / 8 * minutes * 60 * 0.3;
        session.bytesOut = down / 8 * minutes * 60 * 0.3;
    }
}

QString RouterState::appendSession(
    const QString& user, const QString& macAddress, const QString& address, double demandUpBps, double demandDownBps)
{
    Session session;
    session.id = nextId();
    session.user = user;
    session.macAddress = macAddress.toUpper();
    session.address = address;
    session.loginAtMs = m_clock.nowMs();
    session.demandUp = demandUpBps;
    session.demandDown = demandDownBps;
    session.phase = double(m_sessions.size() % 17) * 0.37;
    m_sessions.append(session);
    sessionsChanged();
    return session.id;
}

bool RouterState::logout(const QString& macAddress)
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].macAddress.compare(macAddress, Qt::CaseInsensitive) == 0) {
            endSession(i);
            return true;
        }
    }
    return false;
}

void RouterState::setSessionAddress(const QString& macAddress, const QString& address)
{
    for (Session& session : m_sessions) {
        if (session.macAddress.compare(macAddress, Qt::CaseInsensitive) == 0) {
            session.address = address;
        }
    }
    sessionsChanged();
}

void RouterState::addHost(const QString& macAddress, const QString& address)
{
    m_hosts.append({nextId(), macAddress.toUpper(), address, u"hotspot1"_s, false});
}

QString RouterState::addUser(const QString& name, const QString& password, const QString& profile)
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

QString RouterState::addQueue(const QString& name, const QString& target, quint64 maxUp, quint64 maxDown)
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

bool RouterState::removeQueueByName(const QString& name)
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

void RouterState::clearQueues()
{
    m_queues.clear();
    queuesChanged();
}

void RouterState::setFastTrack(bool enabled)
{
    for (FilterRule& rule : m_filters) {
        if (rule.action == u"fasttrack-connection"_s) {
            rule.disabled = !enabled;
        }
    }
}

bool RouterState::fastTrack() const
{
    return std::any_of(m_filters.cbegin(), m_filters.cend(), [](const FilterRule& rule) {
        return rule.action == u"fasttrack-connection"_s && !rule.disabled;
    });
}

void RouterState::setProfileRateLimit(const QString& profile, const QString& rateLimit)
{
    for (Profile& p : m_profiles) {
        if (p.name == profile) {
            p.rateLimit = rateLimit;
            return;
        }
    }
    m_profiles.append({nextId(), profile, 1, rateLimit});
}

void RouterState::endSession(qsizetype index)
{
    const Session session = m_sessions.takeAt(index);
    sessionsChanged();
    for (User& user : m_users) {
        if (user.name == session.user) {
            user.usedSeconds += (m_clock.nowMs() - session.loginAtMs) / 1000;
            user.bytesIn += session.bytesIn;
            user.bytesOut += session.bytesOut;
        }
    }
}

const QHash<QString, qsizetype>& RouterState::usersWithLimits()
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

const QHash<QString, qsizetype>& RouterState::queueIndex()
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

void RouterState::queueInserted(qsizetype position)
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

void RouterState::queueRemoved(qsizetype position, const Queue& removed)
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

QList<SimRow> RouterState::identityRows() const
{
    return {{{"name", m_identity.toUtf8()}}};
}

QList<SimRow> RouterState::resourceRows() const
{
    const qint64 uptime = (m_clock.nowMs() - m_bootMs) / 1000 + 3 * 86400 + 4 * 3600;
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

QList<SimRow> RouterState::activeRows()
{
    QList<SimRow> rows;
    rows.reserve(m_sessions.size());
    const qint64 now = m_clock.nowMs();
    const QHash<QString, qsizetype> limitedUsers = usersWithLimits();
    for (const Session& session : std::as_const(m_sessions)) {
        const qint64 uptime = (now - session.loginAtMs) / 1000;
        SimRow row {{".id", session.id.toUtf8()},
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

QList<SimRow> RouterState::queueRows() const
{
    QList<SimRow> rows;
    rows.reserve(m_queues.size());
    for (const Queue& queue : std::as_const(m_queues)) {
        SimRow row {{".id", queue.id.toUtf8()},
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

QList<SimRow> RouterState::userRows() const
{
    QList<SimRow> rows;
    rows.reserve(m_users.size());
    for (const User& user : m_users) {
        SimRow row {{".id", user.id.toUtf8()},
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

QList<SimRow> RouterState::profileRows() const
{
    QList<SimRow> rows;
    for (const Profile& profile : m_profiles) {
        SimRow row {{".id", profile.id.toUtf8()},      {"name", profile.name.toUtf8()},
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

QList<SimRow> RouterState::hostRows() const
{
    QList<SimRow> rows;
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

QList<SimRow> RouterState::filterRows() const
{
    QList<SimRow> rows;
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

int RouterState::findQueue(const QByteArray& idOrName) const
{
    const QString key = QString::fromUtf8(idOrName);
    for (qsizetype i = 0; i < m_queues.size(); ++i) {
        if (m_queues[i].id == key || m_queues[i].name == key) {
            return int(i);
        }
    }
    return -1;
}

int RouterState::findUser(const QByteArray& idOrName) const
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
RouterState::queueCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret)
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
RouterState::userCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret)
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

QString RouterState::filterCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes)
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

QString
RouterState::profileCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes, QByteArray* ret)
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

QString RouterState::activeCommand(const QByteArray& verb, const QHash<QByteArray, QByteArray>& attributes)
{
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
        // A user locked to a device (mac-address set, not the all-zero "any") logs in only from it.
        if (!user.macAddress.isEmpty() && user.macAddress != QLatin1String("00:00:00:00:00:00")
            && user.macAddress != mac) {
            return u"user %1 is not allowed to log in from this MAC address"_s.arg(user.name);
        }
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
        appendSession(user.name, mac, host->address, 1.5e6, 6e6);
        return {};
    }
    return u"no such command"_s;
}

SimCommand::Result RouterState::execute(const SimCommand& command)
{
    SimCommand::Result result;
    const QByteArray& menu = command.menu;
    const QByteArray& verb = command.verb;
    const bool isPrint = command.isPrint();
    if (menu == "/system/identity" && isPrint) {
        result.rows = identityRows();
    } else if (menu == "/system/resource" && isPrint) {
        result.rows = resourceRows();
    } else if (menu == "/ip/hotspot/active") {
        if (isPrint) {
            result.rows = activeRows();
        } else {
            result.error = activeCommand(verb, command.attributes);
        }
    } else if (menu == "/ip/hotspot/host" && isPrint) {
        result.rows = hostRows();
    } else if (menu == "/ip/hotspot/user") {
        if (isPrint) {
            result.rows = userRows();
        } else {
            result.error = userCommand(verb, command.attributes, &result.ret);
        }
    } else if (menu == "/ip/hotspot/user/profile") {
        if (isPrint) {
            result.rows = profileRows();
        } else {
            result.error = profileCommand(verb, command.attributes, &result.ret);
        }
    } else if (menu == "/queue/simple") {
        if (isPrint) {
            result.rows = queueRows();
        } else {
            result.error = queueCommand(verb, command.attributes, &result.ret);
        }
    } else if (menu == "/ip/firewall/filter") {
        if (isPrint) {
            result.rows = filterRows();
        } else {
            result.error = filterCommand(verb, command.attributes);
        }
    } else {
        result.error = u"no such command prefix"_s;
    }
    result.changed = !result.rows && result.error.isEmpty();
    return result;
}
