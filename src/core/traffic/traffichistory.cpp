// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/traffichistory.h"

TrafficHistory::TrafficHistory(qint64 pollIntervalMs)
{
    setPollInterval(pollIntervalMs);
}

void TrafficHistory::setPollInterval(qint64 pollIntervalMs)
{
    m_pollIntervalMs = std::max<qint64>(pollIntervalMs, 1000);
    m_userBucketMs = std::max(m_pollIntervalMs, MinUserBucketMs);
    // +1 so that a full window of intervals fits between the oldest and the newest sample.
    m_total.reset(WindowMs / m_pollIntervalMs + 1);
    m_users.clear();
}

void TrafficHistory::clear()
{
    setPollInterval(m_pollIntervalMs);
}

void TrafficHistory::restoreTotal(const QList<Sample>& samples)
{
    m_total.reset(m_total.capacity());
    for (const Sample& sample : samples) {
        m_total.append(sample);
    }
}

void TrafficHistory::record(const TrafficSnapshot& snapshot)
{
    if (snapshot.stale) {
        return; // nothing was measured
    }
    const qint64 now = snapshot.takenAt.toMSecsSinceEpoch();
    m_total.append({now, float(snapshot.totalRateUp), float(snapshot.totalRateDown)});
    const qsizetype userCapacity = WindowMs / m_userBucketMs + 1;
    for (const UserTraffic& user : snapshot.users) {
        auto it = m_users.find(user.macString());
        if (it == m_users.end()) {
            it = m_users.insert(user.macString(), UserSeries {RingBuffer<Sample>(userCapacity), 0});
        }
        UserSeries& series = *it;
        if (!series.samples.isEmpty() && now - series.samples.last().timeMs < m_userBucketMs
            && series.samplesInBucket > 0) {
            // Average into the current bucket.
            Sample& bucket = series.samples.last();
            const float n = float(series.samplesInBucket);
            bucket.rateUp = (bucket.rateUp * n + float(user.rateUp)) / (n + 1);
            bucket.rateDown = (bucket.rateDown * n + float(user.rateDown)) / (n + 1);
            ++series.samplesInBucket;
        } else {
            series.samples.append({now, float(user.rateUp), float(user.rateDown)});
            series.samplesInBucket = 1;
        }
    }
    // Forget users whose newest sample has left the window.
    for (auto it = m_users.begin(); it != m_users.end();) {
        it = now - it->samples.last().timeMs > WindowMs ? m_users.erase(it) : std::next(it);
    }
}

QList<TrafficHistory::Sample> TrafficHistory::user(const QString& macText) const
{
    const auto it = m_users.constFind(macText);
    return it == m_users.cend() ? QList<Sample>() : it->samples.toList();
}
