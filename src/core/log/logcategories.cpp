// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/logcategories.h"

Q_LOGGING_CATEGORY(lcRouterOs, "pisonet.routeros", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSimulator, "pisonet.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMonitor, "pisonet.monitor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBandwidth, "pisonet.bandwidth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDatabase, "pisonet.db", QtWarningMsg)
