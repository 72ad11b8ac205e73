// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/operatorlimitstore.h"
#include "core/storage/database.h"
#include "core/vouchers/profilecatalog.h"

#include <QCommandLineParser>

#include <memory>

class CliContext;

// The operator's own data for a CLI command: the database (--db, PISONET_DB, or the data folder)
// and the speed/price profiles (--profiles, PISONET_PROFILES, or the active profiles.json).
class LocalData
{
public:
    static void addDatabaseOption(QCommandLineParser& parser);
    static void addProfilesOption(QCommandLineParser& parser);

    // Print the reason and return false when it cannot be opened or read.
    bool openDatabase(CliContext& context, const QCommandLineParser& parser);
    bool loadProfiles(CliContext& context, const QCommandLineParser& parser);

    Database& database() { return m_database; }
    OperatorLimitStore* operatorLimits() { return m_limits.get(); }
    const ProfileCatalog& profiles() const { return m_profiles; }

private:
    Database m_database;
    std::unique_ptr<OperatorLimitStore> m_limits;
    ProfileCatalog m_profiles;
};
