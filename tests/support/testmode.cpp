// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into every test program: its settings, data folder, database and log files live under
// Qt's test locations (~/.qttest), never in the developer's or the shop's real ones.
#include <QStandardPaths>
#include <QtGlobal>

namespace
{
void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(enableTestMode)
