// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli menu (also: pisonet-cli with no command, on a terminal): the interactive menu.
// Every prompt checks what was typed and asks again; end of input leaves cleanly.
class MenuCommand final : public Command
{
public:
    MenuCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};
