// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/simulatecommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/stopsignal.h"
#include "sim/routersimulator.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{
constexpr int MaxRouters = 20;

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
    parser.addOption({u"routers"_s,
                      tr("How many routers to simulate (default 1, at most 20), on consecutive ports from --port, "
                         "each with its own identity, user (admin, admin2, ...), addresses (10.5.x.x, 10.6.x.x, ...) "
                         "and devices."),
                      u"count"_s, u"1"_s});
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
    parser.addOption({u"waiting"_s,
                      tr("Devices waiting at the hotspot login page, not logged in (default 0), for trying "
                         "\"vouchers activate\". They get the addresses 02:00:5E:00:02:01, 10.5.98.1, and onwards."),
                      u"count"_s, u"0"_s});
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
    const int routers = parser.value(u"routers"_s).toInt(&ok);
    if (!ok || routers < 1 || routers > MaxRouters) {
        context.err() << tr("error: --routers must be a number from 1 to %1").arg(MaxRouters) << u'\n';
        return ExitCode::BadInput;
    }
    if (port != 0 && port + uint(routers) - 1 > 65535) {
        context.err() << tr("error: %n router(s) from port %1 would go past port 65535", nullptr, routers).arg(port)
                      << u'\n';
        return ExitCode::BadInput;
    }
    const QString password
        = parser.isSet(u"password"_s) ? parser.value(u"password"_s) : context.env(u"PISONET_SIM_PASSWORD"_s);
    const QStringList named = parser.values(u"session"_s);
    if (named.size() > 250) {
        context.err() << tr("error: at most 250 --session users") << u'\n';
        return ExitCode::BadInput;
    }

    const int waiting = parser.value(u"waiting"_s).toInt(&ok);
    if (!ok || waiting < 0 || waiting > 250) {
        context.err() << tr("error: --waiting must be a number from 0 to 250") << u'\n';
        return ExitCode::BadInput;
    }

    std::vector<std::unique_ptr<RouterSimulator>> simulators;
    for (int site = 0; site < routers; ++site) {
        auto simulator = std::make_unique<RouterSimulator>();
        // The first router is today's single router; the others differ in all a shop would tell apart.
        const QString user = site == 0 ? parser.value(u"user"_s) : parser.value(u"user"_s) + QString::number(site + 1);
        if (routers > 1) {
            simulator->setIdentity(simulator->identity() + u'-' + QString::number(site + 1));
        }
        simulator->setCredentials(user, password);
        simulator->setLoginMethod(parser.isSet(u"legacy-login"_s) ? RouterSimulator::LoginMethod::Challenge
                                                                  : RouterSimulator::LoginMethod::Current);
        simulator->setChurn(parser.isSet(u"churn"_s));
        simulator->populate(users, seed, site);
        if (site == 0) {
            for (qsizetype i = 0; i < named.size(); ++i) {
                const QString mac = u"02:00:5E:00:01:%1"_s.arg(i + 1, 2, 16, QLatin1Char('0')).toUpper();
                simulator->addUser(named[i], QString());
                simulator->addSession(named[i], mac, u"10.5.99.%1"_s.arg(i + 1), 1e6, 4e6);
            }
            for (int i = 0; i < waiting; ++i) {
                simulator->addHost(u"02:00:5E:00:02:%1"_s.arg(i + 1, 2, 16, QLatin1Char('0')).toUpper(),
                                   u"10.5.98.%1"_s.arg(i + 1));
            }
        }
        const quint16 routerPort = port == 0 ? 0 : quint16(port + uint(site));
        if (!simulator->listen(QHostAddress::LocalHost, routerPort)) {
            context.err()
                << tr("error: cannot listen on 127.0.0.1:%1: %2").arg(routerPort).arg(simulator->errorString())
                << u'\n';
            return ExitCode::BadInput;
        }
        if (routers == 1) {
            context.out() << tr("Simulated RouterOS API listening on 127.0.0.1:%1 (user \"%2\", %n online user(s)). "
                                "Ctrl-C stops it.",
                                nullptr, int(users + named.size()))
                                 .arg(simulator->port())
                                 .arg(user)
                          << u'\n';
        } else {
            context.out() << tr("Simulated router %1 \"%2\" listening on 127.0.0.1:%3 (user \"%4\", addresses "
                                "10.%5.x.x, %n online user(s)).",
                                nullptr, int(users + (site == 0 ? named.size() : 0)))
                                 .arg(site + 1)
                                 .arg(simulator->identity())
                                 .arg(simulator->port())
                                 .arg(user)
                                 .arg(5 + site)
                          << u'\n';
        }
        simulators.push_back(std::move(simulator));
    }
    if (routers > 1) {
        context.out() << tr("Ctrl-C stops them.") << u'\n';
    }
    context.out().flush();

    StopSignal stop;
    QEventLoop loop;
    QObject::connect(&stop, &StopSignal::stopRequested, &loop, &QEventLoop::quit);
    loop.exec();
    context.out() << tr("Simulator stopped.") << u'\n';
    return ExitCode::Success;
}
