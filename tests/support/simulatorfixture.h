// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routerclient.h"
#include "core/routeros/routerconnection.h"
#include "sim/routersimulator.h"

#include <memory>

// A simulator on a loopback port and a connection to it, for integration tests.
class SimulatorFixture
{
public:
    static constexpr auto User = "api-user";
    static constexpr auto Password = "s3cret-pass";

    SimulatorFixture();
    ~SimulatorFixture();

    RouterSimulator& simulator() { return *m_simulator; }
    RouterConnection& connection() { return *m_connection; }
    RouterClient& client() { return *m_client; }
    ConnectionSettings settings() const;

    // Opens the connection and waits (event loop, bounded) until it is ready.
    bool connectAndWait(int timeoutMs = 5000);
    // Runs a command and waits for its result.
    ApiResult run(const ApiCommand& command, int timeoutMs = 5000);

private:
    std::unique_ptr<RouterSimulator> m_simulator;
    std::unique_ptr<RouterConnection> m_connection;
    std::unique_ptr<RouterClient> m_client;
};
