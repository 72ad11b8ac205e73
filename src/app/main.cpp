// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appengine.h"
#include "app/mainwindow.h"
#include "app/passwordstore.h"
#include "core/settings/appsettings.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

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

    // Language: the setting, or the system's. Qt's own strings too.
    const QLocale locale = settings.language().isEmpty() ? QLocale::system() : QLocale(settings.language());
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(locale, u"pisonet"_s, u"_"_s, u":/i18n"_s)) {
        QApplication::installTranslator(&translator);
    }

    PasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    if (!engine.initialise(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "PisoNet Manager cannot start"), error);
        return 1;
    }
    MainWindow window(&engine);
    window.show();
    engine.start();
    return QApplication::exec();
}
