// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apierror.h"
#include "core/vouchers/voucherstore.h"

#include <QObject>

#include <functional>

class EventLog;
class RouterClient;

// Operator actions on one voucher that involve the router.
class VoucherManager : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool badInput = false; // nothing was changed
        ApiError error; // the router part failed
        QString message;
        bool ok() const { return !badInput && !error.isError(); }
    };
    using Callback = std::function<void(const Outcome&)>;

    VoucherManager(RouterClient* client, VoucherStore* store, QObject* parent = nullptr);

    // Marks it revoked (the record stays), removes the hotspot user and kicks its sessions.
    void revoke(const QString& code, QObject* context, Callback callback);
    // Logs a device that waits at the hotspot login page in with this voucher.
    void activateForDevice(const QString& code, const QString& mac, QObject* context, Callback callback);
    // Frees a "lock_device" voucher from its device: clears the hotspot user's mac-address on the
    // router, then our record (kept when the router did not take it).
    void unlock(const QString& code, const QString& origin, QObject* context, Callback callback);
    // Where unlocks are written with their reason (optional, not owned).
    void setEventLog(EventLog* log) { m_log = log; }

    // Sets the mac-address of the hotspot user named code (empty mac: clears it). Done gets an
    // error when the router refused, or could not be reached, or has no such user.
    static void setUserMac(RouterClient* client,
                           const QString& code,
                           const QString& mac,
                           QObject* context,
                           std::function<void(const ApiError&)> done);
    // What RouterOS shows for a hotspot user bound to no device.
    static QString noMac();

private:
    RouterClient* m_client;
    VoucherStore* m_store;
    EventLog* m_log = nullptr;
};
