// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// pisonet-cli vouchers generate --profile NAME --count N [--push]
class VouchersGenerateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersGenerateCommand)
public:
    VouchersGenerateCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli vouchers list [--status S] [--search TEXT] [--batch ID] [--json]
class VouchersListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersListCommand)
public:
    VouchersListCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli vouchers push [--batch ID]
class VouchersPushCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersPushCommand)
public:
    VouchersPushCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli vouchers revoke CODE
class VouchersRevokeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersRevokeCommand)
public:
    VouchersRevokeCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override { return QStringLiteral(" CODE"); }
};

// pisonet-cli vouchers activate CODE --mac MAC
class VouchersActivateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersActivateCommand)
public:
    VouchersActivateCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override { return QStringLiteral(" CODE"); }
};

// pisonet-cli vouchers sell --amount PESOS | --profile NAME [--idempotency-key KEY] [--json]
class VouchersSellCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersSellCommand)
public:
    VouchersSellCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};

// pisonet-cli vouchers show CODE [--json]: one voucher with every device that used it
class VouchersShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersShowCommand)
public:
    VouchersShowCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override { return QStringLiteral(" CODE"); }
};

// pisonet-cli vouchers unlock CODE: frees a "lock_device" voucher from its device
class VouchersUnlockCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersUnlockCommand)
public:
    VouchersUnlockCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
    QString positionalUsage() const override { return QStringLiteral(" CODE"); }
};

// pisonet-cli vouchers print --pdf FILE [--batch ID]
class VouchersPrintCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VouchersPrintCommand)
public:
    VouchersPrintCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(CliContext& context, QCommandLineParser& parser) override;
};
