// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli reports sales --from DATE --to DATE [--csv FILE] [--json]
class ReportsSalesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportsSalesCommand)
public:
    ReportsSalesCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli reports usage --from DATE --to DATE [--csv FILE] [--json]: data per day and top users
class ReportsUsageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportsUsageCommand)
public:
    ReportsUsageCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli db copy --from SQLITE_PATH --to postgresql://... [--append]
class DbCopyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DbCopyCommand)
public:
    DbCopyCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli db migrate [--db PATH]
class DbMigrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DbMigrateCommand)
public:
    DbMigrateCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli profiles check [FILE]
class ProfilesCheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCheckCommand)
public:
    ProfilesCheckCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override { return QStringLiteral(" [FILE]"); }
};
