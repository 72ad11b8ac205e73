// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>

#include <chrono>

// Guesses at the web-admin password, counted per client address: after 5 wrong passwords in a row
// that address may not try again for 5 minutes. Checks still running count as tries, so parallel
// requests cannot slip past the limit. Time comes from Clock.
class WebLockout
{
public:
    static constexpr int MaximumFailures = 5;
    static constexpr std::chrono::minutes LockTime {5};

    // Milliseconds until this address may try again; 0 when it may try now.
    qint64 lockedForMs(const QHostAddress& address) const;
    // Starts a try; false (nothing counted) when the address is locked or has no tries left.
    bool begin(const QHostAddress& address);
    // Ends a try begun with begin(). True when this wrong password locked the address out.
    bool finish(const QHostAddress& address, bool passwordWasRight);
    // Wrong passwords left before a lockout.
    int triesLeft(const QHostAddress& address) const;

    // One key per client: an IPv4 client of a dual-stack socket ("::ffff:10.0.0.5") is 10.0.0.5.
    static QString key(const QHostAddress& address);

private:
    struct Record
    {
        int failures = 0;
        int pending = 0;
        qint64 lockedUntilMs = 0;
    };
    void forgetStale(qint64 now);

    QHash<QString, Record> m_records;
};
