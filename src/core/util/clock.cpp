// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/clock.h"

#include <QElapsedTimer>

#include <atomic>

namespace
{
const Clock SystemClock;
std::atomic<const Clock*> installed {nullptr};
} // namespace

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 Clock::steadyMs() const
{
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return started.elapsed();
}

const Clock& Clock::instance()
{
    const Clock* clock = installed.load(std::memory_order_acquire);
    return clock != nullptr ? *clock : SystemClock;
}

void Clock::setInstance(const Clock* clock)
{
    installed.store(clock, std::memory_order_release);
}

ManualClock::ManualClock(const QDateTime& start)
    : m_start(start)
{ }
