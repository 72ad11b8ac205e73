// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficjoiner.h"

#include "core/util/clock.h"

#include <QHash>

namespace
{
// The router prints rates as whole numbers; read those without the general number parser.
bool parseNumber(QStringView text, double* value)
{
    if (text.isEmpty() || text.size() > 18) {
        bool ok = false;
        *value = text.toDouble(&ok);
        return ok;
    }
    quint64 result = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9') {
            bool ok = false;
            *value = text.toDouble(&ok);
            return ok;
        }
        result = result * 10 + (u - u'0');
    }
    *value = double(result);
    return true;
}
} // namespace

bool TrafficJoiner::parseRatePair(QStringView text, double* up, double* down)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        return false;
    }
    return parseNumber(text.first(slash), up) && parseNumber(text.sliced(slash + 1), down);
}

namespace
{
// One number per device: the MAC itself, or (for the rare MAC text that does not parse) a hash of
// the text with the top bit set, which no 48-bit MAC has.
quint64 deviceKey(const UserTraffic& user)
{
    return user.mac.isNull() ? (quint64(qHash(user.macText)) | (quint64(1) << 63)) : user.mac.toUInt64();
}
} // namespace

TrafficSnapshot TrafficJoiner::join(const QList<HotspotSession>& sessions,
                                    const QList<SimpleQueue>& queues,
                                    const TrafficSnapshot& previous,
                                    qint64 elapsedMs)
{
    TrafficSnapshot snapshot;
    snapshot.sequence = previous.sequence + 1;
    snapshot.takenAt = Clock::currentUtc();
    snapshot.queues = queues;
    snapshot.users.reserve(sessions.size());

    // Our queues by the MAC in their name. Single-address queues by address give the rate of users
    // without ours; that map is built only if such a user shows up.
    QHash<quint64, const SimpleQueue*> ourQueues;
    ourQueues.reserve(queues.size());
    for (const SimpleQueue& queue : queues) {
        if (queue.name.startsWith(QueuePrefix)) {
            if (const auto mac = MacAddress::parse(QStringView(queue.name).sliced(QueuePrefix.size()))) {
                ourQueues.insert(mac->toUInt64(), &queue);
            }
        }
    }
    QHash<QStringView, const SimpleQueue*> queueByAddress;
    bool haveQueueByAddress = false;
    auto queueForAddress = [&](const QString& address) -> const SimpleQueue* {
        if (!haveQueueByAddress) {
            haveQueueByAddress = true;
            for (const SimpleQueue& queue : queues) {
                if (!queue.disabled && !queue.target.contains(u',')) {
                    const QStringView target(queue.target);
                    const QStringView key = target.endsWith(QLatin1StringView("/32")) ? target.chopped(3) : target;
                    if (!queueByAddress.contains(key)) {
                        queueByAddress.insert(key, &queue);
                    }
                }
            }
        }
        return queueByAddress.value(QStringView(address));
    };

    // Limits repeat (a few tiers for everyone): read each distinct max-limit text once.
    QHash<QStringView, std::optional<BandwidthLimit>> limits;
    auto limitOf = [&limits](const SimpleQueue& queue) {
        auto it = limits.constFind(QStringView(queue.maxLimit));
        if (it == limits.cend()) {
            it = limits.insert(QStringView(queue.maxLimit), BandwidthLimit::fromMaxLimit(queue.maxLimit));
        }
        return *it;
    };

    QHash<quint64, const UserTraffic*> before;
    before.reserve(previous.users.size());
    for (const UserTraffic& user : previous.users) {
        before.insert(deviceKey(user), &user);
    }

    QSet<quint64> seen;
    seen.reserve(sessions.size());
    for (const HotspotSession& session : sessions) {
        UserTraffic row;
        row.sessionId = session.id;
        row.user = session.user;
        if (const auto mac = MacAddress::parse(session.macAddress)) {
            row.mac = *mac;
        } else {
            row.macText = session.macAddress;
        }
        row.address = session.address;
        row.bytesUp = session.bytesIn;
        row.bytesDown = session.bytesOut;
        row.uptimeSeconds = session.uptimeSeconds;
        row.timeLeftSeconds = session.sessionTimeLeftSeconds;
        if (session.limitBytesTotal >= 0) {
            const quint64 used = session.bytesIn + session.bytesOut;
            row.dataLeftBytes
                = qint64(quint64(session.limitBytesTotal) - std::min(quint64(session.limitBytesTotal), used));
        }
        const quint64 key = deviceKey(row);
        if (seen.contains(key)) {
            continue; // one row per device, as the router allows one session per MAC
        }
        seen.insert(key);

        const SimpleQueue* ours = row.mac.isNull() ? nullptr : ourQueues.value(key);
        if (ours != nullptr) {
            row.queueId = ours->id;
            row.limit = limitOf(*ours);
        }
        const SimpleQueue* rateQueue = ours != nullptr ? ours : queueForAddress(row.address);
        const UserTraffic* old = before.value(key);
        bool haveRate = false;
        if (rateQueue != nullptr && !rateQueue->rate.isEmpty()) {
            haveRate = parseRatePair(rateQueue->rate, &row.rateUp, &row.rateDown);
        }
        if (!haveRate && old != nullptr && elapsedMs > 0 && old->sessionId == row.sessionId
            && row.bytesUp >= old->bytesUp && row.bytesDown >= old->bytesDown) {
            // From the byte counters over the real time between polls. A counter that went down
            // (new session, router reboot) starts over at zero instead of a negative or huge rate.
            row.rateUp = double(row.bytesUp - old->bytesUp) * 8000.0 / double(elapsedMs);
            row.rateDown = double(row.bytesDown - old->bytesDown) * 8000.0 / double(elapsedMs);
            haveRate = true;
        }
        row.rateKnown = haveRate;
        snapshot.totalRateUp += row.rateUp;
        snapshot.totalRateDown += row.rateDown;
        if (old == nullptr) {
            snapshot.added.append(row.macString());
        } else if (old->bytesUp != row.bytesUp || old->bytesDown != row.bytesDown || old->rateUp != row.rateUp
                   || old->rateDown != row.rateDown || old->limit != row.limit || old->address != row.address
                   || old->user != row.user || old->uptimeSeconds != row.uptimeSeconds
                   || old->timeLeftSeconds != row.timeLeftSeconds || old->dataLeftBytes != row.dataLeftBytes
                   || old->sessionId != row.sessionId || old->rateKnown != row.rateKnown) {
            snapshot.updated.append(row.macString());
        }
        snapshot.users.append(std::move(row));
    }
    for (const UserTraffic& user : previous.users) {
        if (!seen.contains(deviceKey(user))) {
            snapshot.removed.append(user.macString());
        }
    }
    return snapshot;
}
