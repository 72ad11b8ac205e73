// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/routertestcommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/routersession.h"
#include "core/routeros/routerduration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

using namespace Qt::StringLiterals;

RouterTestCommand::RouterTestCommand()
    : Command(u"router test"_s,
              QCoreApplication::translate("RouterTestCommand",
                                          "Connect to the router, log in and show its identity, version and uptime."))
{ }

void RouterTestCommand::addOptions(QCommandLineParser& parser)
{
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int RouterTestCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    RouterSession session;
    QElapsedTimer timer;
    timer.start();
    if (const int code = session.start(context, parser); code != ExitCode::Success) {
        return code;
    }
    const qint64 loginMs = timer.elapsed();
    timer.restart();
    const auto info
        = RouterSession::await<RouterInfo>([&](auto callback) { session.client().fetchInfo(nullptr, callback); });
    const qint64 roundTripMs = timer.elapsed();
    if (!info.ok()) {
        return session.fail(context, info.error);
    }
    const bool json = JsonOutput::wanted(parser);
    const ConnectionSettings& settings = session.settings();
    const QString login = session.connection().usedLegacyLogin()
        ? QCoreApplication::translate("RouterTestCommand", "pre-6.43 challenge")
        : QCoreApplication::translate("RouterTestCommand", "current (6.43+)");
    if (json) {
        QJsonObject object {{u"success"_s, true},
                            {u"address"_s, settings.address()},
                            {u"demo"_s, session.isDemo()},
                            {u"tls"_s, settings.tls},
                            {u"identity"_s, info.value.identity},
                            {u"version"_s, info.value.version},
                            {u"board"_s, info.value.boardName},
                            {u"architecture"_s, info.value.architecture},
                            {u"uptime"_s, RouterDuration::format(info.value.uptimeSeconds)},
                            {u"uptime_seconds"_s, info.value.uptimeSeconds},
                            {u"legacy_login"_s, session.connection().usedLegacyLogin()},
                            {u"login_ms"_s, loginMs},
                            {u"round_trip_ms"_s, roundTripMs}};
        JsonOutput::print(context, object);
        return ExitCode::Success;
    }
    QTextStream& out = context.out();
    auto line = [&](const char* label, const QString& value) {
        out << QCoreApplication::translate("RouterTestCommand", label).leftJustified(12) << value << u'\n';
    };
    line(QT_TRANSLATE_NOOP("RouterTestCommand", "Router:"),
         info.value.identity + u" ("_s + settings.address() + (settings.tls ? u", API-SSL)"_s : u")"_s)
             + (session.isDemo() ? QCoreApplication::translate("RouterTestCommand", " [demo router]") : QString()));
    line(QT_TRANSLATE_NOOP("RouterTestCommand", "RouterOS:"), info.value.version);
    line(QT_TRANSLATE_NOOP("RouterTestCommand", "Board:"),
         info.value.boardName
             + (info.value.architecture.isEmpty() ? QString() : u" ("_s + info.value.architecture + u')'));
    line(QT_TRANSLATE_NOOP("RouterTestCommand", "Uptime:"), RouterDuration::format(info.value.uptimeSeconds));
    line(QT_TRANSLATE_NOOP("RouterTestCommand", "Login:"), login);
    line(QT_TRANSLATE_NOOP("RouterTestCommand", "Round trip:"), u"%1 ms"_s.arg(roundTripMs));
    return ExitCode::Success;
}
