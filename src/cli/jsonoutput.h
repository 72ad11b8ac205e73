// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>

class CliContext;

// --json output shared by the commands: one compact object on stdout.
namespace JsonOutput
{
void addOption(QCommandLineParser& parser);
bool wanted(const QCommandLineParser& parser);
void print(CliContext& context, const QJsonObject& object);
// A document already written as compact JSON text (UTF-8), and a line break.
void printDocument(CliContext& context, const QByteArray& json);
// {"success": false, "error": message}
void printError(CliContext& context, const QString& message);
} // namespace JsonOutput
