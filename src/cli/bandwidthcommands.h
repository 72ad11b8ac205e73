// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "core/bandwidth/bandwidthcontroller.h"

class CliContext;
class RouterSession;

// pisonet-cli set-bandwidth MAC (--upload R --download R | --profile NAME) [--remember]
class SetBandwidthCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetBandwidthCommand)
public:
    SetBandwidthCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override { return QStringLiteral(" MAC"); }
};

// pisonet-cli remove-bandwidth MAC
class RemoveBandwidthCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemoveBandwidthCommand)
public:
    RemoveBandwidthCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override { return QStringLiteral(" MAC"); }
};

// Shared by both commands and the menu: runs an operator action and prints its outcome.
namespace BandwidthAction
{
int printOutcome(CliContext& context,
                 const RouterSession& session,
                 const BandwidthController::Outcome& outcome,
                 bool json);
} // namespace BandwidthAction
