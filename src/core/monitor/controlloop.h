// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthcontroller.h"
#include "core/bandwidth/operatorlimitstore.h"
#include "core/monitor/sessionmonitor.h"
#include "core/vouchers/vouchertracker.h"

#include <QObject>

class Database;
class RouterClient;

// One refresh as the program runs it, whoever shows it (window, monitor command, HTTP API): poll
// the router, follow vouchers through their life, then make the queues match. Only fresh snapshots
// are tracked and reconciled; a stale one is passed on as it is.
class ControlLoop : public QObject
{
    Q_OBJECT

public:
    ControlLoop(RouterClient* client, Database* database, QObject* parent = nullptr);

    SessionMonitor& monitor() { return m_monitor; }
    BandwidthController& bandwidth() { return m_bandwidth; }
    VoucherTracker& vouchers() { return m_tracker; }
    OperatorLimitStore& operatorLimits() { return m_limits; }
    VoucherStore& voucherStore() { return m_store; }

    bool setInterval(std::chrono::milliseconds interval);
    void start() { m_monitor.start(); }
    void stop() { m_monitor.stop(); }

Q_SIGNALS:
    // After tracking, before the queue changes are sent.
    void refreshed(const TrafficSnapshot& snapshot);
    void trackingFailed(const QString& reason);

private:
    void onSnapshot(const TrafficSnapshot& snapshot);

    OperatorLimitStore m_limits;
    VoucherStore m_store;
    SessionMonitor m_monitor;
    BandwidthController m_bandwidth;
    VoucherTracker m_tracker;
};
