// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routertypes.h"
#include "core/traffic/usertraffic.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

// Everything one poll learned, as one value: the rows, what changed since the previous poll, and
// the queues they were joined with. A failed poll repeats the last rows, marked stale with a reason.
struct TrafficSnapshot
{
    quint64 sequence = 0;
    QDateTime takenAt; // UTC
    qint64 requestedAtMs = 0; // Clock::steadyMs() when the poll was sent
    QList<UserTraffic> users;
    QList<SimpleQueue> queues;
    // Keys (MAC text) of rows added, removed and changed since the previous snapshot.
    QStringList added;
    QStringList removed;
    QStringList updated;
    double totalRateUp = 0;
    double totalRateDown = 0;
    bool stale = false;
    QString staleReason;

    const UserTraffic* find(const QString& macText) const;
};

Q_DECLARE_METATYPE(TrafficSnapshot)
