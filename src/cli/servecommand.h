// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/monitorcommand.h"

#include <memory>

class ApiServer;
class ApiService;
class WebAdmin;

// pisonet-cli serve [--listen ADDR:PORT]: monitor + reconciliation + the local JSON HTTP API and the
// web admin, headless, until Ctrl-C/SIGTERM. Beyond loopback only with a web-admin password set.
class ServeCommand final : public MonitorCommand
{
public:
    ServeCommand();
    ~ServeCommand() override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    bool prepare(CliContext& context, QCommandLineParser& parser, LocalData& data, RouterSet& routers) override;

private:
    // They refer to the loops of one execute() and end with it.
    std::unique_ptr<ApiService> m_service;
    std::unique_ptr<WebAdmin> m_web;
    std::unique_ptr<ApiServer> m_server;
};

// pisonet-cli api token [--renew]: prints the HTTP API token (making it first if there is none).
class ApiTokenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokenCommand)
public:
    ApiTokenCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};
