// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

class RouterSession;
struct TrafficSnapshot;

// pisonet-cli users: who is online, with traffic, rates and limits.
class UsersCommand final : public Command
{
public:
    UsersCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;

private:
    static void markLimitSources(CliContext& context,
                                 const QCommandLineParser& parser,
                                 RouterSession& session,
                                 TrafficSnapshot& snapshot);
};
