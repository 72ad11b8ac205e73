// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/userscommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/localdata.h"
#include "cli/routersession.h"
#include "cli/trafficreport.h"
#include "core/traffic/trafficjson.h"
#include "core/vouchers/vouchertracker.h"

#include <QCoreApplication>

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
}

int UsersCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    RouterSession session;
    if (const int code = session.start(context, parser); code != ExitCode::Success) {
        return code;
    }
    RouterReply<TrafficSnapshot> snapshot = session.takeSnapshot(!parser.isSet(u"quick"_s));
    if (!snapshot.ok()) {
        return session.fail(context, snapshot.error);
    }
    // Whose limit each queue is (voucher, operator, or adopted: made elsewhere), from our database.
    LocalData data;
    if (data.openDatabase(context, parser)) {
        BandwidthController controller(&session.client(), data.operatorLimits());
        VoucherStore vouchers(&data.database());
        controller.setVoucherLimitSource(VoucherTracker::storeLimits(&vouchers, snapshot.value.users));
        BandwidthPlanner::markLimitSources(snapshot.value.users, controller.desiredLimits(snapshot.value));
    }
    if (JsonOutput::wanted(parser)) {
        JsonOutput::printDocument(context, TrafficJson::usersDocument(snapshot.value));
    } else {
        TrafficReport::printUsers(context.out(), snapshot.value);
    }
    return ExitCode::Success;
}
