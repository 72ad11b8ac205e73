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
                u"CREATE TABLE operator_limits ("
                "mac VARCHAR(17) NOT NULL PRIMARY KEY,"
                "rate_up VARCHAR(20) NOT NULL,"
                "rate_down VARCHAR(20) NOT NULL,"
                "set_by VARCHAR(100) NOT NULL DEFAULT 'operator',"
                "created_at VARCHAR(32) NOT NULL,"
                "updated_at VARCHAR(32) NOT NULL)"_s,
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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pisonet.db"_s;
}

const QList<Database::Migration>& Database::migrations()
{
    static const QList<Migration> steps {
        {1, QT_TRANSLATE_NOOP("Database", "operator bandwidth limits per device"), createOperatorLimits},
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
    exec(m_db, u"PRAGMA foreign_keys = ON"_s, &ignored);
    exec(m_db, u"PRAGMA journal_mode = WAL"_s, &ignored);
    exec(m_db, u"PRAGMA synchronous = NORMAL"_s, &ignored);
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
