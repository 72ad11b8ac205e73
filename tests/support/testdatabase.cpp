// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testdatabase.h"

#include "core/storage/databaseurl.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

QString TestDatabase::serverUrl()
{
    return qEnvironmentVariable("PISONET_TEST_PG_URL");
}

bool TestDatabase::wantsPostgres()
{
    return qEnvironmentVariable("PISONET_TEST_ENGINE").compare(u"postgresql"_s, Qt::CaseInsensitive) == 0;
}

TestDatabase::TestDatabase(Engine engine)
{
    m_postgres = engine == Engine::Postgres || (engine == Engine::FromEnvironment && wantsPostgres());
    if (!m_postgres) {
        m_location = m_dir.filePath(u"test.db"_s);
        return;
    }
    const QString server = serverUrl();
    if (server.isEmpty()) {
        m_error = skipReason();
        return;
    }
    static std::atomic<int> counter {0};
    m_name = u"pisonet_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                 .arg(counter.fetch_add(1))
                 .arg(QRandomGenerator::global()->generate() % 100000);
    if (!adminQuery(u"CREATE DATABASE %1"_s.arg(m_name), &m_error)) {
        return;
    }
    // The server's URL with this database's name in place of its own.
    m_location = server.left(server.lastIndexOf(u'/') + 1) + m_name;
}

TestDatabase::~TestDatabase()
{
    if (m_postgres && !m_location.isEmpty()) {
        QString ignored;
        adminQuery(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name), &ignored);
    }
}

bool TestDatabase::adminQuery(const QString& sql, QString* error) const
{
    const QString connection = u"pisonet-test-admin-"_s + (m_name.isEmpty() ? u"x"_s : m_name);
    bool ok = false;
    {
        const auto url = DatabaseUrl::parse(serverUrl(), error);
        if (!url) {
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(url->host());
        db.setPort(url->port());
        db.setUserName(url->user());
        db.setPassword(url->password());
        db.setDatabaseName(url->databaseName());
        if (!db.open()) {
            *error = u"cannot reach the test server %1: %2"_s.arg(url->display(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok) {
                *error = query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
