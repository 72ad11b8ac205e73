// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/log/logcategories.h"
#include "core/storage/databaseerror.h"
#include "core/storage/databaseurl.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storedtime.h"
#include "core/vouchers/legacyvouchers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

// A file in the system's own form; a URL as it is.
QString shown(const QString& location)
{
    return DatabaseUrl::isUrl(location) ? location : QDir::toNativeSeparators(location);
}

QString newerSchemaRefusal(const QString& location, int version, int latest)
{
    return QCoreApplication::translate("Database",
                                       "the database %1 was made by a newer PisoNet Manager (schema %2; this version "
                                       "knows up to %3). It was not changed: update PisoNet Manager.")
        .arg(shown(location))
        .arg(version)
        .arg(latest);
}

// Schema statements are written in SQLite's words; the dialect gives them PostgreSQL's types.
bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(SqlDialect::of(db).ddl(sql))) {
        *error = DatabaseError::describe(query.lastError(), db.databaseName());
        return false;
    }
    return true;
}

// The header's "file format" bytes are 2 for a file in WAL mode (1: rollback journal).
bool isWalFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(20).mid(18, 2) == QByteArray("\x02\x02", 2);
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return {};
    }
    return hash.result();
}

// Copies source to target through a temporary name, so target is never a partial copy.
bool copyWhole(const QString& source, const QString& target)
{
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    if (!QFile::copy(source, partial)) {
        return false;
    }
    QFile::remove(target); // a copy under this name that does not match its checksum is no copy
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool createOperatorLimits(QSqlDatabase& db, QString* error)
{
    return exec(db,
                u"CREATE TABLE IF NOT EXISTS operator_limits ("
                "mac VARCHAR(17) NOT NULL PRIMARY KEY,"
                "rate_up VARCHAR(20) NOT NULL,"
                "rate_down VARCHAR(20) NOT NULL,"
                "set_by VARCHAR(100) NOT NULL DEFAULT 'operator',"
                "created_at VARCHAR(32) NOT NULL,"
                "updated_at VARCHAR(32) NOT NULL)"_s,
                error);
}
QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    return SqlDialect::columnsOf(db, table);
}

// Vouchers, their batches and sessions. A vouchers table made by another tool (or an older
// PisoNet) is kept with every row and column; the columns we need are added with defaults.
bool createVouchers(QSqlDatabase& db, QString* error)
{
    const bool ok = exec(db,
                         u"CREATE TABLE IF NOT EXISTS batches ("
                         "id INTEGER PRIMARY KEY,"
                         "profile VARCHAR(50) NOT NULL,"
                         "voucher_count INTEGER NOT NULL,"
                         "created_at VARCHAR(32) NOT NULL,"
                         "note VARCHAR(200))"_s,
                         error)
        && exec(db, u"CREATE TABLE IF NOT EXISTS vouchers (code VARCHAR(32) NOT NULL PRIMARY KEY)"_s, error);
    if (!ok) {
        return false;
    }
    // Column, type and default, in the order a fresh table gets them.
    static const QList<std::pair<QString, QString>> wanted {
        {u"profile"_s, u"VARCHAR(50) NOT NULL DEFAULT ''"_s},
        {u"price"_s, u"REAL NOT NULL DEFAULT 0"_s},
        {u"validity"_s, u"VARCHAR(20) NOT NULL DEFAULT 'unlimited'"_s},
        {u"validity_seconds"_s, u"INTEGER NOT NULL DEFAULT -1"_s},
        {u"shared_users"_s, u"INTEGER NOT NULL DEFAULT 1"_s},
        {u"rate_limit_up"_s, u"VARCHAR(20) NOT NULL DEFAULT '1M'"_s},
        {u"rate_limit_down"_s, u"VARCHAR(20) NOT NULL DEFAULT '2M'"_s},
        {u"status"_s, u"VARCHAR(16) NOT NULL DEFAULT 'new'"_s},
        {u"created_at"_s, u"VARCHAR(32)"_s},
        {u"pushed_at"_s, u"VARCHAR(32)"_s},
        {u"activated_at"_s, u"VARCHAR(32)"_s},
        {u"expired_at"_s, u"VARCHAR(32)"_s},
        {u"mac"_s, u"VARCHAR(17)"_s},
        {u"ip"_s, u"VARCHAR(45)"_s},
        {u"batch_id"_s, u"INTEGER"_s},
        {u"developer"_s, u"INTEGER NOT NULL DEFAULT 0"_s},
        {u"bytes_up"_s, u"BIGINT NOT NULL DEFAULT 0"_s},
        {u"bytes_down"_s, u"BIGINT NOT NULL DEFAULT 0"_s},
        {u"used_seconds"_s, u"INTEGER NOT NULL DEFAULT 0"_s},
    };
    const QStringList existing = columnsOf(db, u"vouchers"_s);
    if (!existing.contains(u"code"_s)) {
        *error = QCoreApplication::translate("Database", "the existing vouchers table has no \"code\" column");
        return false;
    }
    for (const auto& [column, type] : wanted) {
        if (!existing.contains(column)
            && !exec(db, u"ALTER TABLE vouchers ADD COLUMN %1 %2"_s.arg(column, type), error)) {
            return false;
        }
    }
    QSqlQuery duplicates(db);
    duplicates.exec(u"SELECT count(*) - count(DISTINCT code) FROM vouchers"_s);
    const bool unique = duplicates.next() && duplicates.value(0).toInt() == 0;
    duplicates = QSqlQuery();
    return exec(db,
                unique ? u"CREATE UNIQUE INDEX IF NOT EXISTS vouchers_code ON vouchers (code)"_s
                       : u"CREATE INDEX IF NOT EXISTS vouchers_code ON vouchers (code)"_s,
                error)
        && exec(db, u"CREATE INDEX IF NOT EXISTS vouchers_status ON vouchers (status)"_s, error)
        && exec(db, u"CREATE INDEX IF NOT EXISTS vouchers_batch ON vouchers (batch_id)"_s, error)
        && exec(db,
                u"CREATE TABLE IF NOT EXISTS voucher_sessions ("
                "id INTEGER PRIMARY KEY,"
                "voucher_code VARCHAR(32) NOT NULL,"
                "mac VARCHAR(17),"
                "ip VARCHAR(45),"
                "router_session_id VARCHAR(32),"
                "started_at VARCHAR(32) NOT NULL,"
                "ended_at VARCHAR(32),"
                "bytes_up BIGINT NOT NULL DEFAULT 0,"
                "bytes_down BIGINT NOT NULL DEFAULT 0,"
                "uptime_seconds INTEGER NOT NULL DEFAULT 0,"
                "time_left_seconds INTEGER NOT NULL DEFAULT -1,"
                "end_reason VARCHAR(32))"_s,
                error)
        && exec(db, u"CREATE INDEX IF NOT EXISTS voucher_sessions_code ON voucher_sessions (voucher_code)"_s, error)
        && exec(db, u"CREATE INDEX IF NOT EXISTS voucher_sessions_open ON voucher_sessions (ended_at)"_s, error);
}
// An operator's "no limit" for a device, and the voucher code a decision is bound to.
bool extendOperatorLimits(QSqlDatabase& db, QString* error)
{
    const QStringList existing = columnsOf(db, u"operator_limits"_s);
    return (existing.contains(u"no_limit"_s)
            || exec(db, u"ALTER TABLE operator_limits ADD COLUMN no_limit INTEGER NOT NULL DEFAULT 0"_s, error))
        && (existing.contains(u"voucher_code"_s)
            || exec(db, u"ALTER TABLE operator_limits ADD COLUMN voucher_code VARCHAR(32)"_s, error));
}

// The last hour of the total speed per router, for the charts after a restart.
bool createTrafficHistory(QSqlDatabase& db, QString* error)
{
    return exec(db,
                u"CREATE TABLE IF NOT EXISTS traffic_history ("
                "router VARCHAR(200) NOT NULL,"
                "time_ms BIGINT NOT NULL,"
                "rate_up REAL NOT NULL,"
                "rate_down REAL NOT NULL)"_s,
                error)
        && exec(db, u"CREATE INDEX IF NOT EXISTS traffic_history_router_time ON traffic_history (router, time_ms)"_s,
                error);
}

// Data caps on vouchers (legacy rows get none), the moment a voucher was sold at a coin slot, and
// the sales asked for with an idempotency key, with the answer given, so a retry gets the same voucher.
bool addDataCapsAndSales(QSqlDatabase& db, QString* error)
{
    const QStringList existing = columnsOf(db, u"vouchers"_s);
    return (existing.contains(u"data_bytes"_s)
            || exec(db, u"ALTER TABLE vouchers ADD COLUMN data_bytes BIGINT NOT NULL DEFAULT 0"_s, error))
        && (existing.contains(u"sold_at"_s)
            || exec(db, u"ALTER TABLE vouchers ADD COLUMN sold_at VARCHAR(32)"_s, error))
        && exec(db, u"CREATE INDEX IF NOT EXISTS vouchers_sold ON vouchers (sold_at)"_s, error)
        && (columnsOf(db, u"voucher_sessions"_s).contains(u"data_left_bytes"_s)
            || exec(db, u"ALTER TABLE voucher_sessions ADD COLUMN data_left_bytes BIGINT NOT NULL DEFAULT -1"_s, error))
        && exec(db,
                u"CREATE TABLE IF NOT EXISTS voucher_sales ("
                "idempotency_key VARCHAR(200) NOT NULL PRIMARY KEY,"
                "request VARCHAR(200) NOT NULL,"
                "voucher_code VARCHAR(32) NOT NULL,"
                "response TEXT NOT NULL,"
                "created_at VARCHAR(32) NOT NULL)"_s,
                error);
}

// Vouchers on phones that change their MAC: every device a code was used from, the operator's
// limits kept per code, and a profile's "lock_device" with the MAC the code was bound to.
bool createVoucherDevices(QSqlDatabase& db, QString* error)
{
    const QStringList existing = columnsOf(db, u"vouchers"_s);
    return exec(db,
                u"CREATE TABLE IF NOT EXISTS voucher_devices ("
                "voucher_code VARCHAR(32) NOT NULL,"
                "mac VARCHAR(17) NOT NULL,"
                "ip VARCHAR(45) NOT NULL DEFAULT '',"
                "first_seen VARCHAR(32) NOT NULL,"
                "PRIMARY KEY (voucher_code, mac))"_s,
                error)
        && exec(db,
                u"CREATE TABLE IF NOT EXISTS voucher_limits ("
                "voucher_code VARCHAR(32) NOT NULL PRIMARY KEY,"
                "rate_up VARCHAR(20) NOT NULL,"
                "rate_down VARCHAR(20) NOT NULL,"
                "set_by VARCHAR(100) NOT NULL DEFAULT 'operator',"
                "updated_at VARCHAR(32) NOT NULL)"_s,
                error)
        && (existing.contains(u"lock_device"_s)
            || exec(db, u"ALTER TABLE vouchers ADD COLUMN lock_device INTEGER NOT NULL DEFAULT 0"_s, error))
        && (existing.contains(u"locked_mac"_s)
            || exec(db, u"ALTER TABLE vouchers ADD COLUMN locked_mac VARCHAR(17)"_s, error));
}

// Several routers: the router a voucher was put on, and the router a session was seen on, so the
// tracker of one router never closes a session that is online on another.
bool addRouters(QSqlDatabase& db, QString* error)
{
    return (columnsOf(db, u"vouchers"_s).contains(u"router"_s)
            || exec(db, u"ALTER TABLE vouchers ADD COLUMN router VARCHAR(200)"_s, error))
        && (columnsOf(db, u"voucher_sessions"_s).contains(u"router"_s)
            || exec(db, u"ALTER TABLE voucher_sessions ADD COLUMN router VARCHAR(200)"_s, error));
}

// Every time column of ours, as the migrations before 10 made it (text).
const QList<std::pair<QString, QString>> TimeColumns {
    {u"operator_limits"_s, u"created_at"_s},  {u"operator_limits"_s, u"updated_at"_s},
    {u"batches"_s, u"created_at"_s},          {u"vouchers"_s, u"created_at"_s},
    {u"vouchers"_s, u"pushed_at"_s},          {u"vouchers"_s, u"activated_at"_s},
    {u"vouchers"_s, u"expired_at"_s},         {u"vouchers"_s, u"sold_at"_s},
    {u"voucher_sessions"_s, u"started_at"_s}, {u"voucher_sessions"_s, u"ended_at"_s},
    {u"voucher_sales"_s, u"created_at"_s},    {u"voucher_devices"_s, u"first_seen"_s},
    {u"voucher_limits"_s, u"updated_at"_s},
};

// On PostgreSQL every time column becomes a timestamp with time zone, each value the same instant:
// text in another form than ours (no offset: the shop PC's local time, see StoredTime) is read in
// C++ first and written back in ours; a value that cannot be read becomes empty, with a note. On
// SQLite times stay text (there is no time type): nothing changes.
bool timesWithTimeZone(QSqlDatabase& db, QStringList* notes, QString* error)
{
    const SqlDialect dialect = SqlDialect::of(db);
    if (!dialect.hasTimestamps()) {
        return true;
    }
    for (const auto& [table, column] : TimeColumns) {
        const QSqlRecord record = db.record(table);
        if (!record.contains(column) || record.field(column).metaType().id() == QMetaType::QDateTime) {
            continue; // not there, or already a timestamp
        }
        QStringList others;
        {
            QSqlQuery read(db);
            if (!read.exec(dialect.textTimesToRewrite(table, column))) {
                *error = DatabaseError::describe(read.lastError(), db.databaseName());
                return false;
            }
            while (read.next()) {
                others.append(read.value(0).toString());
            }
        }
        int unreadable = 0;
        for (const QString& text : std::as_const(others)) {
            const QDateTime time = StoredTime::parse(text);
            QSqlQuery rewrite(db);
            rewrite.prepare(u"UPDATE %1 SET %2 = ? WHERE %2 = ?"_s.arg(table, column));
            rewrite.addBindValue(time.isValid() ? QVariant(StoredTime::format(time))
                                                : QVariant(QMetaType::fromType<QString>()));
            rewrite.addBindValue(text);
            if (!rewrite.exec()) {
                *error = time.isValid()
                    ? DatabaseError::describe(rewrite.lastError(), db.databaseName())
                    : QCoreApplication::translate("Database", "%1.%2 holds \"%3\", which is no time")
                          .arg(table, column, text);
                return false;
            }
            if (!time.isValid()) {
                unreadable += rewrite.numRowsAffected();
            }
        }
        if (unreadable > 0) {
            notes->append(QCoreApplication::translate("Database", "%1.%2: %3 values that are no time were left empty")
                              .arg(table, column)
                              .arg(unreadable));
        }
        if (!exec(db, dialect.textTimeColumnToTimestamp(table, column), error)) {
            return false;
        }
    }
    return true;
}

// A voucher put on several routers: one row per router it went on, with the time it went there
// (vouchers.router keeps the first of them for older readers). Filled from vouchers.router.
bool createVoucherRouters(QSqlDatabase& db, QString* error)
{
    return exec(db,
                u"CREATE TABLE IF NOT EXISTS voucher_routers ("
                "code VARCHAR(32) NOT NULL,"
                "router VARCHAR(200) NOT NULL,"
                "pushed_at %1,"
                "PRIMARY KEY (code, router))"_s.arg(SqlDialect::of(db).timeType()),
                error)
        && exec(db, u"CREATE INDEX IF NOT EXISTS voucher_routers_router ON voucher_routers (router)"_s, error)
        && exec(db,
                u"INSERT INTO voucher_routers (code, router, pushed_at) "
                "SELECT code, router, MIN(COALESCE(pushed_at, created_at)) FROM vouchers "
                "WHERE router IS NOT NULL AND router <> '' "
                "AND NOT EXISTS (SELECT 1 FROM voucher_routers r WHERE r.code = vouchers.code "
                "AND r.router = vouchers.router) "
                "GROUP BY code, router"_s,
                error);
}

bool createAppSettings(QSqlDatabase& db, QString* error)
{
    return exec(db,
                u"CREATE TABLE IF NOT EXISTS app_settings ("
                "name VARCHAR(64) NOT NULL PRIMARY KEY,"
                "value TEXT NOT NULL)"_s,
                error);
}
} // namespace

Database::Database()
{
    static std::atomic<int> counter {0};
    m_connectionName = u"pisonet-db-%1"_s.arg(counter.fetch_add(1));
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    // Local, not roaming: on Windows %LOCALAPPDATA%\PisoNet\PisoNet Manager (a database does not
    // belong in a roaming profile); the same folder as on Linux everywhere else.
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/pisonet.db"_s;
}

const QList<Database::Migration>& Database::migrations()
{
    static const QList<Migration> steps {
        {1, QT_TRANSLATE_NOOP("Database", "operator bandwidth limits per device"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return createOperatorLimits(db, error); }},
        {2,
         QT_TRANSLATE_NOOP("Database",
                           "vouchers, batches and sessions (legacy voucher tables are kept and "
                           "get the missing columns, e.g. rate_limit_up/rate_limit_down)"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return createVouchers(db, error); }},
        {3, QT_TRANSLATE_NOOP("Database", "program settings kept with the data (the HTTP API token)"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return createAppSettings(db, error); }},
        {4, QT_TRANSLATE_NOOP("Database", "operator decisions to remove a voucher's speed limit"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return extendOperatorLimits(db, error); }},
        {5, QT_TRANSLATE_NOOP("Database", "the last hour of speeds per router, for the charts"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return createTrafficHistory(db, error); }},
        {6,
         QT_TRANSLATE_NOOP("Database",
                           "vouchers of other tools: time limit, speed, devices, status, MAC and developer codes "
                           "read from their own columns; a voucher with a value that cannot be read is not put on "
                           "the router"),
         LegacyVouchers::repair},
        {7,
         QT_TRANSLATE_NOOP("Database",
                           "data caps on vouchers (existing vouchers keep none) and coin-slot sales with their "
                           "idempotency keys"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return addDataCapsAndSales(db, error); }},
        {8,
         QT_TRANSLATE_NOOP("Database",
                           "every device a voucher was used from, operator limits per voucher code, and vouchers "
                           "bound to their first device"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return createVoucherDevices(db, error); }},
        {9,
         QT_TRANSLATE_NOOP("Database",
                           "several routers: the router each voucher was put on and each session was seen on"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return addRouters(db, error); }},
        {10,
         QT_TRANSLATE_NOOP("Database",
                           "times with their time zone on PostgreSQL (timestamp with time zone); on SQLite times "
                           "stay UTC text"),
         timesWithTimeZone},
        {11,
         QT_TRANSLATE_NOOP("Database",
                           "every router a voucher was put on (a voucher may be on several), so revoking or "
                           "unlocking it reaches each of them"),
         [](QSqlDatabase& db, QStringList*, QString* error) { return createVoucherRouters(db, error); }},
    };
    return steps;
}

int Database::latestVersion()
{
    return migrations().last().version;
}

bool Database::openPostgres(const QString& location, QString* error)
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(location, error);
    if (!url) {
        return false;
    }
    m_path = url->display(); // never the password
    m_dialect = SqlDialect(SqlDialect::Engine::Postgres);
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName())) {
        *error = tr("cannot open %1: the PostgreSQL driver of Qt (QPSQL) is not installed").arg(m_path);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setHostName(url->host());
    m_db.setPort(url->port());
    m_db.setDatabaseName(url->databaseName());
    m_db.setUserName(url->user());
    m_db.setPassword(url->password());
    m_db.setConnectOptions(
        u"connect_timeout=%1;application_name=pisonet-manager"_s.arg(std::max(1, m_busyTimeoutMs / 1000)));
    const bool opened = m_db.open();
    m_db.setPassword(QString()); // kept by libpq for this connection, not by us
    if (!opened) {
        *error = tr("cannot open the database %1: %2").arg(m_path, m_db.lastError().databaseText().trimmed());
        close();
        return false;
    }
    QString ignored;
    // A row lock or the migration lock waited for longer than the busy timeout is an error, not a hang.
    exec(m_db, u"SET lock_timeout = %1"_s.arg(m_busyTimeoutMs), &ignored);
    exec(m_db, u"SET client_min_messages = warning"_s, &ignored); // no "already exists, skipping" on stderr
    // Timestamps come back in UTC, whatever the server's or the PC's zone (StoredTime reads them as such).
    exec(m_db, u"SET TIME ZONE 'UTC'"_s, &ignored);
    return true;
}

bool Database::openConnection(const QString& path, QString* error)
{
    close();
    m_path = path;
    m_report = {};
    m_dialect = SqlDialect(SqlDialect::Engine::Sqlite);
    if (DatabaseUrl::isUrl(path)) {
        return openPostgres(path, error);
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        const QString reason = DatabaseError::readOnlyReason(path);
        *error = reason.isEmpty() ? tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath()))
                                  : reason;
        return false;
    }
    if (!info.exists()) {
        // A new database is written at once: say so now rather than with a driver message.
        if (const QString reason = DatabaseError::readOnlyReason(path); !reason.isEmpty()) {
            *error = reason;
            return false;
        }
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    if (!m_db.open()) {
        *error = tr("cannot open the database: %1").arg(DatabaseError::describe(m_db.lastError(), path));
        close();
        return false;
    }
    // The first real read tells a damaged or foreign file apart from a database. It writes nothing.
    QSqlQuery probe(m_db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        const QSqlError failure = probe.lastError();
        probe = QSqlQuery();
        close();
        // A WAL file cannot even be read without writing its -shm file next to it.
        const QString readOnly = DatabaseError::readOnlyReason(path);
        const auto kind = DatabaseError::kind(failure);
        *error = !readOnly.isEmpty() && kind != DatabaseError::Kind::Damaged ? readOnly
                                                                             : DatabaseError::describe(failure, path);
        return false;
    }
    probe = QSqlQuery();
    QString ignored;
    exec(m_db, u"PRAGMA foreign_keys = ON"_s, &ignored); // per connection: nothing is written
    return true;
}

bool Database::openWithoutMigrating(const QString& path, QString* error)
{
    return openConnection(path, error);
}

bool Database::open(const QString& path, QString* error)
{
    if (!openConnection(path, error)) {
        return false;
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (const QString has = m_dialect.hasSchemaVersion(); !has.isEmpty()) {
        if (!query.exec(has) || !query.next()) {
            return -1;
        }
        if (!query.value(0).toBool()) {
            return 0;
        }
    }
    if (query.exec(m_dialect.readSchemaVersion()) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

QString Database::setting(const QString& name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM app_settings WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool Database::setSetting(const QString& name, const QString& value, QString* error)
{
    return transaction(
        [&](QString* e) {
            QSqlQuery remove(m_db);
            // A failed prepare (PostgreSQL may wait for a lock there) keeps its own error.
            if (!remove.prepare(u"DELETE FROM app_settings WHERE name = ?"_s)) {
                *e = errorText(remove.lastError());
                return false;
            }
            remove.addBindValue(name);
            if (!remove.exec()) {
                *e = errorText(remove.lastError());
                return false;
            }
            QSqlQuery insert(m_db);
            if (!insert.prepare(u"INSERT INTO app_settings (name, value) VALUES (?, ?)"_s)) {
                *e = errorText(insert.lastError());
                return false;
            }
            insert.addBindValue(name);
            insert.addBindValue(value);
            if (!insert.exec()) {
                *e = errorText(insert.lastError());
                return false;
            }
            return true;
        },
        error, Retry::OnConflict);
}

QString Database::errorText(const QSqlError& error) const
{
    m_conflicted = m_conflicted || DatabaseError::isConflict(error);
    return DatabaseError::describe(error, m_path);
}

bool Database::begin(QString* error)
{
    // IMMEDIATE takes the write lock now, waiting (busy timeout) while another program writes. A
    // deferred transaction would read first and could then fail at once when it needs to write.
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.beginWrite())) {
        *error = errorText(query.lastError());
        return false;
    }
    return true;
}

bool Database::transaction(const std::function<bool(QString* error)>& work, QString* error, Retry retry)
{
    for (int attempt = 1;; ++attempt) {
        m_conflicted = false;
        if (!begin(error)) {
            return false;
        }
        bool done = work(error);
        if (done && !m_db.commit()) {
            *error = tr("cannot save: %1").arg(errorText(m_db.lastError()));
            done = false;
        }
        if (done) {
            return true;
        }
        m_db.rollback(); // nothing of this attempt remains
        if (!m_conflicted || retry != Retry::OnConflict) {
            return false;
        }
        if (attempt == ConflictAttempts) {
            *error = tr("another PC kept changing the same data at the same moment; gave up after %1 attempts "
                        "(nothing was changed): %2")
                         .arg(ConflictAttempts)
                         .arg(*error);
            return false;
        }
        ++m_conflictRetries;
        qCInfo(lcDatabase) << "transaction broken off by the server, attempt" << attempt << "of" << ConflictAttempts
                           << "- running it again";
        // A random pause, longer each time, so that the two sides do not meet again in step.
        QThread::msleep(quint64(QRandomGenerator::global()->bounded(5, 20) * attempt));
    }
}

void Database::useWal()
{
    if (m_dialect.isPostgres()) {
        return;
    }
    QString ignored;
    exec(m_db, u"PRAGMA journal_mode = WAL"_s, &ignored);
    exec(m_db, u"PRAGMA synchronous = NORMAL"_s, &ignored);
}

bool Database::backup(int fromVersion, QString* error)
{
    // Called with the write lock held: nobody changes the file while it is copied. A file in WAL
    // mode (only ours are) may have recent changes in its -wal file; those are copied too.
    const QByteArray checksum = sha256Of(m_path);
    const QString target = u"%1.backup-v%2-%3"_s.arg(m_path, QString::number(fromVersion),
                                                     QString::fromLatin1(checksum.toHex().left(16)));
    const QString wal = m_path + u"-wal"_s;
    const bool walPending = QFileInfo(wal).size() > 0;
    m_report.backupFile = target;
    if (!checksum.isEmpty() && QFileInfo::exists(target) && sha256Of(target) == checksum
        && (!walPending || QFileInfo::exists(target + u"-wal"_s))) {
        m_report.backupExisted = true; // an earlier attempt already kept this very original
        return true;
    }
    if (checksum.isEmpty() || !copyWhole(m_path, target) || (walPending && !copyWhole(wal, target + u"-wal"_s))) {
        const QString reason = DatabaseError::readOnlyReason(m_path);
        *error = tr("cannot back up %1 to %2 before updating it (%3); nothing was changed")
                     .arg(shown(m_path), QDir::toNativeSeparators(target),
                          reason.isEmpty() ? tr("is the disk full?") : reason);
        m_report.backupFile.clear();
        return false;
    }
    return true;
}

bool Database::migrate(QString* error)
{
    int current = schemaVersion();
    m_report.fromVersion = m_report.toVersion = current;
    if (current < 0) {
        *error = tr("cannot read the schema version of %1").arg(shown(m_path));
        return false;
    }
    if (current > latestVersion()) {
        *error = newerSchemaRefusal(m_path, current, latestVersion());
        return false;
    }
    if (current == latestVersion()) {
        useWal(); // ours and current: WAL is recorded in the file itself
        return true;
    }
    const bool shared = m_dialect.isPostgres();
    bool hasData = false;
    if (!shared) {
        // Nothing may write to the file before the backup is taken: not WAL, not a checkpoint of a file
        // that is not ours. Our own older files are in WAL mode: fold their -wal in first.
        if (isWalFile(m_path)) {
            QString ignored;
            exec(m_db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, &ignored);
        }
        QSqlQuery tables(m_db);
        tables.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s);
        hasData = tables.next() && tables.value(0).toInt() > 0;
        tables = QSqlQuery();

        // A file that cannot be written is said to be so (and no copy of it is made).
        if (const QString readOnly = DatabaseError::readOnlyReason(m_path); !readOnly.isEmpty()) {
            *error = tr("cannot update the database to this version of PisoNet Manager: %1").arg(readOnly);
            return false;
        }
    }
    // One transaction over every step: a failure anywhere leaves the file exactly as it was.
    QString reason;
    if (!begin(&reason)) {
        *error = tr("cannot update the database %1: %2").arg(shown(m_path), reason);
        return false;
    }
    if (shared) {
        // Another PC may be upgrading the same database: wait for it.
        QSqlQuery lock(m_db);
        if (!lock.exec(m_dialect.migrationLock())) {
            *error = tr("cannot update the database %1: %2").arg(m_path, errorText(lock.lastError()));
            lock = QSqlQuery();
            m_db.rollback();
            return false;
        }
    }
    // Look again with the lock held: another program (or PC) may have migrated in the meantime.
    current = schemaVersion();
    m_report.fromVersion = m_report.toVersion = current;
    if (current >= latestVersion()) {
        m_db.rollback();
        if (current > latestVersion()) {
            *error = newerSchemaRefusal(m_path, current, latestVersion());
            return false;
        }
        useWal();
        return true; // the other one did it
    }
    if (hasData && !backup(current, error)) {
        m_db.rollback();
        return false;
    }
    QStringList steps;
    QStringList notes;
    for (const Migration& step : migrations()) {
        if (step.version <= current) {
            continue;
        }
        QString stepError;
        bool applied = step.apply(m_db, &notes, &stepError);
        for (const QString& statement : m_dialect.writeSchemaVersion(step.version)) {
            applied = applied && exec(m_db, statement, &stepError);
        }
        if (!applied) {
            m_db.rollback();
            *error = tr("updating the database %1 to schema %2 failed: %3. Nothing was changed.")
                         .arg(shown(m_path))
                         .arg(step.version)
                         .arg(stepError);
            return false;
        }
        steps.append(tr(step.description));
    }
    if (!m_db.commit()) {
        *error = tr("updating the database %1 failed: %2. Nothing was changed.")
                     .arg(shown(m_path), errorText(m_db.lastError()));
        m_db.rollback();
        return false;
    }
    qCInfo(lcDatabase) << "migrated" << m_path << "from schema" << current << "to" << latestVersion();
    m_report.steps = steps;
    m_report.notes = notes;
    m_report.toVersion = latestVersion();
    useWal();
    return true;
}
