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

private:
    Engine m_engine;
};
