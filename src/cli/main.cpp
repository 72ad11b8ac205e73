// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

int main(int argc, char* argv[])
{
    // Printing paints with QtGui, which needs a (headless is fine) platform; everything else runs
    // without one, so the CLI works on a machine with no display at all.
    const bool paints = argc > 2 && qstrcmp(argv[1], "vouchers") == 0 && qstrcmp(argv[2], "print") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
#ifndef Q_OS_WIN
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    }
    std::unique_ptr<QCoreApplication> app
        = paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
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
