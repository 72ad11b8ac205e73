// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli monitor: the poll + reconciliation loop, headless, one line per poll, until stopped.
class MonitorCommand final : public Command
{
public:
    MonitorCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};
