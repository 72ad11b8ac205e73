// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/routerscommands.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/routersession.h"
#include "core/settings/appsettings.h"
#include "core/util/userinput.h"
#include "keychain/passwordstore.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("RoutersCommands", text);
}

int refuse(CliContext& context, const QString& message)
{
    context.err() << tr("error: %1").arg(message) << u'\n';
    return ExitCode::BadInput;
}

// The one name the command takes.
bool nameArgument(CliContext& context, const QCommandLineParser& parser, QString* name)
{
    const auto given = Command::onlyArgument(context, parser, tr("give exactly one router name"));
    *name = given.value_or(QString());
    return given.has_value();
}
// Runs a change of the credential store and waits for it (at most 10 s): empty when done, else why not.
QString awaitStore(const std::function<void(PasswordStore::WriteCallback)>& change)
{
    struct Change
    {
        QString error;
        bool done = false;
    };
    auto result = std::make_shared<Change>();
    change([result](const QString& error) {
        result->error = error;
        result->done = true;
    });
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&timedOut] { timedOut = true; });
    timer.start(10000);
    RouterSession::waitUntil([&] { return result->done || timedOut; });
    return result->done ? result->error : tr("no answer");
}
} // namespace

RoutersAddCommand::RoutersAddCommand()
    : Command(u"routers add"_s, tr("Add a router to watch (password from PISONET_ROUTER_PASSWORD or standard input)."))
{ }

QString RoutersAddCommand::positionalUsage() const
{
    return u" NAME"_s;
}

void RoutersAddCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"name"_s, tr("A short name for the router: letters, digits, '.', '_' or '-'."));
    parser.addOption({u"host"_s, tr("The router's address."), u"address"_s});
    parser.addOption({u"port"_s, tr("API port (default 8728, 8729 with --tls)."), u"port"_s});
    parser.addOption({u"user"_s, tr("Router user (default admin)."), u"name"_s});
    parser.addOption({u"tls"_s, tr("Use API-SSL (port 8729).")});
    parser.addOption({u"verify-certificate"_s,
                      tr("With --tls: require a certificate valid for the host (default: accept the router's "
                         "self-signed certificate).")});
}

int RoutersAddCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    RouterConfig router;
    if (!nameArgument(context, parser, &router.name)) {
        return ExitCode::BadInput;
    }
    router.connection.host = parser.value(u"host"_s).trimmed();
    if (parser.isSet(u"port"_s)) {
        QString error;
        const auto port = RouterSession::parsePort(parser.value(u"port"_s), &error);
        if (!port) {
            return refuse(context, error);
        }
        router.connection.port = *port;
    }
    if (parser.isSet(u"user"_s)) {
        router.connection.user = parser.value(u"user"_s).trimmed();
        if (router.connection.user.isEmpty()) {
            return refuse(context, tr("--user must not be empty"));
        }
    }
    router.connection.tls = parser.isSet(u"tls"_s);
    if (parser.isSet(u"verify-certificate"_s)) {
        router.connection.certificatePolicy = ConnectionSettings::CertificatePolicy::Verify;
    }
    for (const QString& error :
         {RouterConfig::nameError(router.name), RouterConfig::hostError(router.connection.host)}) {
        if (!error.isEmpty()) {
            return refuse(context, error);
        }
    }
    AppSettings& settings = context.settings();
    const QList<RouterConfig> existing = settings.routers();
    for (const RouterConfig& other : existing) {
        if (other.name.compare(router.name, Qt::CaseInsensitive) == 0) {
            return refuse(context, tr("there is already a router named %1").arg(other.name));
        }
    }
    QString password;
    if (context.hasEnv(u"PISONET_ROUTER_PASSWORD"_s)) {
        password = context.env(u"PISONET_ROUTER_PASSWORD"_s);
    } else if (!context.readSecretLine(&password)) {
        return refuse(context,
                      tr("no password: set PISONET_ROUTER_PASSWORD or give it on the first line of "
                         "standard input"));
    }
    // The first router keeps the entry the window uses; the others get one of their own.
    if (!existing.isEmpty()) {
        router.passwordKey = PasswordStore::routerKey(router.name, router.connection.host, router.connection.user);
    }
    const QString key = PasswordStore::keyOf(router.passwordKey, router.connection.host, router.connection.user);
    if (const QString why
        = awaitStore([&](PasswordStore::WriteCallback done) { context.passwords().write(key, password, done); });
        !why.isEmpty()) {
        if (!password.isEmpty()) {
            return refuse(context,
                          tr("the password could not be saved in the system's credential store (%1); the "
                             "router was not added. On Linux a Secret Service must be running (gnome-keyring or "
                             "KeePassXC, for example); without one, give the router with --host and --user and "
                             "its password with PISONET_ROUTER_PASSWORD on each run")
                              .arg(why));
        }
        // An empty password (a router's factory admin, a test router) is no secret: nothing to keep.
        context.err() << tr("note: the system's credential store did not answer (%1); this router has no "
                            "password, so there is nothing to keep there")
                             .arg(why)
                      << u'\n';
    }
    if (const QString error = settings.addRouter(router); !error.isEmpty()) {
        return refuse(context, error);
    }
    QString error;
    if (!settings.sync(&error)) {
        return refuse(context, error);
    }
    context.out() << tr("Router %1 added (%2).").arg(router.name, router.connection.address()) << u'\n';
    return ExitCode::Success;
}

RoutersListCommand::RoutersListCommand()
    : Command(u"routers list"_s, tr("List the routers set up; the first is the default of --router."))
{ }

void RoutersListCommand::addOptions(QCommandLineParser& parser)
{
    JsonOutput::addOption(parser);
}

int RoutersListCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const QList<RouterConfig> routers = context.settings().routers();
    if (JsonOutput::wanted(parser)) {
        QJsonArray list;
        for (const RouterConfig& router : routers) {
            const ConnectionSettings& c = router.connection;
            list.append(QJsonObject {
                {u"name"_s, router.name},
                {u"host"_s, c.host},
                {u"port"_s, c.effectivePort()},
                {u"user"_s, c.user},
                {u"tls"_s, c.tls},
                {u"certificate"_s,
                 c.certificatePolicy == ConnectionSettings::CertificatePolicy::Verify ? u"verify"_s
                                                                                      : u"accept-router"_s},
            });
        }
        JsonOutput::print(context, {{u"success"_s, true}, {u"routers"_s, list}, {u"count"_s, list.size()}});
        return ExitCode::Success;
    }
    if (routers.isEmpty()) {
        context.out() << tr("No router is set up (pisonet-cli routers add NAME --host ADDRESS).") << u'\n';
        return ExitCode::Success;
    }
    for (const RouterConfig& router : routers) {
        context.out() << router.name.leftJustified(20) << u' ' << router.connection.address().leftJustified(24) << u' '
                      << router.connection.user << (router.connection.tls ? u"  API-SSL"_s : QString()) << u'\n';
    }
    return ExitCode::Success;
}

RoutersRemoveCommand::RoutersRemoveCommand()
    : Command(u"routers remove"_s, tr("Forget a router (nothing on the router changes)."))
{ }

QString RoutersRemoveCommand::positionalUsage() const
{
    return u" NAME"_s;
}

void RoutersRemoveCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"name"_s, tr("The router's name, as \"pisonet-cli routers list\" shows it."));
}

int RoutersRemoveCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    QString name;
    if (!nameArgument(context, parser, &name)) {
        return ExitCode::BadInput;
    }
    AppSettings& settings = context.settings();
    const std::optional<RouterConfig> removed = settings.findRouter(name);
    if (const QString error = settings.removeRouter(name); !error.isEmpty()) {
        return refuse(context, error);
    }
    QString error;
    if (!settings.sync(&error)) {
        return refuse(context, error);
    }
    context.out() << tr("Router %1 removed.").arg(name) << u'\n';
    // Its saved password goes too, unless a router that stays reads the same entry.
    QStringList stillUsed;
    for (const RouterConfig& router : settings.routers()) {
        stillUsed.append(PasswordStore::keyOf(router.passwordKey, router.connection.host, router.connection.user));
    }
    const QString key = removed ? PasswordStore::keyToForget(removed->passwordKey, removed->connection.host,
                                                             removed->connection.user, stillUsed)
                                : QString();
    if (!key.isEmpty()) {
        if (const QString failure
            = awaitStore([&](PasswordStore::WriteCallback done) { context.passwords().remove(key, done); });
            !failure.isEmpty()) {
            context.err()
                << tr("warning: its password could not be deleted from the system's credential store (%1)").arg(failure)
                << u'\n';
        }
    }
    return ExitCode::Success;
}
