// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/simulatecommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/stopsignal.h"
#include "core/sim/routersimulator.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("SimulateCommand", text, comment, n);
}
} // namespace

SimulateCommand::SimulateCommand()
    : Command(u"simulate"_s, tr("Run a simulated MikroTik router (RouterOS API) on 127.0.0.1 until stopped."))
{ }

void SimulateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"port"_s, tr("Port to listen on (default 8728; 0 picks a free one)."), u"port"_s, u"8728"_s});
    parser.addOption({u"users"_s, tr("Online hotspot users to start with (default 10)."), u"count"_s, u"10"_s});
    parser.addOption({u"user"_s, tr("API user name (default admin)."), u"name"_s, u"admin"_s});
    parser.addOption({u"password"_s,
                      tr("API password of the simulated router (default empty; or PISONET_SIM_PASSWORD)."),
                      u"password"_s});
    parser.addOption({u"legacy-login"_s, tr("Ask for the pre-6.43 challenge login.")});
    parser.addOption({u"churn"_s, tr("Let users come and go over time.")});
    parser.addOption({u"seed"_s, tr("Random seed for the generated users."), u"number"_s, u"1"_s});
    parser.addOption({u"session"_s,
                      tr("One more online user with exactly this name (any text, e.g. to test how it is shown); "
                         "may be repeated. They get the addresses 02:00:5E:00:01:01, 10.5.99.1, and onwards."),
                      u"name"_s});
}

int SimulateCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    bool ok = false;
    const uint port = parser.value(u"port"_s).toUInt(&ok);
    if (!ok || port > 65535) {
        context.err() << tr("error: --port must be a number from 0 to 65535") << u'\n';
        return ExitCode::BadInput;
    }
    const int users = parser.value(u"users"_s).toInt(&ok);
    if (!ok || users < 0 || users > 100000) {
        context.err() << tr("error: --users must be a number from 0 to 100000") << u'\n';
        return ExitCode::BadInput;
    }
    const uint seed = parser.value(u"seed"_s).toUInt(&ok);
    if (!ok) {
        context.err() << tr("error: --seed must be a whole number") << u'\n';
        return ExitCode::BadInput;
    }
    const QString password
        = parser.isSet(u"password"_s) ? parser.value(u"password"_s) : context.env(u"PISONET_SIM_PASSWORD"_s);

    RouterSimulator simulator;
    simulator.setCredentials(parser.value(u"user"_s), password);
    simulator.setLoginMethod(parser.isSet(u"legacy-login"_s) ? RouterSimulator::LoginMethod::Challenge
                                                             : RouterSimulator::LoginMethod::Current);
    simulator.setChurn(parser.isSet(u"churn"_s));
    simulator.populate(users, seed);
    const QStringList named = parser.values(u"session"_s);
    if (named.size() > 250) {
        context.err() << tr("error: at most 250 --session users") << u'\n';
        return ExitCode::BadInput;
    }
    for (qsizetype i = 0; i < named.size(); ++i) {
        const QString mac = u"02:00:5E:00:01:%1"_s.arg(i + 1, 2, 16, QLatin1Char('0')).toUpper();
        simulator.addUser(named[i], QString());
        simulator.addSession(named[i], mac, u"10.5.99.%1"_s.arg(i + 1), 1e6, 4e6);
    }
    if (!simulator.listen(QHostAddress::LocalHost, quint16(port))) {
        context.err() << tr("error: cannot listen on 127.0.0.1:%1: %2").arg(port).arg(simulator.errorString()) << u'\n';
        return ExitCode::BadInput;
    }
    context.out() << tr("Simulated RouterOS API listening on 127.0.0.1:%1 (user \"%2\", %n online user(s)). "
                        "Ctrl-C stops it.",
                        nullptr, int(users + named.size()))
                         .arg(simulator.port())
                         .arg(parser.value(u"user"_s))
                  << u'\n';
    context.out().flush();

    StopSignal stop;
    QEventLoop loop;
    QObject::connect(&stop, &StopSignal::stopRequested, &loop, &QEventLoop::quit);
    loop.exec();
    context.out() << tr("Simulator stopped.") << u'\n';
    return ExitCode::Success;
}
