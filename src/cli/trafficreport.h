// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/routerdiagnostics.h"
#include "core/traffic/trafficsnapshot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

// How the CLI shows users, queues and diagnostics, as tables for people or JSON for scripts.
// Users as JSON: TrafficJson (core), shared with the HTTP API.
namespace TrafficReport
{
QJsonObject queuesJson(const QList<SimpleQueue>& queues);
QJsonObject diagnosticsJson(const QList<Diagnostic>& findings);

void printUsers(QTextStream& out, const TrafficSnapshot& snapshot, bool numbered = false);
void printQueues(QTextStream& out, const QList<SimpleQueue>& queues);
void printDiagnostics(QTextStream& out, const QList<Diagnostic>& findings);
// Left-aligned columns, a header row, two spaces between columns.
void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows);
} // namespace TrafficReport
