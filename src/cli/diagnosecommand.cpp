// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/diagnosecommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/routersession.h"
#include "cli/trafficreport.h"
#include "core/bandwidth/bandwidthcontroller.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

DiagnoseCommand::DiagnoseCommand()
    : Command(u"diagnose"_s,
              QCoreApplication::translate("DiagnoseCommand",
                                          "Check the router for settings that stop speed limits from working."))
{ }

void DiagnoseCommand::addOptions(QCommandLineParser& parser)
{
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int DiagnoseCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    RouterSession session;
    if (const int code = session.start(context, parser); code != ExitCode::Success) {
        return code;
    }
    BandwidthController controller(&session.client(), nullptr);
    const auto findings
        = RouterSession::await<QList<Diagnostic>>([&](auto callback) { controller.diagnose(nullptr, callback); });
    if (!findings.ok()) {
        return session.fail(context, findings.error);
    }
    if (JsonOutput::wanted(parser)) {
        JsonOutput::print(context, TrafficReport::diagnosticsJson(findings.value));
    } else {
        TrafficReport::printDiagnostics(context.out(), findings.value);
    }
    return ExitCode::Success;
}
