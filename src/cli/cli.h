// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

class CliContext;

// pisonet-cli: finds the sub-command ("router test", "users", ...) and runs it. With no command on
// a terminal it opens the interactive menu.
class Cli
{
public:
    Cli();
    ~Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    // arguments: without the program name.
    int run(CliContext& context, const QStringList& arguments);
    Command* find(const QString& name) const;

private:
    void printUsage(CliContext& context) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
