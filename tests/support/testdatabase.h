// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A database of its own for one test, on either engine: a SQLite file in a temporary folder, or a
// fresh PostgreSQL database made on the server that PISONET_TEST_PG_URL names (its password may
// come from PGPASSWORD) and dropped again at the end, so tests can run in parallel.
// The engine: the constructor's argument, or PISONET_TEST_ENGINE=postgresql for tests that run
// once per engine through a second ctest registration.
class TestDatabase
{
public:
    enum class Engine
    {
        FromEnvironment,
        Sqlite,
        Postgres,
    };

    explicit TestDatabase(Engine engine = Engine::FromEnvironment);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    static QString serverUrl(); // PISONET_TEST_PG_URL, empty when unset
    static QString skipReason() { return QStringLiteral("PISONET_TEST_PG_URL is not set (no PostgreSQL server)"); }
    static bool wantsPostgres(); // PISONET_TEST_ENGINE=postgresql

    bool isPostgres() const { return m_postgres; }
    // False with error() set when the PostgreSQL database could not be made.
    bool isReady() const { return !m_location.isEmpty(); }
    QString error() const { return m_error; }
    // The path or URL to give Database::open (or PISONET_DB).
    QString location() const { return m_location; }
    // A folder of its own, for other files of the test.
    QString folder() const { return m_dir.path(); }

private:
    bool adminQuery(const QString& sql, QString* error) const;

    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_name;
    QString m_location;
    QString m_error;
};
