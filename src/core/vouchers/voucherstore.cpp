// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/voucherstore.h"

#include "core/storage/database.h"
#include "core/storage/databaseerror.h"
#include "core/storage/storedtime.h"
#include "core/vouchers/codegenerator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("VoucherStore", text);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString iso(const QDateTime& time)
{
    return StoredTime::format(time);
}

QDateTime fromIso(const QVariant& value)
{
    return StoredTime::parse(value);
}

const QString VoucherColumns
    = u"code, profile, price, validity, validity_seconds, shared_users, rate_limit_up, "
      "rate_limit_down, status, created_at, pushed_at, activated_at, expired_at, mac, ip, "
      "batch_id, developer, bytes_up, bytes_down, used_seconds, problem, data_bytes, sold_at, lock_device, "
      "locked_mac, router"_s;

Voucher fromRow(const QSqlQuery& query)
{
    Voucher v;
    v.code = query.value(0).toString();
    v.profile = query.value(1).toString();
    v.price = query.value(2).toDouble();
    v.validity = query.value(3).toString();
    v.validitySeconds = query.value(4).toLongLong();
    v.sharedUsers = std::max(1, query.value(5).toInt());
    v.rateUp = RateLimit::parse(query.value(6).toString(), {}).value_or(RateLimit::unlimited());
    v.rateDown = RateLimit::parse(query.value(7).toString(), {}).value_or(RateLimit::unlimited());
    v.statusText = query.value(8).toString();
    v.status = Voucher::statusFromName(v.statusText);
    v.createdAt = fromIso(query.value(9));
    v.pushedAt = fromIso(query.value(10));
    v.activatedAt = fromIso(query.value(11));
    v.expiredAt = fromIso(query.value(12));
    v.mac = query.value(13).toString();
    v.ip = query.value(14).toString();
    v.batchId = query.value(15).toLongLong();
    v.developer = query.value(16).toInt() != 0;
    v.bytesUp = query.value(17).toULongLong();
    v.bytesDown = query.value(18).toULongLong();
    v.usedSeconds = query.value(19).toLongLong();
    v.problem = query.value(20).toString();
    v.dataBytes = std::max<qint64>(0, query.value(21).toLongLong());
    v.soldAt = fromIso(query.value(22));
    v.lockDevice = query.value(23).toInt() != 0;
    v.lockedMac = query.value(24).toString();
    v.router = query.value(25).toString();
    return v;
}

// "?, ?, ?" for an IN list, with the values to bind.
QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

// Text for a LIKE pattern with % and _ taken literally (the query says ESCAPE '\\').
QString likeLiteral(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_') {
            escaped += u'\\';
        }
        escaped += c;
    }
    return escaped;
}
} // namespace

VoucherStore::VoucherStore(Database* database)
    : m_database(database)
{ }

bool VoucherStore::prepare(QSqlQuery& query, const QString& sql, QString* error) const
{
    // PostgreSQL plans a statement when it is prepared and may already wait for a lock there (and be
    // chosen to end a deadlock): its error is kept, or the exec() that follows reports another one.
    if (!query.prepare(sql)) {
        *error = m_database->errorText(query.lastError());
        return false;
    }
    return true;
}

bool VoucherStore::run(QSqlQuery& query, QString* error) const
{
    if (!query.exec()) {
        *error = m_database->errorText(query.lastError());
        return false;
    }
    return true;
}

std::optional<VoucherStore::Batch>
VoucherStore::generate(const Profile& profile, const GenerateOptions& options, QString* error)
{
    if (options.count < 1 || options.count > MaximumBatch) {
        *error = tr("the number of vouchers must be from 1 to %1, not %2").arg(MaximumBatch).arg(options.count);
        return std::nullopt;
    }
    if (!CodeGenerator::validate(options.length, options.prefix, error)) {
        return std::nullopt;
    }
    // Keep random codes hard to guess: never fill more than a tiny part of the code space.
    if (quint64(options.count) * 1000 > CodeGenerator::capacity(options.length)) {
        *error = tr("%1 codes of length %2 would be too easy to guess; use longer codes")
                     .arg(options.count)
                     .arg(options.length);
        return std::nullopt;
    }
    if (profile.validitySeconds < 0 && !options.developer) {
        *error = tr("profile %1 has no time limit: only developer codes may be unlimited (make them as developer "
                    "codes, or give the profile a validity like 1h)")
                     .arg(profile.name);
        return std::nullopt;
    }
    Batch batch;
    batch.profile = profile.name;
    batch.count = options.count;
    batch.createdAt = QDateTime::currentDateTimeUtc();
    batch.note = options.note;
    const CodeGenerator generator(options.length, options.prefix);

    // The write lock is taken first (waiting while another program writes), so the codes in use are
    // read as they are and no one adds one until the batch is saved.
    const bool ok = m_database->transaction(
        [&](QString* e) {
            QSet<QString> taken;
            {
                QSqlQuery existing(m_database->handle());
                existing.setForwardOnly(true);
                if (!prepare(existing, u"SELECT upper(code) FROM vouchers WHERE code LIKE ? ESCAPE '\\'"_s, e)) {
                    return false;
                }
                existing.addBindValue(QString(likeLiteral(options.prefix.toUpper()) + u'%'));
                if (!run(existing, e)) {
                    return false;
                }
                while (existing.next()) {
                    taken.insert(existing.value(0).toString());
                }
            }
            batch.codes = generator.batch(options.count, taken);
            QSqlQuery insertBatch(m_database->handle());
            if (!prepare(insertBatch,
                         u"INSERT INTO batches (profile, voucher_count, created_at, note) VALUES (?, ?, ?, ?)"_s, e)) {
                return false;
            }
            insertBatch.addBindValue(profile.name);
            insertBatch.addBindValue(options.count);
            insertBatch.addBindValue(iso(batch.createdAt));
            insertBatch.addBindValue(options.note);
            if (!run(insertBatch, e)) {
                return false;
            }
            batch.id = insertBatch.lastInsertId().toLongLong();
            QSqlQuery insert(m_database->handle());
            if (!prepare(insert,
                         u"INSERT INTO vouchers (code, profile, price, validity, validity_seconds, shared_users, "
                         "rate_limit_up, rate_limit_down, status, created_at, batch_id, developer, data_bytes, "
                         "lock_device) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                         e)) {
                return false;
            }
            const QString created = iso(batch.createdAt);
            const QString validity = options.developer ? u"unlimited"_s : profile.validity;
            const qint64 validitySeconds = options.developer ? -1 : profile.validitySeconds;
            QSet<QString> made(batch.codes.cbegin(), batch.codes.cend());
            for (QString& code : batch.codes) {
                // A code someone else holds (a rule of another tool's table, say) is replaced by a new one.
                for (int attempt = 0;; ++attempt) {
                    insert.addBindValue(code);
                    insert.addBindValue(profile.name);
                    insert.addBindValue(profile.price);
                    insert.addBindValue(validity);
                    insert.addBindValue(validitySeconds);
                    insert.addBindValue(profile.users);
                    insert.addBindValue(profile.rateUp.toRouterOs());
                    insert.addBindValue(profile.rateDown.toRouterOs());
                    insert.addBindValue(created);
                    insert.addBindValue(batch.id);
                    insert.addBindValue(options.developer ? 1 : 0);
                    insert.addBindValue(qint64(profile.dataBytes));
                    insert.addBindValue(profile.lockDevice ? 1 : 0);
                    // Another PC's batch may hold the code (committed, or still being saved: then the
                    // insert waits for it): nothing is inserted and a new code is tried.
                    const bool inserted = insert.exec();
                    if (inserted && insert.numRowsAffected() > 0) {
                        break;
                    }
                    const QSqlError failure = insert.lastError();
                    const bool collision = inserted
                        || (DatabaseError::kind(failure) == DatabaseError::Kind::Constraint
                            && failure.databaseText().contains(u"vouchers.code"_s));
                    if (!collision || attempt >= MaximumCodeAttempts) {
                        *e = inserted ? tr("no free voucher code found after %1 attempts").arg(attempt + 1)
                                      : m_database->errorText(failure);
                        return false;
                    }
                    taken.insert(code);
                    made.remove(code);
                    do {
                        code = generator.next();
                    } while (taken.contains(code) || made.contains(code));
                    made.insert(code);
                }
            }
            return true;
        },
        error, Database::Retry::OnConflict); // an attempt starts over: new codes, a new batch row
    if (!ok) {
        return std::nullopt;
    }
    return batch;
}

std::optional<Voucher> VoucherStore::find(const QString& code) const
{
    QSqlQuery query(m_database->handle());
    query.prepare(u"SELECT "_s + VoucherColumns + u" FROM vouchers WHERE code = ?"_s);
    query.addBindValue(code.trimmed().toUpper());
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return fromRow(query);
}

QHash<QString, Voucher> VoucherStore::findMany(const QStringList& codes) const
{
    QHash<QString, Voucher> found;
    constexpr qsizetype Chunk = 500; // stay well under any driver's limit on bound values
    for (qsizetype start = 0; start < codes.size(); start += Chunk) {
        const QStringList part = codes.mid(start, Chunk);
        QStringList marks(part.size(), u"?"_s);
        QSqlQuery query(m_database->handle());
        query.setForwardOnly(true);
        query.prepare(u"SELECT "_s + VoucherColumns + u" FROM vouchers WHERE code IN ("_s + marks.join(u',') + u')');
        for (const QString& code : part) {
            query.addBindValue(code);
        }
        if (!query.exec()) {
            continue;
        }
        while (query.next()) {
            Voucher voucher = fromRow(query);
            found.insert(voucher.code, std::move(voucher));
        }
    }
    return found;
}

QList<Voucher> VoucherStore::list(const Filter& filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.status) {
        // Other tools' names for the same state count too.
        const QStringList accepted = Voucher::wordsFor(*filter.status);
        where.append(u"lower(status) IN ("_s + placeholders(accepted.size()) + u')');
        for (const QString& name : accepted) {
            values.append(name);
        }
    }
    if (!filter.search.trimmed().isEmpty()) {
        // What was typed is looked for as it is: % and _ are characters, not wildcards.
        where.append(u"(upper(code) LIKE ? ESCAPE '\\' OR upper(mac) LIKE ? ESCAPE '\\')"_s);
        const QString pattern = u'%' + likeLiteral(filter.search.trimmed().toUpper()) + u'%';
        values.append(pattern);
        values.append(pattern);
    }
    if (filter.batchId > 0) {
        where.append(u"batch_id = ?"_s);
        values.append(filter.batchId);
    }
    if (!filter.router.router.isEmpty()) {
        // Put on this router first, or later as well (voucher_routers).
        where.append(u"(router = ? OR code IN (SELECT code FROM voucher_routers WHERE router = ?)"_s
                     + (filter.router.unassigned ? u" OR router IS NULL)"_s : u")"_s));
        values.append(filter.router.router);
        values.append(filter.router.router);
    }
    QString sql = u"SELECT "_s + VoucherColumns + u" FROM vouchers"_s;
    if (!where.isEmpty()) {
        sql += u" WHERE "_s + where.join(u" AND "_s);
    }
    sql += u" ORDER BY created_at DESC, code"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT %1"_s.arg(filter.limit);
    }
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    QList<Voucher> vouchers;
    if (query.exec()) {
        while (query.next()) {
            vouchers.append(fromRow(query));
        }
    }
    return vouchers;
}

QList<VoucherStore::Batch> VoucherStore::batches() const
{
    QList<Batch> result;
    QSqlQuery query(m_database->handle());
    if (query.exec(u"SELECT id, profile, voucher_count, created_at, note FROM batches ORDER BY id DESC"_s)) {
        while (query.next()) {
            result.append({query.value(0).toLongLong(),
                           query.value(1).toString(),
                           query.value(2).toInt(),
                           fromIso(query.value(3)),
                           query.value(4).toString(),
                           {}});
        }
    }
    return result;
}

QHash<QString, int> VoucherStore::countByStatus() const
{
    QHash<QString, int> counts;
    QSqlQuery query(m_database->handle());
    if (query.exec(u"SELECT status, count(*) FROM vouchers GROUP BY status"_s)) {
        while (query.next()) {
            counts[Voucher::statusName(Voucher::statusFromName(query.value(0).toString()))] += query.value(1).toInt();
        }
    }
    return counts;
}

bool VoucherStore::markPushed(const QStringList& codes, QString* error, const QString& router)
{
    return m_database->transaction(
        [&](QString* e) {
            QSqlQuery query(m_database->handle());
            const QStringList fresh = Voucher::wordsFor(Voucher::Status::New);
            if (!prepare(query,
                         u"UPDATE vouchers SET status = 'pushed', pushed_at = ?, router = COALESCE(?, router) "
                         "WHERE code = ? AND lower(status) IN ("_s
                             + placeholders(fresh.size()) + u')',
                         e)) {
                return false;
            }
            const QString now = isoNow();
            for (const QString& code : codes) {
                query.addBindValue(now);
                query.addBindValue(router.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(router));
                query.addBindValue(code);
                for (const QString& word : fresh) {
                    query.addBindValue(word);
                }
                if (!run(query, e)) {
                    return false;
                }
            }
            if (router.isEmpty()) {
                return true;
            }
            // Every router it is on, also when it was on another one already (vouchers.router keeps the first).
            QSqlQuery onRouter(m_database->handle());
            onRouter.prepare(u"INSERT INTO voucher_routers (code, router, pushed_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (code, router) DO NOTHING"_s);
            for (const QString& code : codes) {
                onRouter.addBindValue(code);
                onRouter.addBindValue(router);
                onRouter.addBindValue(now);
                if (!run(onRouter, e)) {
                    return false;
                }
            }
            return true;
        },
        error, Database::Retry::OnConflict);
}

QHash<QString, QStringList> VoucherStore::routersOf(const QStringList& codes) const
{
    QHash<QString, QStringList> routers;
    constexpr qsizetype Chunk = 500; // well below SQLite's limit of bound values
    // The first router (vouchers.router) first, also for a voucher an older program put on a router.
    const QString queries[2] = {
        u"SELECT code, router FROM vouchers WHERE router IS NOT NULL AND router <> '' AND code IN (%1)"_s,
        u"SELECT code, router FROM voucher_routers WHERE code IN (%1) ORDER BY code, pushed_at, router"_s,
    };
    for (const QString& sql : queries) {
        for (qsizetype start = 0; start < codes.size(); start += Chunk) {
            const QStringList part = codes.mid(start, Chunk);
            QSqlQuery query(m_database->handle());
            query.setForwardOnly(true);
            query.prepare(sql.arg(placeholders(part.size())));
            for (const QString& code : part) {
                query.addBindValue(code);
            }
            if (!query.exec()) {
                continue;
            }
            while (query.next()) {
                QStringList& names = routers[query.value(0).toString()];
                const QString name = query.value(1).toString();
                if (!names.contains(name)) {
                    names.append(name);
                }
            }
        }
    }
    return routers;
}

QStringList VoucherStore::routersOf(const QString& code) const
{
    return routersOf(QStringList {code}).value(code);
}

bool VoucherStore::revoke(const QString& code, QString* error)
{
    QSqlQuery query(m_database->handle());
    if (!prepare(query, u"UPDATE vouchers SET status = 'revoked', expired_at = ? WHERE code = ?"_s, error)) {
        return false;
    }
    query.addBindValue(isoNow());
    query.addBindValue(code);
    return runOnVoucher(query, code, error);
}

QHash<QString, VoucherStore::OpenSession> VoucherStore::openSessions(const RouterScope& scope) const
{
    QHash<QString, OpenSession> sessions;
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    QString sql = u"SELECT id, voucher_code, router_session_id, started_at, bytes_up, bytes_down, uptime_seconds, "
                  "time_left_seconds, data_left_bytes FROM voucher_sessions WHERE ended_at IS NULL"_s;
    if (!scope.router.isEmpty()) {
        sql += scope.unassigned ? u" AND (router = ? OR router IS NULL)"_s : u" AND router = ?"_s;
    }
    query.prepare(sql);
    if (!scope.router.isEmpty()) {
        query.addBindValue(scope.router);
    }
    if (query.exec()) {
        while (query.next()) {
            OpenSession session;
            session.id = query.value(0).toLongLong();
            session.code = query.value(1).toString();
            session.routerSessionId = query.value(2).toString();
            session.startedAt = fromIso(query.value(3));
            session.bytesUp = query.value(4).toULongLong();
            session.bytesDown = query.value(5).toULongLong();
            session.uptimeSeconds = query.value(6).toLongLong();
            session.timeLeftSeconds = query.value(7).toLongLong();
            session.dataLeftBytes = query.value(8).toLongLong();
            sessions.insert(session.code, session);
        }
    }
    return sessions;
}

bool VoucherStore::activate(
    const QString& code, const QString& mac, const QString& ip, const QDateTime& at, QString* error)
{
    QSqlQuery query(m_database->handle());
    // A used or revoked voucher never comes back to life, whoever asks.
    if (!prepare(query,
                 u"UPDATE vouchers SET status = 'active', activated_at = COALESCE(activated_at, ?), mac = ?, ip = ? "
                 "WHERE code = ? AND lower(status) NOT IN ('used', 'revoked')"_s,
                 error)) {
        return false;
    }
    query.addBindValue(iso(at));
    query.addBindValue(mac);
    query.addBindValue(ip);
    query.addBindValue(code);
    return run(query, error);
}

bool VoucherStore::openSession(
    const QString& code, const UserTraffic& user, const QDateTime& startedAt, QString* error, const QString& router)
{
    QSqlQuery query(m_database->handle());
    if (!prepare(query,
                 u"INSERT INTO voucher_sessions (voucher_code, mac, ip, router_session_id, started_at, bytes_up, "
                 "bytes_down, uptime_seconds, time_left_seconds, data_left_bytes, router) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 error)) {
        return false;
    }
    query.addBindValue(code);
    query.addBindValue(user.macString());
    query.addBindValue(user.address);
    query.addBindValue(user.sessionId);
    query.addBindValue(iso(startedAt));
    query.addBindValue(qint64(user.bytesUp));
    query.addBindValue(qint64(user.bytesDown));
    query.addBindValue(user.uptimeSeconds);
    query.addBindValue(user.timeLeftSeconds);
    query.addBindValue(user.dataLeftBytes);
    query.addBindValue(router.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(router));
    return run(query, error);
}

bool VoucherStore::updateSession(qint64 id,
                                 quint64 bytesUp,
                                 quint64 bytesDown,
                                 qint64 uptimeSeconds,
                                 qint64 timeLeftSeconds,
                                 QString* error,
                                 qint64 dataLeftBytes)
{
    QSqlQuery query(m_database->handle());
    if (!prepare(query,
                 u"UPDATE voucher_sessions SET bytes_up = ?, bytes_down = ?, uptime_seconds = ?, "
                 "time_left_seconds = ?, data_left_bytes = ? WHERE id = ?"_s,
                 error)) {
        return false;
    }
    query.addBindValue(qint64(bytesUp));
    query.addBindValue(qint64(bytesDown));
    query.addBindValue(uptimeSeconds);
    query.addBindValue(timeLeftSeconds);
    query.addBindValue(dataLeftBytes);
    query.addBindValue(id);
    return run(query, error);
}

bool VoucherStore::closeSession(const OpenSession& session,
                                const QDateTime& endedAt,
                                const QString& reason,
                                qint64 expirySlackSeconds,
                                QString* error)
{
    QSqlQuery close(m_database->handle());
    if (!prepare(close, u"UPDATE voucher_sessions SET ended_at = ?, end_reason = ? WHERE id = ?"_s, error)) {
        return false;
    }
    close.addBindValue(iso(endedAt));
    close.addBindValue(reason);
    close.addBindValue(session.id);
    if (!run(close, error)) {
        return false;
    }
    const qint64 seconds = std::max<qint64>(0, session.uptimeSeconds);
    QSqlQuery totals(m_database->handle());
    if (!prepare(totals,
                 u"UPDATE vouchers SET used_seconds = used_seconds + ?, bytes_up = bytes_up + ?, "
                 "bytes_down = bytes_down + ? WHERE code = ?"_s,
                 error)) {
        return false;
    }
    totals.addBindValue(seconds);
    totals.addBindValue(qint64(session.bytesUp));
    totals.addBindValue(qint64(session.bytesDown));
    totals.addBindValue(session.code);
    if (!run(totals, error)) {
        return false;
    }
    const bool ranOut = session.timeLeftSeconds >= 0 && session.timeLeftSeconds <= expirySlackSeconds;
    // The router ends a session at its data cap, between two polls: the last "data left" is what
    // the session, at its average speed, moves within the slack.
    const double bytesPerSecond = seconds > 0 ? double(session.bytesUp + session.bytesDown) / double(seconds) : 0;
    const bool dataRanOut
        = session.dataLeftBytes >= 0 && double(session.dataLeftBytes) <= bytesPerSecond * double(expirySlackSeconds);
    QSqlQuery spent(m_database->handle());
    if (!prepare(spent,
                 u"UPDATE vouchers SET status = 'used', expired_at = ? WHERE code = ? AND lower(status) <> 'revoked' "
                 "AND ((validity_seconds >= 0 AND (used_seconds >= validity_seconds OR ? <> 0)) OR (data_bytes > 0 "
                 "AND (bytes_up + bytes_down >= data_bytes OR ? <> 0)))"_s,
                 error)) {
        return false;
    }
    spent.addBindValue(iso(endedAt));
    spent.addBindValue(session.code);
    spent.addBindValue(ranOut ? 1 : 0);
    spent.addBindValue(dataRanOut ? 1 : 0);
    return run(spent, error);
}

bool VoucherStore::markSold(const QString& code, const QDateTime& at, QString* error)
{
    QSqlQuery query(m_database->handle());
    if (!prepare(query, u"UPDATE vouchers SET sold_at = ? WHERE code = ?"_s, error)) {
        return false;
    }
    query.addBindValue(iso(at));
    query.addBindValue(code);
    return run(query, error);
}

bool VoucherStore::markUsedUp(const QString& code, const QDateTime& at, QString* error)
{
    QSqlQuery query(m_database->handle());
    if (!prepare(query,
                 u"UPDATE vouchers SET status = 'used', expired_at = COALESCE(expired_at, ?) WHERE code = ? AND "
                 "lower(status) <> 'revoked'"_s,
                 error)) {
        return false;
    }
    query.addBindValue(iso(at));
    query.addBindValue(code);
    return run(query, error);
}

bool VoucherStore::recordDevice(
    const QString& code, const QString& mac, const QString& ip, const QDateTime& at, QString* error)
{
    QSqlQuery query(m_database->handle());
    if (!prepare(query,
                 u"INSERT INTO voucher_devices (voucher_code, mac, ip, first_seen) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (voucher_code, mac) DO NOTHING"_s,
                 error)) {
        return false;
    }
    query.addBindValue(code);
    query.addBindValue(mac);
    query.addBindValue(ip);
    query.addBindValue(iso(at));
    return run(query, error);
}

QHash<QString, QList<VoucherStore::Device>> VoucherStore::devices(const QStringList& codes) const
{
    QHash<QString, QList<Device>> found;
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < codes.size(); start += Chunk) {
        const QStringList part = codes.mid(start, Chunk);
        QSqlQuery query(m_database->handle());
        query.setForwardOnly(true);
        query.prepare(u"SELECT voucher_code, mac, ip, first_seen FROM voucher_devices WHERE voucher_code IN ("_s
                      + placeholders(part.size()) + u") ORDER BY first_seen, mac"_s);
        for (const QString& code : part) {
            query.addBindValue(code);
        }
        if (!query.exec()) {
            continue;
        }
        while (query.next()) {
            found[query.value(0).toString()].append(
                {query.value(1).toString(), query.value(2).toString(), fromIso(query.value(3))});
        }
    }
    return found;
}

bool VoucherStore::setLockedMac(const QString& code, const QString& mac, QString* error)
{
    QSqlQuery query(m_database->handle());
    if (!prepare(query, u"UPDATE vouchers SET locked_mac = ? WHERE code = ?"_s, error)) {
        return false;
    }
    query.addBindValue(mac.isEmpty() ? QVariant() : QVariant(mac));
    query.addBindValue(code);
    return runOnVoucher(query, code, error);
}

bool VoucherStore::runOnVoucher(QSqlQuery& query, const QString& code, QString* error) const
{
    if (!run(query, error)) {
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error = tr("no voucher with code %1").arg(code);
        return false;
    }
    return true;
}
