// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/clirun.h"

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "support/simulatorfixture.h"
#include "testdata.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

QProcessEnvironment CliRun::environment(SimulatorFixture& router, const QString& database)
{
    QProcessEnvironment environment;
    environment.insert(u"PISONET_ROUTER_HOST"_s, u"127.0.0.1"_s);
    environment.insert(u"PISONET_ROUTER_PORT"_s, QString::number(router.simulator().port()));
    environment.insert(u"PISONET_ROUTER_USER"_s, QString::fromLatin1(SimulatorFixture::User));
    environment.insert(u"PISONET_ROUTER_PASSWORD"_s, QString::fromLatin1(SimulatorFixture::Password));
    environment.insert(u"PISONET_DB"_s, database);
    environment.insert(u"PISONET_PROFILES"_s, QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"));
    return environment;
}

CliRun CliRun::run(const QProcessEnvironment& environment, const QStringList& arguments, const QString& input)
{
    CliRun run;
    QString in = input;
    QTextStream outStream(&run.out);
    QTextStream errStream(&run.err);
    QTextStream inStream(&in);
    CliContext context(outStream, errStream, inStream, environment);
    Cli cli;
    run.code = cli.run(context, arguments);
    outStream.flush();
    errStream.flush();
    return run;
}
