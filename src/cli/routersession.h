// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routerclient.h"
#include "core/routeros/routerconnection.h"
#include "core/traffic/trafficsnapshot.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class CliContext;
class RouterSimulator;

// The router a CLI command talks to: the first router set up (in the window or with `routers add`),
// or the one --router names (its settings and the password saved in the system's credential store),
// unless --host/--port/--user/--tls or PISONET_ROUTER_* variables name another; the password from --password-stdin or
// PISONET_ROUTER_PASSWORD when given (never a plain option, which would show in the process list). With no router set
// up anywhere it says so (exit 2); --demo uses the built-in demo router.
class RouterSession : public QObject
{
    Q_OBJECT

public:
    explicit RouterSession(QObject* parent = nullptr);
    ~RouterSession() override;

    static void addOptions(QCommandLineParser& parser);
    // An API port, 1 to 65535; nullopt with the reason otherwise.
    static std::optional<quint16> parsePort(const QString& text, QString* error);
    // Reads options, environment and saved settings; prints what is wrong and returns the exit code
    // (1 bad input or an unknown --router, 2 no router set up). routerName: this configured router
    // instead of --router (or the first one).
    int configure(CliContext& context, const QCommandLineParser& parser, const QString& routerName = {});
    // The name rows and messages carry: the configured router's name, the address given with
    // --host, or "demo".
    QString routerName() const { return m_routerName; }

    bool isDemo() const { return m_simulator != nullptr; }
    RouterSimulator* demoRouter() const { return m_simulator.get(); }
    const ConnectionSettings& settings() const { return m_connection.settings(); }
    RouterConnection& connection() { return m_connection; }
    RouterClient& client() { return m_client; }

    // Connects and logs in. Returns an exit code; on failure the reason is on stderr.
    int open(CliContext& context);
    // configure() + open() for a command; with --json a failure is also printed as JSON.
    int start(CliContext& context, const QCommandLineParser& parser);
    // Reports a failed request (stderr, and JSON with --json); returns the exit code.
    int fail(CliContext& context, const ApiError& error) const;
    // Runs an asynchronous request and waits for the value its callback receives.
    template <typename Result, typename Request>
    static Result awaitResult(Request request)
    {
        Result result {};
        bool done = false;
        request([&](const Result& value) {
            result = value;
            done = true;
        });
        waitUntil([&] { return done; });
        return result;
    }
    template <typename T, typename Request>
    static RouterReply<T> await(Request request)
    {
        return awaitResult<RouterReply<T>>(request);
    }
    // Opens again if the link was lost (the menu waits at prompts without an event loop).
    int ensureOpen(CliContext& context);
    // One poll of sessions and queues; with sampleRates a second poll a second later, so users
    // without a queue get rates from their byte counters too.
    RouterReply<TrafficSnapshot> takeSnapshot(bool sampleRates);
    // Runs the event loop until done() is true (the connection's own timeouts bound it).
    static void waitUntil(const std::function<bool()>& done);
    // Prints "error: <reason>" and returns 2 (link problems) or 3 (router refused).
    static int report(CliContext& context, const ApiError& error);

private:
    RouterConnection m_connection;
    RouterClient m_client {&m_connection};
    std::unique_ptr<RouterSimulator> m_simulator;
    bool m_json = false;
    QString m_routerName;
};
