// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/webpasswordcommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/localdata.h"
#include "httpapi/webpassword.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("WebPasswordCommand", text);
}
} // namespace

WebPasswordCommand::WebPasswordCommand()
    : Command(u"web password"_s,
              tr("Set the web admin's password (first line of standard input, or typed twice on a terminal)."))
{ }

void WebPasswordCommand::addOptions(QCommandLineParser& parser)
{
    LocalData::addDatabaseOption(parser);
}

int WebPasswordCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    QString password;
    if (context.interactive()) {
        context.out() << tr("New web-admin password (at least %1 characters): ").arg(WebPassword::MinimumLength);
    }
    if (!context.readSecretLine(&password)) {
        context.err() << tr("error: no password given (type it, or pipe it into standard input)") << u'\n';
        return ExitCode::BadInput;
    }
    if (const QString problem = WebPassword::problem(password); !problem.isEmpty()) {
        context.err() << tr("error: %1").arg(problem) << u'\n';
        return ExitCode::BadInput;
    }
    if (context.interactive()) {
        QString again;
        context.out() << tr("The same password again: ");
        if (!context.readSecretLine(&again) || again != password) {
            context.err() << tr("error: the two passwords differ; nothing was changed") << u'\n';
            return ExitCode::BadInput;
        }
    }
    const QString database = LocalData::databasePath(context, parser);
    QString error;
    if (!WebPassword::store(database, password, &error)) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return ExitCode::BadInput;
    }
    context.out() << tr("Web-admin password set (kept as a salted hash in %1). Browsers signed in with the "
                        "old one must sign in again.")
                         .arg(QDir::toNativeSeparators(WebPassword::filePath(database)))
                  << u'\n';
    return ExitCode::Success;
}
