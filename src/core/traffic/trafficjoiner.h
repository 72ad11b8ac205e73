// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/trafficsnapshot.h"

// Joins one poll's hotspot sessions and simple queues into rows, one per online user, and works
// out rates and what changed against the previous snapshot. Pure: no I/O, no clock of its own.
class TrafficJoiner
{
public:
    static constexpr QLatin1StringView QueuePrefix {"pisonet-"};

    // elapsedMs: real time between the previous poll and this one (0: first poll).
    static TrafficSnapshot join(const QList<HotspotSession>& sessions,
                                const QList<SimpleQueue>& queues,
                                const TrafficSnapshot& previous,
                                qint64 elapsedMs);

    // "pisonet-AA:BB:CC:DD:EE:FF" for a MAC.
    static QString queueName(const MacAddress& mac) { return QueuePrefix + mac.toString(); }
    // Bits/s from a "upload/download" rate text; false when malformed.
    static bool parseRatePair(QStringView text, double* up, double* down);
};
