// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/ringbuffer.h"
#include "core/traffic/trafficsnapshot.h"

#include <QHash>

// Rate history for charts: the total at every poll, and per user in buckets of at least the poll
// interval (10 s when polling faster), each covering at least the last hour. Bounded memory:
// buffers are fixed-size and users gone for longer than the window are forgotten.
class TrafficHistory
{
public:
    struct Sample
    {
        qint64 timeMs = 0; // ms since epoch (UTC)
        float rateUp = 0; // bits/s
        float rateDown = 0;
    };

    static constexpr qint64 WindowMs = 3600 * 1000;
    static constexpr qint64 MinUserBucketMs = 10 * 1000;

    explicit TrafficHistory(qint64 pollIntervalMs = 10000);

    void setPollInterval(qint64 pollIntervalMs);
    void record(const TrafficSnapshot& snapshot);
    void clear();
    // Puts back the total of an earlier run (oldest first), e.g. the last hour after a restart.
    void restoreTotal(const QList<Sample>& samples);

    QList<Sample> total() const { return m_total.toList(); }
    QList<Sample> user(const QString& macText) const;
    qsizetype trackedUsers() const { return m_users.size(); }

private:
    struct UserSeries
    {
        RingBuffer<Sample> samples;
        int samplesInBucket = 0; // polls averaged into the last bucket
    };

    qint64 m_pollIntervalMs;
    qint64 m_userBucketMs;
    RingBuffer<Sample> m_total;
    QHash<QString, UserSeries> m_users;
};
