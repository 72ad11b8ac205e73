// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/traffichistory.h"

#include <QString>

class Database;

// The total speed of the last hour, per router, kept in the database: the chart is still there
// after a restart of the program or the PC. One row per poll; rows older than the window go.
class TrafficHistoryStore
{
public:
    explicit TrafficHistoryStore(Database* database);

    bool append(const QString& router, const TrafficHistory::Sample& sample, QString* error = nullptr);
    // The router's samples newer than sinceMs (ms since epoch), oldest first.
    QList<TrafficHistory::Sample> load(const QString& router, qint64 sinceMs) const;

private:
    Database* m_database;
    qint64 m_lastPruneMs = 0;
};
