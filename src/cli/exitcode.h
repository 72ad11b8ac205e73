// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// pisonet-cli exit codes, the same for every command.
namespace ExitCode
{
constexpr int Success = 0;
constexpr int BadInput = 1; // bad usage or bad input; nothing was changed
constexpr int RouterProblem = 2; // unreachable, login refused, connection lost, timeout
constexpr int RouterRefused = 3; // the router refused the command (!trap)
constexpr int Busy = 4; // another program (the window, monitor, serve) already manages this database
} // namespace ExitCode
