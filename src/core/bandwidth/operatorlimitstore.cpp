// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/operatorlimitstore.h"

#include "core/storage/database.h"
#include "core/storage/storedtime.h"
#include "core/util/clock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
const QString Columns = u"mac, rate_up, rate_down, set_by, updated_at, no_limit, voucher_code"_s;

std::optional<OperatorLimit> fromRow(const QSqlQuery& query)
{
    const auto mac = MacAddress::parse(query.value(0).toString());
    const bool noLimit = query.value(5).toInt() != 0;
    const auto up = noLimit ? std::optional<RateLimit>(RateLimit()) : RateLimit::parse(query.value(1).toString(), {});
    const auto down = noLimit ? std::optional<RateLimit>(RateLimit()) : RateLimit::parse(query.value(2).toString(), {});
    if (!mac || !up || !down) {
        return std::nullopt;
    }
    return OperatorLimit {*mac,
                          {*up, *down},
                          query.value(3).toString(),
                          StoredTime::parse(query.value(4)),
                          noLimit,
                          query.value(6).toString()};
}

const QString CodeColumns = u"voucher_code, rate_up, rate_down, set_by, updated_at"_s;

std::optional<OperatorLimit> fromCodeRow(const QSqlQuery& query)
{
    const auto up = RateLimit::parse(query.value(1).toString(), {});
    const auto down = RateLimit::parse(query.value(2).toString(), {});
    if (!up || !down) {
        return std::nullopt;
    }
    return OperatorLimit {MacAddress(),
                          {*up, *down},
                          query.value(3).toString(),
                          StoredTime::parse(query.value(4)),
                          false,
                          query.value(0).toString()};
}
} // namespace

OperatorLimitStore::OperatorLimitStore(Database* database)
    : m_database(database)
{ }

QList<OperatorLimit> OperatorLimitStore::all(QString* error) const
{
    QList<OperatorLimit> limits;
    QSqlQuery query(m_database->handle());
    if (!query.exec(u"SELECT "_s + Columns + u" FROM operator_limits ORDER BY mac"_s)) {
        if (error != nullptr) {
            *error = m_database->errorText(query.lastError());
        }
        return limits;
    }
    while (query.next()) {
        if (auto limit = fromRow(query)) {
            limits.append(*limit);
        }
    }
    return limits;
}

std::optional<OperatorLimit> OperatorLimitStore::find(const MacAddress& mac, QString* error) const
{
    QSqlQuery query(m_database->handle());
    query.prepare(u"SELECT "_s + Columns + u" FROM operator_limits WHERE mac = ?"_s);
    query.addBindValue(mac.toString());
    if (!query.exec()) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    return fromRow(query);
}

bool OperatorLimitStore::set(const OperatorLimit& limit, QString* error)
{
    return m_database->transaction(
        [&](QString* e) {
            const QString now = Clock::currentUtc().toString(Qt::ISODate);
            // One statement: two PCs on a shared database setting the same device's limit at once
            // cannot both find no row and both insert one.
            QSqlQuery insert(m_database->handle());
            insert.prepare(u"INSERT INTO operator_limits (mac, rate_up, rate_down, set_by, created_at, updated_at, "
                           "no_limit, voucher_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mac) DO UPDATE SET "
                           "rate_up = excluded.rate_up, rate_down = excluded.rate_down, set_by = excluded.set_by, "
                           "updated_at = excluded.updated_at, no_limit = excluded.no_limit, "
                           "voucher_code = excluded.voucher_code"_s);
            insert.addBindValue(limit.mac.toString());
            insert.addBindValue(limit.limit.upload.toRouterOs());
            insert.addBindValue(limit.limit.download.toRouterOs());
            insert.addBindValue(limit.setBy);
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(limit.noLimit ? 1 : 0);
            insert.addBindValue(limit.voucherCode.isEmpty() ? QVariant() : QVariant(limit.voucherCode));
            if (!insert.exec()) {
                *e = m_database->errorText(insert.lastError());
                return false;
            }
            return true;
        },
        error);
}

bool OperatorLimitStore::remove(const MacAddress& mac, QString* error)
{
    QSqlQuery query(m_database->handle());
    query.prepare(u"DELETE FROM operator_limits WHERE mac = ?"_s);
    query.addBindValue(mac.toString());
    if (!query.exec()) {
        *error = m_database->errorText(query.lastError());
        return false;
    }
    return true;
}

QHash<QString, OperatorLimit> OperatorLimitStore::allForCodes(QString* error) const
{
    QHash<QString, OperatorLimit> limits;
    QSqlQuery query(m_database->handle());
    if (!query.exec(u"SELECT "_s + CodeColumns + u" FROM voucher_limits"_s)) {
        if (error != nullptr) {
            *error = m_database->errorText(query.lastError());
        }
        return limits;
    }
    while (query.next()) {
        if (auto limit = fromCodeRow(query)) {
            limits.insert(limit->voucherCode, *limit);
        }
    }
    return limits;
}

std::optional<OperatorLimit> OperatorLimitStore::findForCode(const QString& code, QString* error) const
{
    QSqlQuery query(m_database->handle());
    query.prepare(u"SELECT "_s + CodeColumns + u" FROM voucher_limits WHERE voucher_code = ?"_s);
    query.addBindValue(code);
    if (!query.exec()) {
        if (error != nullptr) {
            *error = m_database->errorText(query.lastError());
        }
        return std::nullopt;
    }
    return query.next() ? fromCodeRow(query) : std::nullopt;
}

bool OperatorLimitStore::setForCode(const OperatorLimit& limit, QString* error)
{
    QSqlQuery query(m_database->handle());
    query.prepare(u"INSERT INTO voucher_limits (voucher_code, rate_up, rate_down, set_by, updated_at) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (voucher_code) DO UPDATE SET rate_up = excluded.rate_up, "
                  "rate_down = excluded.rate_down, set_by = excluded.set_by, updated_at = excluded.updated_at"_s);
    query.addBindValue(limit.voucherCode);
    query.addBindValue(limit.limit.upload.toRouterOs());
    query.addBindValue(limit.limit.download.toRouterOs());
    query.addBindValue(limit.setBy);
    query.addBindValue(Clock::currentUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        *error = m_database->errorText(query.lastError());
        return false;
    }
    return true;
}

bool OperatorLimitStore::removeForCode(const QString& code, QString* error)
{
    QSqlQuery query(m_database->handle());
    query.prepare(u"DELETE FROM voucher_limits WHERE voucher_code = ?"_s);
    query.addBindValue(code);
    if (!query.exec()) {
        *error = m_database->errorText(query.lastError());
        return false;
    }
    return true;
}
