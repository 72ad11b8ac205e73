// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class CliContext;

// One pisonet-cli sub-command with its own options.
class Command
{
public:
    Command(QString name, QString description);
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    QString name() const { return m_name; }
    QString description() const { return m_description; }

    // arguments: everything after the command name. Returns the exit code.
    int run(CliContext& context, const QStringList& arguments);
    // The one positional argument a command takes, trimmed; prints "error: <missing>" and returns
    // nullopt when there is not exactly one.
    static std::optional<QString>
    onlyArgument(CliContext& context, const QCommandLineParser& parser, const QString& missing);

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(CliContext& context, QCommandLineParser& parser) = 0;
    // Text after "Usage: pisonet-cli <name> [options]".
    virtual QString positionalUsage() const { return {}; }

private:
    QString m_name;
    QString m_description;
};
