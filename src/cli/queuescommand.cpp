// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queuescommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/routersession.h"
#include "cli/trafficreport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QueuesCommand::QueuesCommand()
    : Command(u"queues"_s,
              QCoreApplication::translate("QueuesCommand",
                                          "List all simple queues on the router with limits, rates and bytes."))
{ }

void QueuesCommand::addOptions(QCommandLineParser& parser)
{
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int QueuesCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    RouterSession session;
    if (const int code = session.start(context, parser); code != ExitCode::Success) {
        return code;
    }
    const auto queues = RouterSession::await<QList<SimpleQueue>>(
        [&](auto callback) { session.client().fetchSimpleQueues(nullptr, callback); });
    if (!queues.ok()) {
        return session.fail(context, queues.error);
    }
    if (JsonOutput::wanted(parser)) {
        JsonOutput::print(context, TrafficReport::queuesJson(queues.value));
    } else {
        TrafficReport::printQueues(context.out(), queues.value);
    }
    return ExitCode::Success;
}
