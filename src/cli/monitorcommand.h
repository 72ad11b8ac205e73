// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

class ControlLoop;
class LocalData;

// pisonet-cli monitor: the poll + voucher tracking + reconciliation loop, headless, one line per
// poll, until Ctrl-C/SIGTERM. `serve` is the same loop with the HTTP API on top.
class MonitorCommand : public Command
{
public:
    MonitorCommand();

protected:
    MonitorCommand(QString name, QString description);
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    // Called once the loop exists, before it starts; false stops with exit code 1.
    virtual bool prepare(CliContext& context, QCommandLineParser& parser, LocalData& data, ControlLoop& loop);
};
