// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/weblockout.h"

#include "core/util/clock.h"

namespace
{
constexpr qint64 LockMs = std::chrono::duration_cast<std::chrono::milliseconds>(WebLockout::LockTime).count();
// More addresses than a shop has devices: records without a lockout or a running try go first.
constexpr qsizetype MaximumRecords = 4096;
} // namespace

QString WebLockout::key(const QHostAddress& address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4).toString() : address.toString();
}

qint64 WebLockout::lockedForMs(const QHostAddress& address) const
{
    const auto found = m_records.constFind(key(address));
    if (found == m_records.cend()) {
        return 0;
    }
    return qMax<qint64>(0, found->lockedUntilMs - Clock::currentSteadyMs());
}

int WebLockout::triesLeft(const QHostAddress& address) const
{
    const Record record = m_records.value(key(address));
    return qMax(0, MaximumFailures - record.failures - record.pending);
}

bool WebLockout::begin(const QHostAddress& address)
{
    const qint64 now = Clock::currentSteadyMs();
    if (m_records.size() >= MaximumRecords) {
        forgetStale(now);
    }
    Record& record = m_records[key(address)];
    if (record.lockedUntilMs > now) {
        return false;
    }
    if (record.lockedUntilMs != 0) {
        record = {}; // the lockout is over: five new tries
    }
    if (record.failures + record.pending >= MaximumFailures) {
        return false;
    }
    ++record.pending;
    return true;
}

bool WebLockout::finish(const QHostAddress& address, bool passwordWasRight)
{
    Record& record = m_records[key(address)];
    record.pending = qMax(0, record.pending - 1);
    if (passwordWasRight) {
        record.failures = 0;
        return false;
    }
    if (++record.failures >= MaximumFailures && record.lockedUntilMs == 0) {
        record.lockedUntilMs = Clock::currentSteadyMs() + LockMs;
        return true;
    }
    return false;
}

void WebLockout::forgetStale(qint64 now)
{
    m_records.removeIf([now](const auto& entry) {
        const Record& record = entry.value();
        return record.pending == 0 && record.lockedUntilMs <= now;
    });
}
