// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthcontroller.h"
#include "core/bandwidth/operatorlimitstore.h"
#include "core/monitor/sessionmonitor.h"
#include "core/traffic/traffichistorystore.h"
#include "core/vouchers/voucherpusher.h"
#include "core/vouchers/vouchertracker.h"

#include <QObject>

class Database;
class EventLog;
class RouterClient;

// One refresh as the program runs it, whoever shows it (window, monitor command, HTTP API): poll
// the router, follow vouchers through their life, tell whose limit each queue is, then make the
// queues match. Only fresh snapshots are tracked and reconciled; a stale one is passed on as it is.
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

    // Where router changes, adoptions and voucher events are written (optional, not owned).
    void setEventLog(EventLog* log);
    bool setInterval(std::chrono::milliseconds interval);
    void start() { m_monitor.start(); }
    void stop() { m_monitor.stop(); }
    // Another router (or the demo one): its own history (the last hour from the database, under
    // this key), and adoption notices and voucher checks start over.
    void routerChanged(const QString& routerKey = {});
    // This loop's router by its name in the settings, written on the vouchers it puts there. With
    // several routers (shared) it follows only the voucher sessions seen on its router and puts on
    // it (and checks there) only the vouchers meant for it; the first router also takes those that
    // name no router (older data, new vouchers).
    void setRouterName(const QString& name, bool first, bool shared);
    QString routerName() const { return m_routerName; }
    // Vouchers not yet on the router are put there after a good poll (retried at most once a
    // minute), and vouchers that should be there are checked every few minutes. On by default.
    void setVoucherUpkeep(bool enabled) { m_voucherUpkeep = enabled; }
    // Puts these vouchers on the router now (the window's "Put on router").
    void pushVouchers(const QList<Voucher>& vouchers, const QString& why);

Q_SIGNALS:
    // After tracking, before the queue changes are sent.
    void refreshed(const TrafficSnapshot& snapshot);
    void trackingFailed(const QString& reason);
    // pisonet-<MAC> queues of online devices that we hold no wish for were found and kept as they
    // are. firstOnRouter: the first time on this router (since start or routerChanged()).
    void limitsAdopted(const QStringList& queueNames, bool firstOnRouter);
    // A push (automatic or asked for) finished.
    void vouchersPushed(int added, const QStringList& failures, const QString& error);
    // Vouchers marked as on the router that the router does not have (reset, another router).
    void vouchersMissingFromRouter(const QStringList& codes);

private:
    static constexpr qint64 PushRetryMs = 60 * 1000;
    static constexpr qint64 RouterCheckMs = 10 * 60 * 1000;

    void process(TrafficSnapshot& snapshot);
    void onSnapshot(const TrafficSnapshot& snapshot);
    void upkeepVouchers();
    void checkVouchersOnRouter();

    OperatorLimitStore m_limits;
    VoucherStore m_store;
    SessionMonitor m_monitor;
    BandwidthController m_bandwidth;
    VoucherTracker m_tracker;
    EventLog* m_log = nullptr;
    QHash<MacAddress, DesiredLimit> m_desired; // for the latest fresh snapshot
    bool m_desiredReadable = true;
    QSet<QString> m_adopted; // queue names announced, while their device stays online
    bool m_adoptionAnnounced = false;
    bool m_voucherUpkeep = true;
    bool m_pushing = false;
    bool m_checking = false;
    qint64 m_lastPushMs = -1;
    qint64 m_lastRouterCheckMs = -1;
    TrafficHistoryStore m_historyStore;
    QString m_routerKey;
    QString m_routerName;
    VoucherStore::RouterScope m_scope; // empty: the only router
};
