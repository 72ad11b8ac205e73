// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli queues: every simple queue on the router, ours marked.
class QueuesCommand final : public Command
{
public:
    QueuesCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};
