// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/traffichistorystore.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

TrafficHistoryStore::TrafficHistoryStore(Database* database)
    : m_database(database)
{ }

bool TrafficHistoryStore::append(const QString& router, const TrafficHistory::Sample& sample, QString* error)
{
    QSqlQuery insert(m_database->handle());
    insert.prepare(u"INSERT INTO traffic_history (router, time_ms, rate_up, rate_down) VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(router);
    insert.addBindValue(sample.timeMs);
    insert.addBindValue(double(sample.rateUp));
    insert.addBindValue(double(sample.rateDown));
    if (!insert.exec()) {
        if (error != nullptr) {
            *error = insert.lastError().text();
        }
        return false;
    }
    // Old rows go now and then, not on every poll.
    if (sample.timeMs - m_lastPruneMs > 10 * 60 * 1000) {
        m_lastPruneMs = sample.timeMs;
        QSqlQuery prune(m_database->handle());
        prune.prepare(u"DELETE FROM traffic_history WHERE time_ms < ?"_s);
        prune.addBindValue(sample.timeMs - TrafficHistory::WindowMs);
        prune.exec();
    }
    return true;
}

QList<TrafficHistory::Sample> TrafficHistoryStore::load(const QString& router, qint64 sinceMs) const
{
    QList<TrafficHistory::Sample> samples;
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(u"SELECT time_ms, rate_up, rate_down FROM traffic_history WHERE router = ? AND time_ms >= ? "
                  "ORDER BY time_ms"_s);
    query.addBindValue(router);
    query.addBindValue(sinceMs);
    if (query.exec()) {
        while (query.next()) {
            samples.append({query.value(0).toLongLong(), query.value(1).toFloat(), query.value(2).toFloat()});
        }
    }
    return samples;
}
