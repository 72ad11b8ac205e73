// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class SimulatorFixture;

// pisonet-cli run in-process with swapped streams, for tests that link pisonet_cli.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;

    // The environment of a CLI that uses this simulator, this database and the shipped profiles.
    static QProcessEnvironment environment(SimulatorFixture& router, const QString& database);
    static CliRun run(const QProcessEnvironment& environment, const QStringList& arguments, const QString& input = {});
};
