// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apierror.h"
#include "core/vouchers/voucherstore.h"

#include <QObject>

#include <functional>

class RouterClient;

// Puts vouchers on the router as hotspot users (name = code, empty password, limit-uptime =
// validity, a user profile with shared-users and no rate-limit), pipelined. Users already on the
// router are not added again, so a push that failed part-way is simply run again.
class VoucherPusher : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int added = 0;
        int alreadyThere = 0;
        QStringList failures;
        ApiError error; // a problem reaching the router
        bool ok() const { return !error.isError() && failures.isEmpty(); }
    };

    static constexpr QLatin1StringView CommentPrefix {"PisoNet Manager voucher"};

    VoucherPusher(RouterClient* client, VoucherStore* store, QObject* parent = nullptr);

    // The hotspot user profile name for a number of devices at once: "pisonet-1", "pisonet-3".
    static QString userProfileName(int sharedUsers);
    void push(const QList<Voucher>& vouchers, QObject* context, std::function<void(const Report&)> callback);

private:
    void addUsers(const QList<Voucher>& vouchers,
                  const QSet<QString>& onRouter,
                  QObject* context,
                  std::function<void(const Report&)> callback);

    RouterClient* m_client;
    VoucherStore* m_store;
};
