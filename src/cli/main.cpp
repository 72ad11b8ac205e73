// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/settings/appsettings.h"
#include "i18n/translator.h"
#include "version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace
{
// A terminal someone types at. On Windows _isatty() is also true for NUL (any character device):
// only a handle with a console mode is a console.
bool isConsole(FILE* stream)
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream))), &mode) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

#ifdef Q_OS_WIN
// The CLI reads and writes UTF-8 (QTextStream's default); cmd.exe and PowerShell consoles use the
// OEM code page (437, 850, ...) unless told otherwise, which turns "—", "ñ" and "₱" into garbage
// both ways. The console's code pages are its own, shared with the shell: put them back on exit.
class Utf8Console
{
public:
    Utf8Console()
        : m_input(GetConsoleCP())
        , m_output(GetConsoleOutputCP())
    {
        if (m_output != 0) { // 0: no console attached (output redirected from a service, say)
            SetConsoleCP(CP_UTF8);
            SetConsoleOutputCP(CP_UTF8);
        }
    }
    ~Utf8Console()
    {
        if (m_output != 0) {
            SetConsoleCP(m_input);
            SetConsoleOutputCP(m_output);
        }
    }
    Q_DISABLE_COPY_MOVE(Utf8Console)

private:
    UINT m_input;
    UINT m_output;
};
#endif
} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_WIN
    const Utf8Console console;
#endif
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
    // The language chosen in the window, else the system's (JSON output is never translated).
    Translator::apply(context.settings().language());
    context.setInteractive(isConsole(stdin));
    Cli cli;
    return cli.run(context, QCoreApplication::arguments().mid(1));
}
