// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Developer diagnostics, one category per subsystem; switch with QT_LOGGING_RULES="pisonet.*=true".
// Never log a password: the connection code logs addresses and commands only.
Q_DECLARE_LOGGING_CATEGORY(lcRouterOs)
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
Q_DECLARE_LOGGING_CATEGORY(lcMonitor)
Q_DECLARE_LOGGING_CATEGORY(lcBandwidth)
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
