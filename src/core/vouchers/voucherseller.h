// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apierror.h"
#include "core/vouchers/profile.h"
#include "core/vouchers/vouchermanager.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class RouterClient;
class VoucherStore;

// Sells one voucher the moment a coin slot (vendo) or a shop script asks: picks the profile by
// price or name, makes one voucher, puts it on the router and records the sale on that day. The
// voucher counts as sold only once it is on the router; when the router cannot take it, it is
// revoked here (never counted, never pushed later). A request with an idempotency key is answered
// once: a repeat (after a lost answer, say) gets the same voucher, from the database, for at least
// KeyLifetimeDays; the same key with another request is refused.
class VoucherSeller : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        std::optional<double> amount; // pesos: the profile with this price
        QString profile; // or the profile's name
        QString idempotencyKey; // optional
        QString origin; // "api", "web", "cli": kept with the batch note
        QString router; // the router to put it on, by name (setRouters); empty: the first one
    };

    struct Sale
    {
        enum class Result
        {
            Sold,
            BadInput, // nothing was changed
            Conflict, // the idempotency key belongs to another request
            RouterProblem, // unreachable or refused: the voucher was not sold
            DatabaseError,
        };
        Result result = Result::Sold;
        QString message; // for a failure
        QJsonObject answer; // for a sale: success, code, profile, validity, price, ...
        ApiError routerError; // for RouterProblem
        bool repeated = false; // answered from an earlier sale with the same key
        QString code() const { return answer.value(QStringLiteral("code")).toString(); }
    };
    using Callback = std::function<void(const Sale&)>;

    static constexpr int KeyLifetimeDays = 7;
    static constexpr qsizetype MaximumKeyLength = 200;

    VoucherSeller(RouterClient* client, VoucherStore* store, QObject* parent = nullptr);
    // Several routers, the first one first: a request names the one it sells on (a coin slot hangs
    // on one router, and a voucher works only where it was put). Replaces the client given above.
    void setRouters(const QList<VoucherManager::Router>& routers);

    // The profile a request asks for; nullopt with the reason (no such price or name, a price more
    // than one profile has, no time limit).
    static std::optional<Profile> pickProfile(const QList<Profile>& profiles, const Request& request, QString* error);
    // callback runs once, now (bad input, a repeated key) or when the router answered.
    void sell(const QList<Profile>& profiles, const Request& request, QObject* context, Callback callback);

private:
    struct Pending
    {
        QString fingerprint;
        QList<Callback> waiting;
    };
    static QString fingerprint(const Request& request);
    void finish(const QString& key, const Sale& sale);
    std::optional<Sale> storedSale(const QString& key, const QString& fingerprint, QString* error);

    QList<VoucherManager::Router> m_routers; // never empty
    VoucherStore* m_store;
    QHash<QString, Pending> m_pending; // sales with a key that are on their way
};
