// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Where the data is: "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME" names a shared PostgreSQL
// database (the password may instead come from PGPASSWORD); anything else is a SQLite file path.
// The password is never part of what is shown, logged or saved: display() leaves it out.
class DatabaseUrl
{
public:
    static bool isUrl(const QString& location);
    // Bad input: nullopt and a message that never repeats the password.
    static std::optional<DatabaseUrl> parse(const QString& location, QString* error);
    // The location as it may be shown or saved: a URL without its password, a path unchanged.
    static QString withoutPassword(const QString& location);
    // A file path for the things kept on this PC next to the data (lock, logs, web password): the
    // path itself for SQLite, a name in the program's data folder for a shared database.
    static QString localFile(const QString& location);

    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString display() const;

    static constexpr int DefaultPort = 5432;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = DefaultPort;
    QString m_databaseName;
};
