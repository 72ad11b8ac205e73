// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/monitorcommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/localdata.h"
#include "cli/routersession.h"
#include "cli/stopsignal.h"
#include "core/monitor/controlloop.h"
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

bool MonitorCommand::prepare(CliContext&, QCommandLineParser&, LocalData&, ControlLoop&)
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
    RouterSession session;
    if (const int code = session.configure(context, parser); code != ExitCode::Success) {
        return code;
    }
    // A long-running loop: keep trying when the router goes away, and say so on every poll.
    session.connection().setAutoReconnect(true);
    session.connection().open();

    ControlLoop loop(&session.client(), &data.database());
    loop.setEventLog(&data.events());
    loop.setInterval(interval);
    if (!prepare(context, parser, data, loop)) {
        return ExitCode::BadInput;
    }
    QTextStream& out = context.out();
    const QString indent = u"          "_s;
    QObject::connect(&loop.vouchers(), &VoucherTracker::voucherActivated, &loop,
                     [&](const QString& code, const QString& mac) {
                         out << indent << tr("voucher %1 activated by %2").arg(code, mac) << u'\n';
                         data.events().info(tr("Voucher %1 activated by %2.").arg(code, mac));
                     });
    QObject::connect(&loop.vouchers(), &VoucherTracker::voucherUsedUp, &loop, [&](const QString& code) {
        out << indent << tr("voucher %1 used up").arg(code) << u'\n';
        data.events().info(tr("Voucher %1 used up.").arg(code));
    });
    QObject::connect(&loop, &ControlLoop::limitsAdopted, &loop, [&](const QStringList& names, bool) {
        out << indent
            << QCoreApplication::translate("MonitorCommand", "kept %n speed limit(s) made elsewhere: %1", nullptr,
                                           int(names.size()))
                   .arg(names.join(u", "_s))
            << u'\n';
    });
    QObject::connect(&session.connection(), &RouterConnection::failed, &loop, [&](const ApiError& error) {
        data.events().error(tr("Router problem: %1").arg(error.message()));
    });
    QObject::connect(&session.connection(), &RouterConnection::ready, &loop, [&] {
        data.events().info(tr("Connected to the router at %1.").arg(session.connection().settings().address()));
    });
    loop.vouchers().setKickDeadCodes(parser.isSet(u"kick-dead-codes"_s));
    QObject::connect(&loop.vouchers(), &VoucherTracker::deadCodeInUse, &loop,
                     [&](const QString& code, const QString& mac, const QString& status, bool kicking) {
                         out << indent
                             << tr("warning: voucher %1 is %2 but in use by %3 (a code that should be dead)%4")
                                    .arg(code, status, mac, kicking ? tr("; ending the session") : QString())
                             << u'\n';
                         data.events().warning(tr("Voucher %1 is %2 but in use by %3.").arg(code, status, mac));
                     });
    QObject::connect(&loop.vouchers(), &VoucherTracker::deadCodeKicked, &loop,
                     [&](const QString& code, const QString& mac, const QString& error) {
                         out << indent
                             << (error.isEmpty()
                                     ? tr("session of voucher %1 on %2 ended").arg(code, mac)
                                     : tr("could not end the session of voucher %1 on %2: %3").arg(code, mac, error))
                             << u'\n';
                     });
    QObject::connect(&loop, &ControlLoop::trackingFailed, &loop,
                     [&](const QString& reason) { out << indent << tr("database problem: %1").arg(reason) << u'\n'; });

    StopSignal stop;
    QEventLoop events;
    int polls = 0;
    bool finishing = false;
    QObject::connect(
        &loop.bandwidth(), &BandwidthController::reconciled, &events,
        [&](const BandwidthController::ReconcileReport& report) {
            if (report.planned > 0 && !report.skipped) {
                out << indent
                    << tr("limits: %1 of %n queue change(s) applied", nullptr, report.planned).arg(report.applied)
                    << u'\n';
                for (const QString& failure : report.failures) {
                    out << indent << tr("failed: %1").arg(failure) << u'\n';
                }
                out.flush();
            }
            if (finishing) {
                events.quit();
            }
        });
    QObject::connect(&loop, &ControlLoop::refreshed, &events, [&](const TrafficSnapshot& snapshot) {
        const QString time = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
        if (snapshot.stale) {
            out << time << u"  "_s
                << tr("router problem: %1 (showing the last data, retrying)").arg(snapshot.staleReason) << u'\n';
        } else {
            out << time << u"  "_s
                << tr("%1 online (+%2 -%3), down %4, up %5")
                       .arg(snapshot.users.size())
                       .arg(snapshot.added.size())
                       .arg(snapshot.removed.size())
                       .arg(TrafficFormat::rate(snapshot.totalRateDown), TrafficFormat::rate(snapshot.totalRateUp))
                << u'\n';
        }
        out.flush();
        if (maxPolls > 0 && ++polls >= maxPolls) {
            // Stop once the reconciliation of this last poll has finished (or now, if stale).
            finishing = true;
            loop.stop();
            if (snapshot.stale) {
                events.quit();
            }
        }
    });
    QObject::connect(&stop, &StopSignal::stopRequested, &events, &QEventLoop::quit);
    loop.start();
    events.exec();
    loop.stop();
    out << tr("Stopped.") << u'\n';
    return ExitCode::Success;
}
