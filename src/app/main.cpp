// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appengine.h"
#include "app/mainwindow.h"
#include "app/singleinstance.h"
#include "app/windowshell.h"
#include "core/settings/appsettings.h"
#include "i18n/translator.h"
#include "keychain/passwordstore.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PisoNet"_s);
    QApplication::setApplicationName(u"PisoNet Manager"_s);
    QApplication::setApplicationVersion(QStringLiteral(PISONET_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/pisonet-256.png"_s));
    QApplication::setDesktopFileName(u"io.github.pisonet.Manager"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"PisoNet Manager"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption settingsFile(u"settings"_s, u"Use this settings file (for testing)."_s, u"file"_s);
    parser.addOption(settingsFile);
    parser.process(app);

    AppSettings settings = parser.isSet(settingsFile) ? AppSettings(parser.value(settingsFile)) : AppSettings();

    // Language: the setting, or the system's; Qt's own strings and dates/numbers too.
    Translator::apply(settings.language());

    // Already open on this database: bring that window to the front instead of a second one.
    SingleInstance instance(AppEngine::databasePathFor(settings));
    if (instance.activateRunning()) {
        std::fputs("PisoNet Manager is already running: its window was brought to the front.\n", stderr);
        return 0;
    }

    PasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    if (!engine.initialise(&error)) {
        std::fprintf(stderr, "PisoNet Manager cannot start: %s\n", qUtf8Printable(error));
        QMessageBox::critical(nullptr, QApplication::translate("main", "PisoNet Manager cannot start"), error);
        return 1;
    }
    instance.listen();
    WindowShell shell(&engine);
    QObject::connect(&instance, &SingleInstance::activationRequested, &shell, &WindowShell::raise);
    shell.show();
    engine.start();
    return QApplication::exec();
}
