// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "version.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PisoNet"));
    QCoreApplication::setApplicationName(QStringLiteral("PisoNet Manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PISONET_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CliContext context(out, err, in, QProcessEnvironment::systemEnvironment());
    context.setInteractive(isatty(fileno(stdin)) != 0);
    Cli cli;
    return cli.run(context, QCoreApplication::arguments().mid(1));
}
