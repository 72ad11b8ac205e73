// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/monitorcommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/localdata.h"
#include "cli/routersession.h"
#include "cli/stopsignal.h"
#include "core/monitor/controlloop.h"
#include "core/monitor/routerset.h"
#include "core/settings/appsettings.h"
#include "core/traffic/trafficformat.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("MonitorCommand", text, comment, n);
}
} // namespace

MonitorCommand::MonitorCommand(QString name, QString description)
    : Command(std::move(name), std::move(description))
{ }

MonitorCommand::MonitorCommand()
    : MonitorCommand(u"monitor"_s,
                     tr("Watch users and keep their speed limits right, until Ctrl-C (one line per poll)."))
{ }

void MonitorCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"interval"_s, tr("Seconds between polls, 2 to 300 (default 10)."), u"seconds"_s, u"10"_s});
    parser.addOption({u"polls"_s, tr("Stop after this many polls (default: run until stopped)."), u"count"_s});
    parser.addOption({u"kick-dead-codes"_s,
                      tr("End the session of a used or revoked voucher that is online anyway (default: only "
                         "warn).")});
    RouterSession::addOptions(parser);
    LocalData::addDatabaseOption(parser);
}

bool MonitorCommand::prepare(CliContext&, QCommandLineParser&, LocalData&, RouterSet&)
{
    return true;
}

int MonitorCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    bool ok = false;
    const double seconds = parser.value(u"interval"_s).toDouble(&ok);
    const auto interval = std::chrono::milliseconds(qint64(seconds * 1000));
    if (!ok || interval < SessionMonitor::MinimumInterval || interval > SessionMonitor::MaximumInterval) {
        context.err() << tr("error: --interval must be a number of seconds from 2 to 300") << u'\n';
        return ExitCode::BadInput;
    }
    int maxPolls = -1;
    if (parser.isSet(u"polls"_s)) {
        maxPolls = parser.value(u"polls"_s).toInt(&ok);
        if (!ok || maxPolls < 1) {
            context.err() << tr("error: --polls must be a whole number of at least 1") << u'\n';
            return ExitCode::BadInput;
        }
    }
    LocalData data;
    // One program watches a router per database: a second one would fight over the queues.
    if (!data.lockDatabase(context, parser, u"pisonet-cli "_s + name())) {
        return ExitCode::Busy;
    }
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    // Which routers: the one picked by --router, --host, --demo or PISONET_ROUTER_HOST, else every
    // router set up (one RouterSession each: settings and password; their own connections stay unused).
    QStringList names;
    const bool picked = parser.isSet(u"router"_s) || parser.isSet(u"host"_s) || parser.isSet(u"demo"_s)
        || !context.env(u"PISONET_ROUTER_HOST"_s).trimmed().isEmpty();
    if (!picked) {
        for (const RouterConfig& router : context.settings().routers()) {
            names.append(router.name);
        }
    }
    if (names.size() < 2) {
        names = QStringList {QString()};
    }
    std::vector<std::unique_ptr<RouterSession>> sessions;
    RouterSet routers(&data.database());
    for (const QString& name : std::as_const(names)) {
        auto session = std::make_unique<RouterSession>();
        if (const int code = session->configure(context, parser, name); code != ExitCode::Success) {
            return code;
        }
        routers.add(session->routerName(), session->settings());
        sessions.push_back(std::move(session));
    }
    routers.setEventLog(&data.events());
    routers.setInterval(interval);
    if (!prepare(context, parser, data, routers)) {
        return ExitCode::BadInput;
    }
    QTextStream& out = context.out();
    const bool several = routers.size() > 1;
    const QString indent = u"          "_s;
    StopSignal stop;
    QEventLoop events;
    std::vector<int> polls(std::size_t(routers.size()), 0);
    int finished = 0; // routers whose last poll (and its reconciliation) is done
    for (int i = 0; i < routers.size(); ++i) {
        ControlLoop& loop = routers.loop(i);
        RouterConnection& connection = routers.connection(i);
        const QString label = several ? u'[' + routers.name(i) + u"] "_s : QString();
        const QString name = routers.name(i);
        QObject::connect(&loop.vouchers(), &VoucherTracker::voucherActivated, &loop,
                         [&, label](const QString& code, const QString& mac) {
                             out << indent << label << tr("voucher %1 activated by %2").arg(code, mac) << u'\n';
                             data.events().info(tr("Voucher %1 activated by %2.").arg(code, mac));
                         });
        QObject::connect(&loop.vouchers(), &VoucherTracker::voucherUsedUp, &loop, [&, label](const QString& code) {
            out << indent << label << tr("voucher %1 used up").arg(code) << u'\n';
            data.events().info(tr("Voucher %1 used up.").arg(code));
        });
        QObject::connect(&loop, &ControlLoop::limitsAdopted, &loop, [&, label](const QStringList& names, bool) {
            out << indent << label
                << QCoreApplication::translate("MonitorCommand", "kept %n speed limit(s) made elsewhere: %1", nullptr,
                                               int(names.size()))
                       .arg(names.join(u", "_s))
                << u'\n';
        });
        QObject::connect(&connection, &RouterConnection::failed, &loop, [&, name, several](const ApiError& error) {
            data.events().error(several ? tr("Router %1 problem: %2").arg(name, error.message())
                                        : tr("Router problem: %1").arg(error.message()));
        });
        QObject::connect(&connection, &RouterConnection::ready, &loop, [&, name, several, &connection = connection] {
            data.events().info(several ? tr("Connected to router %1 at %2.").arg(name, connection.settings().address())
                                       : tr("Connected to the router at %1.").arg(connection.settings().address()));
        });
        loop.vouchers().setKickDeadCodes(parser.isSet(u"kick-dead-codes"_s));
        QObject::connect(&loop.vouchers(), &VoucherTracker::deadCodeInUse, &loop,
                         [&, label](const QString& code, const QString& mac, const QString& status, bool kicking) {
                             out << indent << label
                                 << tr("warning: voucher %1 is %2 but in use by %3 (a code that should be dead)%4")
                                        .arg(code, status, mac, kicking ? tr("; ending the session") : QString())
                                 << u'\n';
                             data.events().warning(tr("Voucher %1 is %2 but in use by %3.").arg(code, status, mac));
                         });
        QObject::connect(
            &loop.vouchers(), &VoucherTracker::deadCodeKicked, &loop,
            [&, label](const QString& code, const QString& mac, const QString& error) {
                out << indent << label
                    << (error.isEmpty() ? tr("session of voucher %1 on %2 ended").arg(code, mac)
                                        : tr("could not end the session of voucher %1 on %2: %3").arg(code, mac, error))
                    << u'\n';
            });
        QObject::connect(&loop, &ControlLoop::trackingFailed, &loop, [&, label](const QString& reason) {
            out << indent << label << tr("database problem: %1").arg(reason) << u'\n';
        });
        auto done = [&, i] {
            if (maxPolls > 0 && polls[std::size_t(i)] == maxPolls) {
                polls[std::size_t(i)] = maxPolls + 1; // counted once
                if (++finished == routers.size()) {
                    events.quit();
                }
            }
        };
        QObject::connect(
            &loop.bandwidth(), &BandwidthController::reconciled, &events,
            [&, label, done](const BandwidthController::ReconcileReport& report) {
                if (report.planned > 0 && !report.skipped) {
                    out << indent << label
                        << tr("limits: %1 of %n queue change(s) applied", nullptr, report.planned).arg(report.applied)
                        << u'\n';
                    for (const QString& failure : report.failures) {
                        out << indent << label << tr("failed: %1").arg(failure) << u'\n';
                    }
                    out.flush();
                }
                done();
            });
        QObject::connect(&loop, &ControlLoop::refreshed, &events, [&, i, label, done](const TrafficSnapshot& snapshot) {
            const QString time = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
            if (snapshot.stale) {
                out << time << u"  "_s << label
                    << tr("router problem: %1 (showing the last data, retrying)").arg(snapshot.staleReason) << u'\n';
            } else {
                out << time << u"  "_s << label
                    << tr("%1 online (+%2 -%3), down %4, up %5")
                           .arg(snapshot.users.size())
                           .arg(snapshot.added.size())
                           .arg(snapshot.removed.size())
                           .arg(TrafficFormat::rate(snapshot.totalRateDown), TrafficFormat::rate(snapshot.totalRateUp))
                    << u'\n';
            }
            out.flush();
            if (maxPolls > 0 && polls[std::size_t(i)] < maxPolls && ++polls[std::size_t(i)] == maxPolls) {
                // Stop once the reconciliation of this last poll has finished (or now, if stale).
                routers.loop(i).stop();
                if (snapshot.stale) {
                    done();
                }
            }
        });
    }
    QObject::connect(&stop, &StopSignal::stopRequested, &events, &QEventLoop::quit);
    routers.start();
    events.exec();
    routers.stop();
    out << tr("Stopped.") << u'\n';
    return ExitCode::Success;
}
