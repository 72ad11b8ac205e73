// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"

using namespace Qt::StringLiterals;

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{ }

Command::~Command() = default;

std::optional<QString>
Command::onlyArgument(CliContext& context, const QCommandLineParser& parser, const QString& missing)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err() << QCoreApplication::translate("Command", "error: %1").arg(missing) << u'\n';
        return std::nullopt;
    }
    return positional.first().trimmed();
}

int Command::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("Command", "Show this help."));
    parser.addOption(help);
    addOptions(parser);
    if (!parser.parse(QStringList {u"pisonet-cli "_s + m_name} + arguments)) {
        context.err() << parser.errorText() << u"\nTry: pisonet-cli "_s << m_name << u" --help\n"_s;
        context.err().flush();
        return ExitCode::BadInput;
    }
    if (parser.isSet(help)) {
        // Qt's first help line names the running binary; write our own usage line instead.
        const QString helpText = parser.helpText();
        context.out() << u"Usage: pisonet-cli "_s << m_name << u" [options]"_s << positionalUsage() << u'\n'
                      << helpText.mid(helpText.indexOf(u'\n') + 1);
        context.out().flush();
        return ExitCode::Success;
    }
    const int code = execute(context, parser);
    context.out().flush();
    context.err().flush();
    return code;
}
