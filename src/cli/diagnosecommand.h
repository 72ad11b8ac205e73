// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli diagnose: router settings that stop speed limits from working.
class DiagnoseCommand final : public Command
{
public:
    DiagnoseCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};
