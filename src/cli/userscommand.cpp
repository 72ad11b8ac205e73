// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/userscommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/localdata.h"
#include "cli/routersession.h"
#include "cli/trafficreport.h"
#include "core/settings/appsettings.h"
#include "core/traffic/trafficjson.h"
#include "core/vouchers/vouchertracker.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

UsersCommand::UsersCommand()
    : Command(u"users"_s,
              QCoreApplication::translate("UsersCommand", "List online users with traffic, speeds and limits."))
{ }

void UsersCommand::addOptions(QCommandLineParser& parser)
{
    RouterSession::addOptions(parser);
    LocalData::addDatabaseOption(parser);
    JsonOutput::addOption(parser);
    parser.addOption(
        {u"quick"_s,
         QCoreApplication::translate("UsersCommand", "One poll only: users without a queue show no current speed.")});
    parser.addOption({u"all-routers"_s,
                      QCoreApplication::translate("UsersCommand",
                                                  "Users of every router set up, each row naming its router. A "
                                                  "router that cannot be read is reported on stderr (exit 2) and "
                                                  "the others' rows still print.")});
}

int UsersCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    QStringList routers;
    if (parser.isSet(u"all-routers"_s)) {
        if (parser.isSet(u"router"_s) || parser.isSet(u"host"_s) || parser.isSet(u"demo"_s)) {
            context.err() << QCoreApplication::translate("UsersCommand",
                                                         "error: --all-routers cannot be used with --router, --host "
                                                         "or --demo")
                          << u'\n';
            return ExitCode::BadInput;
        }
        for (const RouterConfig& router : context.settings().routers()) {
            routers.append(router.name);
        }
        if (routers.isEmpty()) {
            context.err() << QCoreApplication::translate("UsersCommand",
                                                         "error: no router is set up (pisonet-cli routers add NAME "
                                                         "--host ADDRESS)")
                          << u'\n';
            return ExitCode::RouterProblem;
        }
    }
    const bool json = JsonOutput::wanted(parser);
    if (routers.isEmpty()) {
        // One router: as before, its failure is the command's failure.
        RouterSession session;
        if (const int code = session.start(context, parser); code != ExitCode::Success) {
            return code;
        }
        RouterReply<TrafficSnapshot> snapshot = session.takeSnapshot(!parser.isSet(u"quick"_s));
        if (!snapshot.ok()) {
            return session.fail(context, snapshot.error);
        }
        markLimitSources(context, parser, session, snapshot.value);
        if (json) {
            JsonOutput::printUsers(context, snapshot.value, session.routerName());
        } else {
            TrafficReport::printUsers(context.out(), snapshot.value);
        }
        return ExitCode::Success;
    }

    int exitCode = ExitCode::Success;
    TrafficJson::UsersDocument document;
    QJsonArray errors;
    for (const QString& name : std::as_const(routers)) {
        RouterSession session;
        int code = session.configure(context, parser, name);
        if (code == ExitCode::Success) {
            code = session.open(context);
        }
        RouterReply<TrafficSnapshot> snapshot;
        if (code == ExitCode::Success) {
            snapshot = session.takeSnapshot(!parser.isSet(u"quick"_s));
            if (!snapshot.ok()) {
                code = RouterSession::report(context, snapshot.error);
            }
        }
        if (code != ExitCode::Success) {
            const QString reason
                = snapshot.error.isError() ? snapshot.error.message() : session.connection().lastError().message();
            errors.append(QJsonObject {{u"router"_s, name}, {u"error"_s, reason}});
            context.err() << QCoreApplication::translate("UsersCommand", "(router %1 left out)").arg(name) << u'\n';
            context.err().flush();
            if (exitCode == ExitCode::Success) {
                exitCode = code;
            }
            continue;
        }
        markLimitSources(context, parser, session, snapshot.value);
        if (json) {
            document.addUsers(snapshot.value.users, name);
        } else {
            context.out() << QCoreApplication::translate("UsersCommand", "Router %1:").arg(name) << u'\n';
            TrafficReport::printUsers(context.out(), snapshot.value);
            context.out() << u'\n';
        }
    }
    if (json) {
        document.setErrors(errors);
        JsonOutput::printDocument(context, document);
    }
    return exitCode;
}

void UsersCommand::markLimitSources(CliContext& context,
                                    const QCommandLineParser& parser,
                                    RouterSession& session,
                                    TrafficSnapshot& snapshot)
{
    // Whose limit each queue is (voucher, operator, or adopted: made elsewhere), from our database.
    LocalData data;
    if (data.openDatabase(context, parser)) {
        BandwidthController controller(&session.client(), data.operatorLimits());
        VoucherStore vouchers(&data.database());
        controller.setVoucherLimitSource(VoucherTracker::storeLimits(&vouchers, snapshot.users));
        BandwidthPlanner::markLimitSources(snapshot.users, controller.desiredLimits(snapshot));
    }
}
