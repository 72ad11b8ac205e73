// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/operatorlimitstore.h"
#include "core/log/eventlog.h"
#include "core/log/logfile.h"
#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "core/vouchers/profilecatalog.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

#include <memory>

class CliContext;

// The operator's own data for a CLI command: the database (--db, PISONET_DB, the database the
// window uses, or the data folder) and the speed/price profiles (--profiles, PISONET_PROFILES, or
// the active profiles.json). With --demo a throwaway database: the demo never touches real data.
// The event log of the command goes to the log file next to the database.
class LocalData
{
public:
    LocalData();
    ~LocalData();

    static void addDatabaseOption(QCommandLineParser& parser);
    static void addProfilesOption(QCommandLineParser& parser);
    // The database a command uses, before it is opened.
    static QString databasePath(CliContext& context, const QCommandLineParser& parser);

    // Print the reason and return false when it cannot be opened or read.
    bool openDatabase(CliContext& context, const QCommandLineParser& parser);
    bool loadProfiles(CliContext& context, const QCommandLineParser& parser);
    // For the programs that watch the router (monitor, serve): only one per database. Prints the
    // refusal (who holds it, since when) and returns false when another program does.
    bool lockDatabase(CliContext& context, const QCommandLineParser& parser, const QString& program);

    Database& database() { return m_database; }
    OperatorLimitStore* operatorLimits() { return m_limits.get(); }
    const ProfileCatalog& profiles() const { return m_profiles; }
    EventLog& events() { return m_events; }
    bool isDemo() const { return m_demoFolder != nullptr; }

private:
    Database m_database;
    std::unique_ptr<OperatorLimitStore> m_limits;
    ProfileCatalog m_profiles;
    EventLog m_events;
    std::unique_ptr<LogFile> m_logFile;
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<QTemporaryDir> m_demoFolder;
};
