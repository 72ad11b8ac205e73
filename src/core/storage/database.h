// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// The program's SQLite database: opened with WAL and foreign keys, its schema versioned with
// PRAGMA user_version and brought up to date by ordered migrations, each in one transaction.
// Before migrating an existing file it is copied to "<file>.backup-v<from>-<timestamp>". A file
// from a newer version of the program is refused and left untouched.
class Database
{
public:
    struct Migration
    {
        int version; // the schema version this step produces
        const char* description;
        std::function<bool(QSqlDatabase&, QString* error)> apply;
    };

    struct MigrationReport
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupFile;
        QStringList steps;
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // %APPDATA%/PisoNet/PisoNet Manager/pisonet.db on Windows, ~/.local/share/... on Linux.
    static QString defaultPath();
    static int latestVersion();
    static const QList<Migration>& migrations();

    // Opens (creating the file and its folder if needed) and migrates. On failure returns false
    // with a message for people in *error; the file is then left as it was.
    bool open(const QString& path, QString* error);
    // Opens without migrating (to inspect); for `db migrate --dry-run` and tests.
    bool openWithoutMigrating(const QString& path, QString* error);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase& handle() { return m_db; }
    int schemaVersion() const;
    const MigrationReport& lastMigration() const { return m_report; }

    // Small named values kept with the data (app_settings); empty when absent.
    QString setting(const QString& name) const;
    bool setSetting(const QString& name, const QString& value, QString* error);

    // Runs work in a transaction: commits when it returns true, rolls back otherwise.
    bool transaction(const std::function<bool(QString* error)>& work, QString* error);

private:
    bool openConnection(const QString& path, QString* error);
    bool migrate(QString* error);
    bool backup(int fromVersion, QString* error);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    MigrationReport m_report;
};
