// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficjoiner.h"

#include <QHash>

bool TrafficJoiner::parseRatePair(QStringView text, double* up, double* down)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        return false;
    }
    bool ok1 = false;
    bool ok2 = false;
    *up = text.first(slash).toDouble(&ok1);
    *down = text.sliced(slash + 1).toDouble(&ok2);
    return ok1 && ok2;
}

TrafficSnapshot TrafficJoiner::join(const QList<HotspotSession>& sessions,
                                    const QList<SimpleQueue>& queues,
                                    const TrafficSnapshot& previous,
                                    qint64 elapsedMs)
{
    TrafficSnapshot snapshot;
    snapshot.sequence = previous.sequence + 1;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    snapshot.queues = queues;
    snapshot.users.reserve(sessions.size());

    // Our queues by name, and single-address queues by address (for rates of users without ours).
    QHash<QString, const SimpleQueue*> ourQueues;
    QHash<QString, const SimpleQueue*> queueByAddress;
    ourQueues.reserve(queues.size());
    for (const SimpleQueue& queue : queues) {
        if (queue.name.startsWith(QueuePrefix)) {
            ourQueues.insert(queue.name, &queue);
        }
        if (!queue.disabled && !queue.target.contains(u',')) {
            const QString address
                = queue.target.endsWith(QLatin1StringView("/32")) ? queue.target.chopped(3) : queue.target;
            if (!queueByAddress.contains(address)) {
                queueByAddress.insert(address, &queue);
            }
        }
    }
    QHash<QString, const UserTraffic*> before;
    before.reserve(previous.users.size());
    for (const UserTraffic& user : previous.users) {
        before.insert(user.macString(), &user);
    }

    QSet<QString> seen;
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
        const QString key = row.macString();
        if (seen.contains(key)) {
            continue; // one row per device, as the router allows one session per MAC
        }
        seen.insert(key);

        const SimpleQueue* ours = row.mac.isNull() ? nullptr : ourQueues.value(queueName(row.mac));
        if (ours != nullptr) {
            row.queueId = ours->id;
            row.limit = BandwidthLimit::fromMaxLimit(ours->maxLimit);
        }
        const SimpleQueue* rateQueue = ours != nullptr ? ours : queueByAddress.value(row.address);
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
        }
        snapshot.totalRateUp += row.rateUp;
        snapshot.totalRateDown += row.rateDown;
        if (old == nullptr) {
            snapshot.added.append(key);
        } else if (old->bytesUp != row.bytesUp || old->bytesDown != row.bytesDown || old->rateUp != row.rateUp
                   || old->rateDown != row.rateDown || old->limit != row.limit || old->address != row.address
                   || old->user != row.user || old->uptimeSeconds != row.uptimeSeconds
                   || old->timeLeftSeconds != row.timeLeftSeconds || old->sessionId != row.sessionId) {
            snapshot.updated.append(key);
        }
        snapshot.users.append(std::move(row));
    }
    for (const UserTraffic& user : previous.users) {
        if (!seen.contains(user.macString())) {
            snapshot.removed.append(user.macString());
        }
    }
    return snapshot;
}
