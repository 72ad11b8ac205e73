// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apierror.h"
#include "core/vouchers/voucherstore.h"

#include <QObject>

#include <functional>

class EventLog;
class RouterClient;

// Operator actions on one voucher that involve the router. With several routers, revoke and unlock
// act on every router the voucher was put on (VoucherStore::routersOf; one that names none: the
// first router), each router's outcome told apart; a router that is down does not stop the others.
class VoucherManager : public QObject
{
    Q_OBJECT

public:
    // One router of the shop: its name in the settings and its client.
    struct Router
    {
        QString name;
        RouterClient* client = nullptr;
    };
    // What happened on one router.
    struct RouterOutcome
    {
        QString router;
        ApiError error;
        QString message;
    };
    struct Outcome
    {
        bool badInput = false; // nothing was changed
        ApiError error; // the router part failed (the first router that failed)
        QString message;
        QList<RouterOutcome> routers; // revoke and unlock: one per router acted on
        bool ok() const { return !badInput && !error.isError(); }
    };
    using Callback = std::function<void(const Outcome&)>;

    // One router: every action goes there, whatever the voucher names.
    VoucherManager(RouterClient* client, VoucherStore* store, QObject* parent = nullptr);
    // Several routers, the first one first.
    VoucherManager(const QList<Router>& routers, VoucherStore* store, QObject* parent = nullptr);

    // Marks it revoked (the record stays), removes the hotspot user and kicks its sessions on every
    // router it is on. A router that could not be updated is retried when it is revoked again.
    void revoke(const QString& code, QObject* context, Callback callback);
    // Logs a device that waits at the hotspot login page of router (empty: the router the voucher
    // is on, the first of them) in with this voucher.
    void activateForDevice(
        const QString& code, const QString& mac, QObject* context, Callback callback, const QString& router = {});
    // Frees a "lock_device" voucher from its device: clears the hotspot user's mac-address on every
    // router it is on, then our record (kept, so unlock can be run again, unless every router took it).
    void unlock(const QString& code, const QString& origin, QObject* context, Callback callback);
    // Replaces the routers (several routers, the first one first).
    void setRouters(const QList<Router>& routers)
    {
        if (!routers.isEmpty()) {
            m_routers = routers;
        }
    }
    // The routers a voucher is on, as this manager knows them: all of them with one router.
    QList<Router> routersOf(const QString& code) const;
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
    QList<Router> m_routers;
    VoucherStore* m_store;
    EventLog* m_log = nullptr;
};
