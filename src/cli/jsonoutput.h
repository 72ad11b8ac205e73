// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonObject>

class CliContext;
struct TrafficSnapshot;
namespace TrafficJson
{
class UsersDocument;
}

// --json output shared by the commands: one compact object on stdout.
namespace JsonOutput
{
void addOption(QCommandLineParser& parser);
bool wanted(const QCommandLineParser& parser);
void print(CliContext& context, const QJsonObject& object);
// A document already written as compact JSON text (UTF-8), and a line break.
void printDocument(CliContext& context, const QByteArray& json);
// The users document, written out without joining it into one text first.
void printDocument(CliContext& context, const TrafficJson::UsersDocument& document);
// One router's users document (TrafficJson::usersDocument), written out as it is made.
void printUsers(CliContext& context, const TrafficSnapshot& snapshot, const QString& router);
// {"success": false, "error": message}
void printError(CliContext& context, const QString& message);
} // namespace JsonOutput
