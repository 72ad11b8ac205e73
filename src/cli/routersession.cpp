// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/routersession.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "core/monitor/sessionmonitor.h"
#include "core/settings/appsettings.h"
#include "core/util/userinput.h"
#include "keychain/passwordstore.h"
#include "sim/routersimulator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

RouterSession::RouterSession(QObject* parent)
    : QObject(parent)
{
    m_connection.setAutoReconnect(false);
}

RouterSession::~RouterSession() = default;

void RouterSession::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"router"_s,
                      tr("Name of the router to use, as \"pisonet-cli routers list\" shows it (default: the first "
                         "one)."),
                      u"name"_s});
    parser.addOption({u"host"_s,
                      tr("Router address (or PISONET_ROUTER_HOST; default: the router set up in the window)."),
                      u"address"_s});
    parser.addOption({u"port"_s, tr("API port (or PISONET_ROUTER_PORT); default 8728, 8729 with --tls."), u"port"_s});
    parser.addOption({u"user"_s, tr("Router user (or PISONET_ROUTER_USER); default admin."), u"name"_s});
    parser.addOption({u"password-stdin"_s,
                      tr("Read the router password from the first line of standard input "
                         "(otherwise from PISONET_ROUTER_PASSWORD, or the password the window saved).")});
    parser.addOption({u"tls"_s, tr("Use API-SSL (port 8729).")});
    parser.addOption({u"verify-certificate"_s,
                      tr("With --tls: require a certificate valid for the host (default: accept the router's "
                         "self-signed certificate).")});
    parser.addOption(
        {u"pin"_s, tr("With --tls: SHA-256 fingerprint (hex) the router's certificate must have."), u"sha256"_s});
    parser.addOption({u"timeout"_s, tr("Seconds to wait for the router (default 10)."), u"seconds"_s});
    parser.addOption({u"demo"_s,
                      tr("Use the built-in demo router (simulated customers) and a throwaway database: nothing "
                         "real is read or changed.")});
}

std::optional<quint16> RouterSession::parsePort(const QString& text, QString* error)
{
    bool ok = false;
    const uint value = text.trimmed().toUInt(&ok);
    if (!ok || value == 0 || value > 65535) {
        *error = tr("port must be a number from 1 to 65535, not %1").arg(UserInput::quote(text.trimmed()));
        return std::nullopt;
    }
    return quint16(value);
}

int RouterSession::configure(CliContext& context, const QCommandLineParser& parser, const QString& routerName)
{
    auto pick = [&](const QString& option, const QString& variable) {
        return parser.isSet(option) ? parser.value(option) : context.env(variable);
    };
    const bool demo = parser.isSet(u"demo"_s);
    // The router named, or the first one set up, unless options or the environment name another.
    const QString wanted = !routerName.isEmpty() ? routerName : parser.value(u"router"_s).trimmed();
    std::optional<RouterConfig> chosen;
    if (!demo && !wanted.isEmpty()) {
        chosen = context.settings().findRouter(wanted);
        if (!chosen) {
            const QString error = tr("there is no router named %1 (\"pisonet-cli routers list\" shows them)")
                                      .arg(UserInput::quote(wanted));
            if (m_json) {
                JsonOutput::printError(context, error);
            }
            context.err() << tr("error: %1").arg(error) << u'\n';
            return ExitCode::BadInput;
        }
    } else if (!demo) {
        const QList<RouterConfig> routers = context.settings().routers();
        if (!routers.isEmpty()) {
            chosen = routers.first();
        }
    }
    ConnectionSettings settings = chosen ? chosen->connection : ConnectionSettings();
    m_routerName = demo ? u"demo"_s : (chosen ? chosen->name : QString());
    const QString host = pick(u"host"_s, u"PISONET_ROUTER_HOST"_s).trimmed();
    if (!host.isEmpty() && !demo) {
        settings = ConnectionSettings();
        settings.host = host;
        m_routerName = host;
        chosen.reset();
    }
    const QString port = pick(u"port"_s, u"PISONET_ROUTER_PORT"_s).trimmed();
    if (!port.isEmpty()) {
        QString error;
        const auto value = parsePort(port, &error);
        if (!value) {
            context.err() << tr("error: %1").arg(error) << u'\n';
            return ExitCode::BadInput;
        }
        settings.port = *value;
    }
    const QString user = pick(u"user"_s, u"PISONET_ROUTER_USER"_s);
    if (!user.isEmpty()) {
        settings.user = user;
    }
    bool havePassword = true;
    if (parser.isSet(u"password-stdin"_s)) {
        QString line;
        if (!context.readLine(&line)) {
            context.err() << tr("error: --password-stdin given but standard input is empty") << u'\n';
            return ExitCode::BadInput;
        }
        settings.password = line;
    } else if (context.hasEnv(u"PISONET_ROUTER_PASSWORD"_s)) {
        settings.password = context.env(u"PISONET_ROUTER_PASSWORD"_s);
    } else {
        havePassword = false;
    }
    if (parser.isSet(u"tls"_s)) {
        settings.tls = true;
    }
    if (parser.isSet(u"verify-certificate"_s)) {
        settings.certificatePolicy = ConnectionSettings::CertificatePolicy::Verify;
    }
    if (parser.isSet(u"pin"_s)) {
        const QByteArray pin = QByteArray::fromHex(parser.value(u"pin"_s).remove(u':').toLatin1());
        if (pin.size() != 32) {
            context.err() << tr("error: --pin must be a SHA-256 fingerprint: 64 hex digits") << u'\n';
            return ExitCode::BadInput;
        }
        settings.pinnedSha256 = pin;
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            context.err() << tr("error: --timeout must be a number of seconds from 0.1 to 3600") << u'\n';
            return ExitCode::BadInput;
        }
        const auto ms = std::chrono::milliseconds(qint64(seconds * 1000));
        settings.connectTimeout = settings.loginTimeout = settings.commandTimeout = ms;
    } else {
        settings.connectTimeout = settings.loginTimeout = std::chrono::milliseconds(10000);
        settings.commandTimeout = std::chrono::milliseconds(20000);
    }

    if (demo) {
        m_simulator = std::make_unique<RouterSimulator>();
        m_simulator->setCredentials(u"demo"_s, u"demo"_s);
        m_simulator->populate(12);
        m_simulator->setChurn(true);
        if (!m_simulator->listen()) {
            context.err() << tr("error: cannot start the demo router: %1").arg(m_simulator->errorString()) << u'\n';
            return ExitCode::BadInput;
        }
        context.err() << tr("Using the built-in demo router (simulated customers) and a throwaway database.") << u'\n';
        context.err().flush();
        settings.host = u"127.0.0.1"_s;
        settings.port = m_simulator->port();
        settings.user = u"demo"_s;
        settings.password = u"demo"_s;
        settings.tls = false;
    } else if (settings.host.isEmpty()) {
        const ApiError none(ApiError::Kind::NotConnected,
                            tr("no router is set up: set it up in PisoNet Manager's Settings, or give --host (or "
                               "PISONET_ROUTER_HOST); --demo tries the built-in demo router"));
        if (m_json) {
            JsonOutput::printError(context, none.message());
        }
        return report(context, none);
    } else if (!havePassword) {
        // The password the window saved for this router and user, from the system's credential store.
        const QString key
            = PasswordStore::keyOf(chosen && chosen->connection.user == settings.user ? chosen->passwordKey : QString(),
                                   settings.host, settings.user);
        struct Read
        {
            QString password;
            QString error;
            bool done = false;
        };
        auto read = std::make_shared<Read>();
        context.passwords().read(key, [read](const QString& password, const QString& error) {
            read->password = password;
            read->error = error;
            read->done = true;
        });
        bool timedOut = false;
        QTimer::singleShot(5000, this, [&timedOut] { timedOut = true; });
        waitUntil([&] { return read->done || timedOut; });
        if (!read->done || !read->error.isEmpty()) {
            context.err() << tr("warning: the router password could not be read from the system's credential "
                                "store (%1); set PISONET_ROUTER_PASSWORD or use --password-stdin")
                                 .arg(read->done ? read->error : tr("no answer"))
                          << u'\n';
        }
        settings.password = read->password;
    }
    m_connection.setSettings(settings);
    return ExitCode::Success;
}

int RouterSession::open(CliContext& context)
{
    m_connection.open();
    waitUntil([this] {
        return m_connection.state() == RouterConnection::State::Ready
            || m_connection.state() == RouterConnection::State::Failed;
    });
    if (!m_connection.isReady()) {
        return report(context, m_connection.lastError());
    }
    return ExitCode::Success;
}

int RouterSession::start(CliContext& context, const QCommandLineParser& parser)
{
    m_json = parser.optionNames().contains(u"json"_s);
    if (const int code = configure(context, parser); code != ExitCode::Success) {
        return code;
    }
    const int code = open(context);
    if (code != ExitCode::Success && m_json) {
        JsonOutput::printError(context, m_connection.lastError().message());
    }
    return code;
}

int RouterSession::fail(CliContext& context, const ApiError& error) const
{
    if (m_json) {
        JsonOutput::printError(context, error.message());
    }
    return report(context, error);
}

int RouterSession::ensureOpen(CliContext& context)
{
    return m_connection.isReady() ? int(ExitCode::Success) : open(context);
}

RouterReply<TrafficSnapshot> RouterSession::takeSnapshot(bool sampleRates)
{
    SessionMonitor monitor(&m_client);
    RouterReply<TrafficSnapshot> reply;
    auto pollOnce = [&] {
        bool done = false;
        QMetaObject::Connection connection
            = QObject::connect(&monitor, &SessionMonitor::snapshotReady, [&](const TrafficSnapshot& snapshot) {
                  reply.value = snapshot;
                  done = true;
              });
        ApiError error;
        QMetaObject::Connection failure
            = QObject::connect(&monitor, &SessionMonitor::pollFailed, [&](const ApiError& e) { error = e; });
        monitor.refreshNow();
        waitUntil([&] { return done; });
        QObject::disconnect(connection);
        QObject::disconnect(failure);
        reply.error = error;
    };
    pollOnce();
    const bool needsSecondPoll = std::any_of(reply.value.users.cbegin(), reply.value.users.cend(),
                                             [](const UserTraffic& user) { return user.queueId.isEmpty(); });
    if (reply.ok() && sampleRates && needsSecondPoll) {
        bool slept = false;
        QTimer::singleShot(1000, [&] { slept = true; });
        waitUntil([&] { return slept; });
        pollOnce();
    }
    return reply;
}

void RouterSession::waitUntil(const std::function<bool()>& done)
{
    // Every change of state arrives as an event (socket data, a timer), so sleeping until the next
    // event and checking again never misses the moment and never spins.
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

int RouterSession::report(CliContext& context, const ApiError& error)
{
    context.err() << tr("error: %1").arg(error.message()) << u'\n';
    context.err().flush();
    return error.kind() == ApiError::Kind::Trap ? ExitCode::RouterRefused : ExitCode::RouterProblem;
}
