// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

// Time as the program sees it: wall-clock UTC for records, and a monotonic millisecond count for
// intervals. Tests install a clock they move by hand, so expiry, "time left", rates and the order
// of polls and operator changes are deterministic without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const;
    // Milliseconds on a clock that never goes back (not related to the wall clock).
    virtual qint64 steadyMs() const;

    // The clock in use: the system's unless a test installed another.
    static const Clock& instance();
    // nullptr puts the system clock back. Not owned.
    static void setInstance(const Clock* clock);

    static QDateTime currentUtc() { return instance().nowUtc(); }
    static qint64 currentSteadyMs() { return instance().steadyMs(); }

    // A UTC date and time, the same value on every Qt 6: Qt 6.8 deprecates Qt::UTC here, and before
    // 6.5 QTimeZone::utc() makes a zone date-time that prints "+00:00" instead of "Z".
    static QDateTime utc(QDate date, QTime time)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        return QDateTime(date, time, QTimeZone(QTimeZone::UTC));
#else
        return QDateTime(date, time, Qt::UTC);
#endif
    }
};

// A clock that moves only when told: for tests.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = Clock::utc(QDate(2026, 1, 1), QTime(8, 0)));

    QDateTime nowUtc() const override { return m_start.addMSecs(m_elapsedMs); }
    qint64 steadyMs() const override { return 1000000 + m_elapsedMs; }
    void advance(qint64 milliseconds) { m_elapsedMs += milliseconds; }

private:
    QDateTime m_start;
    qint64 m_elapsedMs = 0;
};
