// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

class LocalData;
class RouterSet;

// pisonet-cli monitor: the poll + voucher tracking + reconciliation loop, headless, one line per
// poll, until Ctrl-C/SIGTERM. `serve` is the same loop with the HTTP API on top. Every router set
// up is watched at once (each line names its router when there are several), unless --router,
// --host or --demo picks one.
class MonitorCommand : public Command
{
public:
    MonitorCommand();

protected:
    MonitorCommand(QString name, QString description);
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    // Called once the loops exist, before they start; false stops with exit code 1.
    virtual bool prepare(CliContext& context, QCommandLineParser& parser, LocalData& data, RouterSet& routers);
};
