// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/servecommand.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/localdata.h"
#include "core/monitor/controlloop.h"
#include "core/monitor/routerset.h"
#include "httpapi/apiserver.h"
#include "httpapi/apiservice.h"
#include "httpapi/apitoken.h"
#include "httpapi/webadmin.h"
#include "httpapi/webpassword.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("ServeCommand", text);
}
} // namespace

ServeCommand::ServeCommand()
    : MonitorCommand(u"serve"_s, tr("Run the monitor and the local JSON HTTP API headless, until Ctrl-C."))
{ }

ServeCommand::~ServeCommand() = default;

void ServeCommand::addOptions(QCommandLineParser& parser)
{
    MonitorCommand::addOptions(parser);
    LocalData::addProfilesOption(parser);
    parser.addOption({u"listen"_s,
                      tr("Address and port of the API and the web admin (default 127.0.0.1:5000; IPv6 as "
                         "[::1]:5000). Anything but a loopback address lets other devices on the network reach "
                         "them, and needs a web-admin password (pisonet-cli web password)."),
                      u"addr:port"_s, u"127.0.0.1:5000"_s});
}

int ServeCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const int code = MonitorCommand::execute(context, parser);
    m_server.reset();
    m_web.reset();
    m_service.reset();
    return code;
}

bool ServeCommand::prepare(CliContext& context, QCommandLineParser& parser, LocalData& data, RouterSet& routers)
{
    QHostAddress address;
    quint16 port = 0;
    QString error;
    if (!ApiServer::parseListen(parser.value(u"listen"_s), &address, &port, &error)) {
        context.err() << tr("error: --listen: %1").arg(error) << u'\n';
        return false;
    }
    const QString databasePath = data.database().path();
    if (const QString refusal = ApiServer::listenRefusal(address, WebPassword::isSet(databasePath));
        !refusal.isEmpty()) {
        context.err() << tr("error: --listen: %1").arg(refusal) << u'\n';
        return false;
    }
    if (const QString warning = ApiServer::exposureWarning(address); !warning.isEmpty()) {
        context.err() << tr("warning: %1").arg(warning) << u'\n';
    }
    if (!data.loadProfiles(context, parser)) {
        return false;
    }
    const QString token = ApiToken::ensure(&data.database(), &error);
    if (token.isEmpty()) {
        context.err() << tr("error: cannot make the API token: %1").arg(error) << u'\n';
        return false;
    }
    ControlLoop& first = routers.loop(0);
    ApiService::Services services;
    services.monitor = &first.monitor();
    services.bandwidth = &first.bandwidth();
    services.vouchers = &first.voucherStore();
    services.profiles = &data.profiles();
    services.connection = &routers.connection(0);
    services.log = &data.events();
    QList<ApiService::Router> all;
    for (int i = 0; i < routers.size(); ++i) {
        all.append({routers.name(i), &routers.loop(i).monitor(), &routers.loop(i).bandwidth(), &routers.connection(i)});
    }
    m_service = std::make_unique<ApiService>(services, token);
    m_service->setRouters(all);
    m_web = std::make_unique<WebAdmin>(m_service.get(), databasePath, &data.events());
    m_server = std::make_unique<ApiServer>(m_service.get());
    m_server->setWebAdmin(m_web.get());
    if (!m_server->listen(address, port, &error)) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return false;
    }
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    context.out() << tr("HTTP API on http://%1:%2/admin/api/ (send \"Authorization: Bearer <token>\"; "
                        "pisonet-cli api token prints it).")
                         .arg(host)
                         .arg(m_server->port())
                  << u'\n';
    context.out() << tr("Web admin on http://%1:%2/admin").arg(host).arg(m_server->port())
                  << (WebPassword::isSet(databasePath)
                          ? QString()
                          : tr(" (no web-admin password yet: set one with \"pisonet-cli web password\")"))
                  << u'\n';
    context.out().flush();
    return true;
}

ApiTokenCommand::ApiTokenCommand()
    : Command(u"api token"_s, tr("Print the HTTP API token (made on first use); --renew replaces it."))
{ }

void ApiTokenCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"renew"_s, tr("Replace the token; the old one stops working.")});
    LocalData::addDatabaseOption(parser);
}

int ApiTokenCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    QString error;
    const QString token = parser.isSet(u"renew"_s) ? ApiToken::renew(&data.database(), &error)
                                                   : ApiToken::ensure(&data.database(), &error);
    if (token.isEmpty()) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return ExitCode::BadInput;
    }
    if (parser.isSet(u"renew"_s)) {
        context.out() << tr("New token (a running server picks it up when restarted):") << u'\n';
    }
    context.out() << token << u'\n';
    return ExitCode::Success;
}
