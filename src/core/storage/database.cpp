// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/log/logcategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
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
QStringList columnsOf(QSqlDatabase& db, const QString& table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i) {
        columns.append(record.fieldName(i).toLower());
    }
    return columns;
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
        {1, QT_TRANSLATE_NOOP("Database", "operator bandwidth limits per device"), createOperatorLimits},
        {2,
         QT_TRANSLATE_NOOP("Database",
                           "vouchers, batches and sessions (legacy voucher tables are kept and "
                           "get the missing columns, e.g. rate_limit_up/rate_limit_down)"),
         createVouchers},
        {3, QT_TRANSLATE_NOOP("Database", "program settings kept with the data (the HTTP API token)"),
         createAppSettings},
        {4, QT_TRANSLATE_NOOP("Database", "operator decisions to remove a voucher's speed limit"),
         extendOperatorLimits},
    };
    return steps;
}

int Database::latestVersion()
{
    return migrations().last().version;
}

bool Database::openConnection(const QString& path, QString* error)
{
    close();
    m_path = path;
    m_report = {};
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        *error = tr("cannot open the database %1: %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    // The first real read tells a damaged or foreign file apart from a database.
    QSqlQuery probe(m_db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        const QString reason = probe.lastError().text();
        probe = QSqlQuery();
        close();
        if (reason.contains(u"locked"_s, Qt::CaseInsensitive)) {
            *error = tr("the database %1 is locked by another program; close it and try again").arg(path);
        } else {
            *error = tr("%1 is not a PisoNet Manager database or it is damaged (%2)").arg(path, reason);
        }
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
    if (query.exec(u"PRAGMA user_version"_s) && query.next()) {
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
            remove.prepare(u"DELETE FROM app_settings WHERE name = ?"_s);
            remove.addBindValue(name);
            QSqlQuery insert(m_db);
            insert.prepare(u"INSERT INTO app_settings (name, value) VALUES (?, ?)"_s);
            insert.addBindValue(name);
            insert.addBindValue(value);
            if (!remove.exec() || !insert.exec()) {
                *e = insert.lastError().isValid() ? insert.lastError().text() : remove.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

bool Database::transaction(const std::function<bool(QString* error)>& work, QString* error)
{
    if (!m_db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    if (!work(error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = tr("cannot save: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

bool Database::backup(int fromVersion, QString* error)
{
    QString ignored;
    exec(m_db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, &ignored);
    const QString target = u"%1.backup-v%2-%3"_s.arg(m_path, QString::number(fromVersion),
                                                     QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
    QFile::remove(target);
    if (!QFile::copy(m_path, target)) {
        *error = tr("cannot back up %1 to %2 before updating it; nothing was changed").arg(m_path, target);
        return false;
    }
    m_report.backupFile = target;
    return true;
}

bool Database::migrate(QString* error)
{
    const int current = schemaVersion();
    m_report.fromVersion = m_report.toVersion = current;
    if (current < 0) {
        *error = tr("cannot read the schema version of %1").arg(m_path);
        return false;
    }
    if (current > latestVersion()) {
        *error = tr("the database %1 was made by a newer PisoNet Manager (schema %2; this version knows up to %3). "
                    "It was not changed: update PisoNet Manager.")
                     .arg(m_path)
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    // Only now that the file is known to be ours to change: WAL is recorded in the file itself.
    QString ignored;
    exec(m_db, u"PRAGMA journal_mode = WAL"_s, &ignored);
    exec(m_db, u"PRAGMA synchronous = NORMAL"_s, &ignored);
    if (current == latestVersion()) {
        return true;
    }
    QSqlQuery tables(m_db);
    tables.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s);
    const bool hasData = tables.next() && tables.value(0).toInt() > 0;
    tables = QSqlQuery();
    if (hasData && !backup(current, error)) {
        return false;
    }
    for (const Migration& step : migrations()) {
        if (step.version <= current) {
            continue;
        }
        QString stepError;
        const bool ok = transaction(
            [&](QString* e) {
                return step.apply(m_db, e) && exec(m_db, u"PRAGMA user_version = %1"_s.arg(step.version), e);
            },
            &stepError);
        if (!ok) {
            *error
                = tr("updating the database %1 to schema %2 failed: %3").arg(m_path).arg(step.version).arg(stepError);
            return false;
        }
        qCInfo(lcDatabase) << "migrated" << m_path << "to schema" << step.version;
        m_report.steps.append(tr(step.description));
        m_report.toVersion = step.version;
    }
    return true;
}
