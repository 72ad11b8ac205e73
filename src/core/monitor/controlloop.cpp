// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/controlloop.h"

ControlLoop::ControlLoop(RouterClient* client, Database* database, QObject* parent)
    : QObject(parent)
    , m_limits(database)
    , m_store(database)
    , m_monitor(client)
    , m_bandwidth(client, &m_limits)
    , m_tracker(&m_store)
{
    m_bandwidth.setVoucherLimitSource([this](const UserTraffic& user) { return m_tracker.limitFor(user); });
    m_tracker.setExpirySlack(m_monitor.interval().count() / 1000 + 5);
    connect(&m_monitor, &SessionMonitor::snapshotReady, this, &ControlLoop::onSnapshot);
}

bool ControlLoop::setInterval(std::chrono::milliseconds interval)
{
    if (!m_monitor.setInterval(interval)) {
        return false;
    }
    m_tracker.setExpirySlack(interval.count() / 1000 + 5);
    return true;
}

void ControlLoop::onSnapshot(const TrafficSnapshot& snapshot)
{
    if (!snapshot.stale) {
        QString error;
        if (!m_tracker.track(snapshot, &error)) {
            Q_EMIT trackingFailed(error);
        }
    }
    Q_EMIT refreshed(snapshot);
    m_bandwidth.reconcile(snapshot);
}
