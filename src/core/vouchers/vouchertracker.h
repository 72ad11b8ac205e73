// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthcontroller.h"
#include "core/traffic/trafficsnapshot.h"
#include "core/vouchers/voucherstore.h"

#include <QObject>

// Follows vouchers through their life from what each poll shows: a code seen online for the first
// time is activated (time, MAC, IP) and gets a session; a session that disappears is closed with its
// byte totals, and the voucher is used up when its validity is spent. State comes from the router
// plus the database on every poll, so a restart of either loses nothing. It also tells the
// bandwidth controller which speed each online voucher paid for.
class VoucherTracker : public QObject
{
    Q_OBJECT

public:
    explicit VoucherTracker(VoucherStore* store, QObject* parent = nullptr);

    // Call with every fresh snapshot, before reconciling queues. One transaction per call.
    bool track(const TrafficSnapshot& snapshot, QString* error = nullptr);
    // The limit of the voucher a user logged in with; nothing for other hotspot users.
    std::optional<DesiredLimit> limitFor(const UserTraffic& user) const;
    // The speed a voucher gives; nothing for a revoked one.
    static std::optional<DesiredLimit> limitOf(const Voucher& voucher);
    // Voucher limits read from the database, for a controller that runs without a tracker (one
    // CLI action): the same rule as limitFor().
    static BandwidthController::VoucherLimitSource storeLimits(VoucherStore* store);
    // A session that disappears with at most this much time left ran out (rather than logged out):
    // the poll interval plus a little.
    void setExpirySlack(qint64 seconds) { m_expirySlack = seconds; }

Q_SIGNALS:
    void voucherActivated(const QString& code, const QString& mac);
    void voucherUsedUp(const QString& code);

private:
    VoucherStore* m_store;
    QHash<QString, DesiredLimit> m_limits; // online voucher code -> its speed
    qint64 m_expirySlack = 15;
};
