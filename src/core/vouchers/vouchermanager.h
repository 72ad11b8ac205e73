// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apierror.h"
#include "core/vouchers/voucherstore.h"

#include <QObject>

#include <functional>

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

private:
    RouterClient* m_client;
    VoucherStore* m_store;
};
