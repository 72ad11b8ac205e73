// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqldialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// The program's database: a SQLite file (the default) or a PostgreSQL database shared by many PCs
// (a postgresql:// URL, see DatabaseUrl; what differs between the two is in SqlDialect).
// On PostgreSQL the schema version is kept in the table pisonet_schema, and migrations take an
// advisory lock so that two PCs upgrading at once migrate one after the other; no file backup is
// made there (that is the server's pg_dump). On SQLite: WAL and foreign keys, its schema versioned with PRAGMA
// user_version and brought up to date by ordered migrations, all of them in one transaction that
// holds the write lock. Before an existing file is migrated it is copied byte for byte, before
// anything writes to it, to "<file>.backup-v<from>-<checksum>" (the same original always gives the
// same name, so a retried migration makes no second copy); WAL is switched on only once the file
// is at the current schema. A migration that fails leaves the file exactly as it was. A file from a
// newer version of the program is refused and left untouched.
class Database
{
public:
    struct Migration
    {
        int version; // the schema version this step produces
        const char* description;
        // notes: what people should know about the data (values that could not be read, ...).
        std::function<bool(QSqlDatabase&, QStringList* notes, QString* error)> apply;
    };

    struct MigrationReport
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupFile;
        bool backupExisted = false; // the same original was backed up by an earlier attempt
        QStringList steps;
        QStringList notes; // from the steps: e.g. old vouchers that cannot be used, and why
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // %APPDATA%/PisoNet/PisoNet Manager/pisonet.db on Windows, ~/.local/share/... on Linux.
    static QString defaultPath();
    static int latestVersion();
    static const QList<Migration>& migrations();

    // Opens (creating the file and its folder if needed; a postgresql:// URL: connecting) and migrates. On failure
    // returns false with a message for people in *error; the file is then left as it was.
    bool open(const QString& path, QString* error);
    // Opens without migrating (to inspect); for `db migrate --dry-run` and tests.
    bool openWithoutMigrating(const QString& path, QString* error);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    // The file path, or the URL without its password.
    QString path() const { return m_path; }
    const SqlDialect& dialect() const { return m_dialect; }
    QSqlDatabase& handle() { return m_db; }
    int schemaVersion() const;
    const MigrationReport& lastMigration() const { return m_report; }

    // Small named values kept with the data (app_settings); empty when absent.
    QString setting(const QString& name) const;
    bool setSetting(const QString& name, const QString& value, QString* error);

    // Whether work may run again from its start after PostgreSQL gave up on its transaction (a
    // deadlock or a serialization failure): only when all it changes is in the database.
    enum class Retry
    {
        Never,
        OnConflict,
    };
    static constexpr int ConflictAttempts = 5;

    // Runs work in a transaction that takes the write lock at once (waiting up to the busy timeout
    // for another program to finish): commits when it returns true, rolls back otherwise. With
    // Retry::OnConflict a transaction that PostgreSQL broke off (deadlock, serialization failure) is
    // rolled back and run again, after a short random pause, up to ConflictAttempts times in all;
    // work learns of it through errorText(), which every failed query's error goes through.
    bool transaction(const std::function<bool(QString* error)>& work, QString* error, Retry retry = Retry::Never);
    // How many transactions were run again after a conflict since this object was made.
    int conflictRetries() const { return m_conflictRetries; }

    // A failed query's error in words, naming this database file (see DatabaseError).
    QString errorText(const QSqlError& error) const;

    static constexpr int BusyTimeoutMs = 10000;
    // How long to wait for another program's write lock; takes effect at the next open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

private:
    bool openConnection(const QString& path, QString* error);
    bool openPostgres(const QString& location, QString* error);
    bool migrate(QString* error);
    bool begin(QString* error);
    bool backup(int fromVersion, QString* error);
    void useWal();

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    MigrationReport m_report;
    SqlDialect m_dialect {SqlDialect::Engine::Sqlite};
    int m_busyTimeoutMs = BusyTimeoutMs;
    int m_conflictRetries = 0;
    mutable bool m_conflicted = false; // errorText() saw a deadlock or serialization failure
};
