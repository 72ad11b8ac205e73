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
// router (also ones another push added a moment ago) count as pushed, so a push that failed
// part-way is simply run again, and two at once end with every voucher there once. A voucher
// without a time limit that is not a developer code, or with a value that could not be read, is
// refused and named: it is never sent.
class VoucherPusher : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int added = 0;
        int alreadyThere = 0;
        int wanted = 0; // vouchers that were to go on the router (refused ones not counted)
        QStringList refused; // "CODE: why", never sent
        QStringList failures; // "CODE: the router's message" for users the router refused
        ApiError error; // a problem reaching the router, before or during the push
        int pushed() const { return added + alreadyThere; }
        bool ok() const { return !error.isError() && failures.isEmpty() && refused.isEmpty(); }
    };

    static constexpr QLatin1StringView CommentPrefix {"PisoNet Manager voucher"};

    VoucherPusher(RouterClient* client, VoucherStore* store, QObject* parent = nullptr);

    // The hotspot user profile name for a number of devices at once: "pisonet-1", "pisonet-3".
    static QString userProfileName(int sharedUsers);
    void push(const QList<Voucher>& vouchers, QObject* context, std::function<void(const Report&)> callback);
    // The router's name in the settings, written on each voucher put there (several routers).
    void setRouterName(const QString& name) { m_routerName = name; }
    // The router's answer to adding a user that is there already.
    static bool isAlreadyThere(const ApiError& error);

private:
    void addUsers(const QList<Voucher>& vouchers,
                  const QSet<QString>& onRouter,
                  const Report& checked,
                  QObject* context,
                  std::function<void(const Report&)> callback);

    RouterClient* m_client;
    VoucherStore* m_store;
    QString m_routerName;
};
