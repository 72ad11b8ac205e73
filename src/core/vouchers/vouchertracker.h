// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthcontroller.h"
#include "core/traffic/trafficsnapshot.h"
#include "core/vouchers/voucherstore.h"

#include <QObject>
#include <QSet>

class RouterClient;

// Follows vouchers through their life from what each poll shows: a code seen online for the first
// time is activated (time, MAC, IP) and gets a session; a session that disappears is closed with its
// byte totals, and the voucher is used up when its validity or its data cap is spent. State comes from the router
// plus the database on every poll, so a restart of either loses nothing. It also tells the
// bandwidth controller which speed each online voucher paid for.
//
// A used or revoked voucher is never brought back: when its code is online anyway (a router that
// kept the user, another tool), that is reported once per session as a dead code in use, and the
// session is ended when the operator asked for that (setKickDeadCodes).
class VoucherTracker : public QObject
{
    Q_OBJECT

public:
    explicit VoucherTracker(VoucherStore* store, QObject* parent = nullptr);

    // The router to end dead codes' sessions on, and to ask whether a data-capped voucher's
    // session ended at its cap (the control loop's client).
    void setRouterClient(RouterClient* client) { m_client = client; }
    // With several routers: the router this tracker watches. Only its sessions are followed (and
    // closed when gone), so a voucher online on another router is never taken for logged out here.
    void setRouterScope(const VoucherStore::RouterScope& scope) { m_scope = scope; }
    // The router's name, written on the sessions opened (for reports per router).
    void setRouterName(const QString& name) { m_routerName = name; }
    // End the session of a used or revoked code seen online (off by default: only reported).
    void setKickDeadCodes(bool kick) { m_kickDeadCodes = kick; }
    bool kickDeadCodes() const { return m_kickDeadCodes; }

    // Call with every fresh snapshot, before reconciling queues. One transaction per call.
    bool track(const TrafficSnapshot& snapshot, QString* error = nullptr);
    // The limit of the voucher a user logged in with; nothing for other hotspot users.
    std::optional<DesiredLimit> limitFor(const UserTraffic& user) const;
    // The speed a voucher gives; nothing for a revoked one.
    static std::optional<DesiredLimit> limitOf(const Voucher& voucher);
    // Voucher limits read from the database, for a controller that runs without a tracker (one
    // CLI action): the same rule as limitFor().
    static BandwidthController::VoucherLimitSource storeLimits(VoucherStore* store);
    // The same, with the vouchers of these online users read in one query up front: a command that
    // plans once for thousands of users then makes no query per user.
    static BandwidthController::VoucherLimitSource storeLimits(VoucherStore* store, const QList<UserTraffic>& online);
    // A session that disappears with at most this much time left ran out (rather than logged out):
    // the poll interval plus a little.
    void setExpirySlack(qint64 seconds) { m_expirySlack = seconds; }

Q_SIGNALS:
    void voucherActivated(const QString& code, const QString& mac);
    void voucherUsedUp(const QString& code);
    // A code that should be dead (status "used" or "revoked") is online; once per session.
    void deadCodeInUse(const QString& code, const QString& mac, const QString& status, bool kicking);
    // The outcome of ending such a session; error empty when it was ended.
    void deadCodeKicked(const QString& code, const QString& mac, const QString& error);
    // A "lock_device" voucher was bound to the device that used it (hotspot user mac-address);
    // error empty when the router took it.
    void deviceLocked(const QString& code, const QString& mac, const QString& error);

private:
    void kick(const UserTraffic& user);
    // The router counts a user's bytes at logout: those at limit-bytes-total are used up.
    void checkDataSpent(const QStringList& codes);

    VoucherStore* m_store;
    RouterClient* m_client = nullptr;
    bool m_kickDeadCodes = false;
    QHash<QString, DesiredLimit> m_limits; // online voucher code -> its speed
    QSet<QString> m_reportedDeadSessions; // router session ids already reported
    qint64 m_expirySlack = 15;
    VoucherStore::RouterScope m_scope;
    QString m_routerName;
};
