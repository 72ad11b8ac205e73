// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/bandwidthcommands.h"
#include "cli/clicontext.h"
#include "cli/datacommands.h"
#include "cli/diagnosecommand.h"
#include "cli/exitcode.h"
#include "cli/menucommand.h"
#include "cli/monitorcommand.h"
#include "cli/queuescommand.h"
#include "cli/routerscommands.h"
#include "cli/routertestcommand.h"
#include "cli/servecommand.h"
#include "cli/simulatecommand.h"
#include "cli/userscommand.h"
#include "cli/voucherscommands.h"
#include "cli/webpasswordcommand.h"
#include "core/util/userinput.h"
#include "version.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

Cli::Cli()
{
    m_commands.push_back(std::make_unique<MenuCommand>());
    m_commands.push_back(std::make_unique<RouterTestCommand>());
    m_commands.push_back(std::make_unique<RoutersAddCommand>());
    m_commands.push_back(std::make_unique<RoutersListCommand>());
    m_commands.push_back(std::make_unique<RoutersRemoveCommand>());
    m_commands.push_back(std::make_unique<UsersCommand>());
    m_commands.push_back(std::make_unique<SetBandwidthCommand>());
    m_commands.push_back(std::make_unique<RemoveBandwidthCommand>());
    m_commands.push_back(std::make_unique<QueuesCommand>());
    m_commands.push_back(std::make_unique<DiagnoseCommand>());
    m_commands.push_back(std::make_unique<MonitorCommand>());
    m_commands.push_back(std::make_unique<VouchersGenerateCommand>());
    m_commands.push_back(std::make_unique<VouchersListCommand>());
    m_commands.push_back(std::make_unique<VouchersPushCommand>());
    m_commands.push_back(std::make_unique<VouchersRevokeCommand>());
    m_commands.push_back(std::make_unique<VouchersActivateCommand>());
    m_commands.push_back(std::make_unique<VouchersSellCommand>());
    m_commands.push_back(std::make_unique<VouchersShowCommand>());
    m_commands.push_back(std::make_unique<VouchersUnlockCommand>());
    m_commands.push_back(std::make_unique<VouchersPrintCommand>());
    m_commands.push_back(std::make_unique<ReportsSalesCommand>());
    m_commands.push_back(std::make_unique<ReportsUsageCommand>());
    m_commands.push_back(std::make_unique<DbMigrateCommand>());
    m_commands.push_back(std::make_unique<DbCopyCommand>());
    m_commands.push_back(std::make_unique<ProfilesCheckCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
    m_commands.push_back(std::make_unique<ApiTokenCommand>());
    m_commands.push_back(std::make_unique<WebPasswordCommand>());
    m_commands.push_back(std::make_unique<SimulateCommand>());
}

Cli::~Cli() = default;

Command* Cli::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

int Cli::run(CliContext& context, const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        if (context.interactive()) {
            return find(u"menu"_s)->run(context, {});
        }
        printUsage(context);
        return ExitCode::BadInput;
    }
    const QString first = arguments.first();
    if (first == u"--version"_s || first == u"-v"_s) {
        context.out() << u"pisonet-cli " PISONET_VERSION "\n"_s;
        context.out().flush();
        return ExitCode::Success;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        if (arguments.size() > 1) {
            const QString name = arguments.mid(1).join(u' ');
            if (Command* command = find(name)) {
                return command->run(context, {u"--help"_s});
            }
        }
        printUsage(context);
        return ExitCode::Success;
    }
    // Two-word commands first ("router test"), then one-word ones ("users").
    if (arguments.size() > 1) {
        if (Command* command = find(first + u' ' + arguments.at(1))) {
            return command->run(context, arguments.mid(2));
        }
    }
    if (Command* command = find(first)) {
        return command->run(context, arguments.mid(1));
    }
    context.err()
        << QCoreApplication::translate("Cli", "error: unknown command %1").arg(UserInput::quote(arguments.join(u' ')))
        << u"\n\n"_s;
    context.err().flush();
    printUsage(context);
    return ExitCode::BadInput;
}

void Cli::printUsage(CliContext& context) const
{
    QTextStream& out = context.out();
    out << QCoreApplication::translate("Cli", "PisoNet Manager command line, version %1")
               .arg(QStringLiteral(PISONET_VERSION))
        << u"\n\n"_s << QCoreApplication::translate("Cli", "Usage: pisonet-cli <command> [options]") << u"\n\n"_s
        << QCoreApplication::translate("Cli", "Commands:") << u'\n';
    for (const auto& command : m_commands) {
        out << u"  "_s << command->name().leftJustified(20) << command->description() << u'\n';
    }
    out << u'\n'
        << QCoreApplication::translate("Cli",
                                       "Run \"pisonet-cli <command> --help\" for a command's options.\n"
                                       "Exit codes: 0 success, 1 bad usage or input, 2 router unreachable "
                                       "or login refused, 3 router refused the command.")
        << u'\n';
    out.flush();
}
