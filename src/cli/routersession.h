// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routerclient.h"
#include "core/routeros/routerconnection.h"

#include <QCommandLineParser>
#include <QObject>

#include <functional>
#include <memory>

class CliContext;
class RouterSimulator;

// The router a CLI command talks to: from --host/--port/--user/--tls and PISONET_ROUTER_* variables,
// the password from PISONET_ROUTER_PASSWORD or --password-stdin (never a plain option, which would
// show in the process list). With no router configured it is the built-in demo router.
class RouterSession : public QObject
{
    Q_OBJECT

public:
    explicit RouterSession(QObject* parent = nullptr);
    ~RouterSession() override;

    static void addOptions(QCommandLineParser& parser);
    // Reads options and environment; prints what is wrong and returns false on bad input.
    bool configure(CliContext& context, const QCommandLineParser& parser);

    bool isDemo() const { return m_simulator != nullptr; }
    RouterSimulator* demoRouter() const { return m_simulator.get(); }
    const ConnectionSettings& settings() const { return m_connection.settings(); }
    RouterConnection& connection() { return m_connection; }
    RouterClient& client() { return m_client; }

    // Connects and logs in. Returns an exit code; on failure the reason is on stderr.
    int open(CliContext& context);
    // Runs the event loop until done() is true (the connection's own timeouts bound it).
    static void waitUntil(const std::function<bool()>& done);
    // Prints "error: <reason>" and returns 2 (link problems) or 3 (router refused).
    static int report(CliContext& context, const ApiError& error);

private:
    RouterConnection m_connection;
    RouterClient m_client {&m_connection};
    std::unique_ptr<RouterSimulator> m_simulator;
};
