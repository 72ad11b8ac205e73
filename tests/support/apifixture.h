// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/monitor/controlloop.h"
#include "core/storage/database.h"
#include "core/vouchers/profilecatalog.h"
#include "httpapi/apiserver.h"
#include "httpapi/apiservice.h"
#include "httpapi/webadmin.h"
#include "support/simulatorfixture.h"

#include <QTemporaryDir>

#include <memory>

// The local HTTP API as the programs run it, on a loopback port, against the simulator with two
// customers online (AA:BB:CC:00:00:01 and :02), after the first poll. For the HTTP API tests.
class ApiFixture
{
public:
    ApiFixture();
    ~ApiFixture();

    // false with *error when something could not be set up.
    bool start(QString* error);
    // Ends the server (and, with it, every connection), then the service: as a settings change does.
    void stopServer() { m_server.reset(); }
    void stopService();
    // Serves the web admin too (its password kept beside the fixture's database); the web admin and
    // the API log to log.
    WebAdmin* enableWebAdmin(EventLog* log = nullptr);

    SimulatorFixture& router() { return *m_router; }
    Database& database() { return *m_database; }
    ControlLoop& loop() { return *m_loop; }
    ProfileCatalog& profiles() { return *m_profiles; }
    ApiService* service() { return m_service.get(); }
    ApiServer* server() { return m_server.get(); }
    QTemporaryDir& folder() { return m_folder; }
    QString token() const { return m_token; }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<SimulatorFixture> m_router;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ControlLoop> m_loop;
    std::unique_ptr<ProfileCatalog> m_profiles;
    std::unique_ptr<ApiService> m_service;
    std::unique_ptr<WebAdmin> m_web;
    std::unique_ptr<ApiServer> m_server;
    QString m_token;
    quint16 m_port = 0;
};
