// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// Everything that differs between the two engines, in one place: SQLite (the embedded default, one
// file per shop PC) and PostgreSQL (one database shared by many PCs). Queries elsewhere are
// written in the SQL both accept; DDL is written once in SQLite's words and translated here.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres,
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    { }
    static SqlDialect of(const QSqlDatabase& db);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    QString driverName() const;

    // CREATE/ALTER text as written for SQLite, in this engine's types: on PostgreSQL an
    // "INTEGER PRIMARY KEY" is an identity column, every INTEGER a BIGINT, REAL a DOUBLE PRECISION, text is compared
    // byte by byte (COLLATE "C").
    QString ddl(const QString& sqliteDdl) const;

    // The statement that starts a write: SQLite takes its write lock at once (BEGIN IMMEDIATE),
    // PostgreSQL starts a READ COMMITTED transaction whose UPDATEs lock the rows they change.
    QString beginWrite() const;

    // A read that tells a database apart from anything else; it writes nothing.
    QString probe() const;
    // A read that is true when the version is recorded (empty: always); without it, the version is 0.
    QString hasSchemaVersion() const;
    QString readSchemaVersion() const;
    // Statements that record the version (inside the migration's transaction).
    QStringList writeSchemaVersion(int version) const;
    // Taken inside the migration transaction: two PCs upgrading at once migrate one after the other.
    QString migrationLock() const;
    // After rows were inserted with their own ids: statements so that the next row gets a new one.
    QStringList afterExplicitIds(const QString& table, const QString& column) const;
    // Whether tables have rowids (another tool's SQLite table can be adapted by them).
    bool hasRowIds() const { return m_engine == Engine::Sqlite; }

    // Whether an insert refused for an existing key leaves the transaction usable. On PostgreSQL a
    // failed statement aborts the transaction, so inserts that may collide say ON CONFLICT DO NOTHING.
    bool failedStatementAbortsTransaction() const { return m_engine == Engine::Postgres; }

    // Times: on SQLite ISO-8601 UTC text (StoredTime::format), on PostgreSQL "timestamp with time
    // zone". Both take StoredTime::format's text as a bound value; a PostgreSQL reader gets a
    // QDateTime, a SQLite reader text: StoredTime::parse reads either. A time column added by a later
    // migration is declared with this type.
    QString timeType() const;
    // Whether time columns written as VARCHAR by the first migrations become timestamps (migration 10).
    bool hasTimestamps() const { return m_engine == Engine::Postgres; }
    // The distinct values of a text time column that are not exactly in StoredTime::format's form (those
    // are read with StoredTime's rule in C++ first); empty on SQLite.
    QString textTimesToRewrite(const QString& table, const QString& column) const;
    // Turns a text time column in StoredTime::format's form into a timestamp, keeping every instant.
    QString textTimeColumnToTimestamp(const QString& table, const QString& column) const;

    // The lower-case names of a table's columns (either engine).
    static QStringList columnsOf(const QSqlDatabase& db, const QString& table);

private:
    Engine m_engine;
};
