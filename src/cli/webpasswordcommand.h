// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli web password: sets the web admin's password (first line of standard input, or typed
// twice without echo on a terminal). Only a salted PBKDF2 hash is kept, next to the database.
class WebPasswordCommand final : public Command
{
public:
    WebPasswordCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};
