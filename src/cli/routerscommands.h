// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli routers add NAME --host H [--port P] [--user U] [--tls]: one more router of the shop;
// its password from PISONET_ROUTER_PASSWORD or the first line of standard input, kept in the
// system's credential store.
class RoutersAddCommand final : public Command
{
public:
    RoutersAddCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override;
};

// pisonet-cli routers list [--json]: the routers set up, first (the default) first; never a password.
class RoutersListCommand final : public Command
{
public:
    RoutersListCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli routers remove NAME: forgets a router (nothing on the router changes).
class RoutersRemoveCommand final : public Command
{
public:
    RoutersRemoveCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override;
};
