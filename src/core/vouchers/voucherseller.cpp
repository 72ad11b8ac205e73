// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/voucherseller.h"

#include "core/storage/database.h"
#include "core/storage/storedtime.h"
#include "core/traffic/datasize.h"
#include "core/util/userinput.h"
#include "core/vouchers/voucherpusher.h"
#include "core/vouchers/voucherstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
bool samePrice(double a, double b)
{
    return std::abs(a - b) < 0.005; // centavos
}
} // namespace

VoucherSeller::VoucherSeller(RouterClient* client, VoucherStore* store, QObject* parent)
    : QObject(parent)
    , m_routers {{QString(), client}}
    , m_store(store)
{ }

void VoucherSeller::setRouters(const QList<VoucherManager::Router>& routers)
{
    if (!routers.isEmpty()) {
        m_routers = routers;
    }
}

std::optional<Profile>
VoucherSeller::pickProfile(const QList<Profile>& profiles, const Request& request, QString* error)
{
    std::optional<Profile> picked;
    if (request.amount.has_value() == !request.profile.trimmed().isEmpty()) {
        *error = tr("give either an amount (the price in pesos) or a profile name");
        return std::nullopt;
    }
    if (request.amount) {
        const double amount = *request.amount;
        QStringList matching;
        QStringList prices;
        for (const Profile& profile : profiles) {
            prices.append(u"%1 %2"_s.arg(profile.name).arg(profile.price));
            if (samePrice(profile.price, amount)) {
                matching.append(profile.name);
                picked = profile;
            }
        }
        if (matching.isEmpty()) {
            *error = tr("no profile costs %1 (prices: %2)").arg(amount).arg(prices.join(u", "_s));
            return std::nullopt;
        }
        if (matching.size() > 1) {
            *error = tr("%1 profiles cost %2: %3; sell by profile name instead")
                         .arg(matching.size())
                         .arg(amount)
                         .arg(matching.join(u", "_s));
            return std::nullopt;
        }
    } else {
        for (const Profile& profile : profiles) {
            if (profile.name.compare(request.profile.trimmed(), Qt::CaseInsensitive) == 0) {
                picked = profile;
            }
        }
        if (!picked) {
            QStringList names;
            for (const Profile& profile : profiles) {
                names.append(profile.name);
            }
            *error = tr("no profile %1 (profiles: %2)").arg(UserInput::quote(request.profile), names.join(u", "_s));
            return std::nullopt;
        }
    }
    if (picked->validitySeconds < 0) {
        *error = tr("profile %1 has no time limit: it cannot be sold as a voucher").arg(picked->name);
        return std::nullopt;
    }
    return picked;
}

QString VoucherSeller::fingerprint(const Request& request)
{
    const QString what
        = request.amount ? u"amount=%1"_s.arg(*request.amount) : u"profile="_s + request.profile.trimmed().toUpper();
    return request.router.isEmpty() ? what : what + u" router="_s + request.router;
}

std::optional<VoucherSeller::Sale>
VoucherSeller::storedSale(const QString& key, const QString& requestPrint, QString* error)
{
    Database* database = m_store->database();
    // Keys are kept for KeyLifetimeDays; older ones go as new sales come.
    QSqlQuery prune(database->handle());
    prune.prepare(u"DELETE FROM voucher_sales WHERE created_at < ?"_s);
    prune.addBindValue(StoredTime::format(QDateTime::currentDateTimeUtc().addDays(-KeyLifetimeDays)));
    prune.exec();
    QSqlQuery query(database->handle());
    query.prepare(u"SELECT request, response FROM voucher_sales WHERE idempotency_key = ?"_s);
    query.addBindValue(key);
    if (!query.exec()) {
        *error = database->errorText(query.lastError());
        return Sale {Sale::Result::DatabaseError, *error, {}, {}, false};
    }
    if (!query.next()) {
        return std::nullopt;
    }
    if (query.value(0).toString() != requestPrint) {
        return Sale {Sale::Result::Conflict,
                     tr("the idempotency key %1 was used for another sale (%2); use a new key for a new sale")
                         .arg(UserInput::quote(key), query.value(0).toString()),
                     {},
                     {},
                     false};
    }
    Sale sale;
    sale.answer = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    sale.repeated = true;
    return sale;
}

void VoucherSeller::finish(const QString& key, const Sale& sale)
{
    if (key.isEmpty()) {
        return;
    }
    const QList<Callback> waiting = m_pending.take(key).waiting;
    for (const Callback& callback : waiting) {
        Sale repeated = sale;
        repeated.repeated = sale.result == Sale::Result::Sold;
        callback(repeated);
    }
}

void VoucherSeller::sell(const QList<Profile>& profiles, const Request& request, QObject* context, Callback callback)
{
    auto refuse = [&](Sale::Result result, const QString& message) { callback(Sale {result, message, {}, {}, false}); };
    QString error;
    const std::optional<Profile> profile = pickProfile(profiles, request, &error);
    if (!profile) {
        refuse(Sale::Result::BadInput, error);
        return;
    }
    const auto router = request.router.isEmpty()
        ? m_routers.cbegin()
        : std::find_if(m_routers.cbegin(), m_routers.cend(),
                       [&](const VoucherManager::Router& r) { return r.name == request.router; });
    if (router == m_routers.cend()) {
        refuse(Sale::Result::BadInput, tr("there is no router named %1").arg(UserInput::quote(request.router)));
        return;
    }
    const QString routerName = router->name;
    RouterClient* client = router->client;
    const QString key = request.idempotencyKey;
    const QString requestPrint = fingerprint(request);
    if (!key.isEmpty()) {
        const bool printable = std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
        if (key.size() > MaximumKeyLength || !printable) {
            refuse(Sale::Result::BadInput,
                   tr("the idempotency key must be 1 to %1 printable ASCII characters without spaces")
                       .arg(MaximumKeyLength));
            return;
        }
        if (const auto pending = m_pending.find(key); pending != m_pending.end()) {
            // The same sale asked again while the first is still on its way: one voucher, one answer.
            if (pending->fingerprint != requestPrint) {
                refuse(Sale::Result::Conflict,
                       tr("the idempotency key %1 is in use for another sale").arg(UserInput::quote(key)));
            } else {
                pending->waiting.append(callback);
            }
            return;
        }
        if (std::optional<Sale> earlier = storedSale(key, requestPrint, &error)) {
            callback(*earlier);
            return;
        }
        m_pending.insert(key, Pending {requestPrint, {}});
    }

    VoucherStore::GenerateOptions options;
    options.count = 1;
    options.note = tr("sold (%1)").arg(request.origin);
    const auto batch = m_store->generate(*profile, options, &error);
    if (!batch) {
        const Sale failed {Sale::Result::DatabaseError, error, {}, {}, false};
        callback(failed);
        finish(key, failed);
        return;
    }
    const QString code = batch->codes.first();
    auto* pusher = new VoucherPusher(client, m_store, this);
    if (!routerName.isEmpty()) {
        pusher->setRouterName(routerName);
    }
    pusher->push(
        {*m_store->find(code)}, context,
        [this, pusher, key, requestPrint, code, routerName, profile = *profile,
         callback](const VoucherPusher::Report& report) {
            pusher->deleteLater();
            Sale sale;
            QString failure;
            if (!report.ok() || report.pushed() != 1) {
                // Not on the router (or not known to be): never sold, never pushed later.
                QString ignored;
                m_store->revoke(code, &ignored);
                sale.result = Sale::Result::RouterProblem;
                sale.routerError = report.error.isError()
                    ? report.error
                    : ApiError(ApiError::Kind::Trap, (report.failures + report.refused).join(u"; "_s));
                sale.message
                    = tr("the router could not take the voucher, nothing was sold: %1").arg(sale.routerError.message());
                callback(sale);
                finish(key, sale);
                return;
            }
            const QDateTime soldAt = QDateTime::currentDateTimeUtc();
            sale.answer = QJsonObject {
                {u"success"_s, true},
                {u"code"_s, code},
                {u"profile"_s, profile.name},
                {u"validity"_s, profile.validity},
                {u"price"_s, profile.price},
                {u"data"_s,
                 profile.dataBytes > 0 ? QJsonValue(DataSize::toRouterOs(profile.dataBytes))
                                       : QJsonValue(QJsonValue::Null)},
                {u"rate_up"_s, profile.rateUp.toRouterOs()},
                {u"rate_down"_s, profile.rateDown.toRouterOs()},
                {u"speeds"_s, profile.limit().toDisplay()},
                {u"shared_users"_s, profile.users},
                {u"sold_at"_s, soldAt.toString(Qt::ISODate)},
            };
            if (!routerName.isEmpty()) {
                sale.answer.insert(u"router"_s, routerName);
            }
            Database* database = m_store->database();
            const bool saved = database->transaction(
                [&](QString* e) {
                    if (!m_store->markSold(code, soldAt, e)) {
                        return false;
                    }
                    if (key.isEmpty()) {
                        return true;
                    }
                    QSqlQuery insert(database->handle());
                    insert.prepare(u"INSERT INTO voucher_sales (idempotency_key, request, voucher_code, "
                                   "response, created_at) VALUES (?, ?, ?, ?, ?)"_s);
                    insert.addBindValue(key);
                    insert.addBindValue(requestPrint);
                    insert.addBindValue(code);
                    insert.addBindValue(QString::fromUtf8(QJsonDocument(sale.answer).toJson(QJsonDocument::Compact)));
                    insert.addBindValue(StoredTime::format(soldAt));
                    if (!insert.exec()) {
                        *e = database->errorText(insert.lastError());
                        return false;
                    }
                    return true;
                },
                &failure);
            if (!saved) {
                sale = Sale {Sale::Result::DatabaseError,
                             tr("voucher %1 is on the router but the sale could not be saved: %2").arg(code, failure),
                             {},
                             {},
                             false};
            }
            callback(sale);
            finish(key, sale);
        });
}
