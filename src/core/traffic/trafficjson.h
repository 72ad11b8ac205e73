// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/trafficsnapshot.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

// The JSON shape integrations already consume for online users, shared by `pisonet-cli users
// --json` and the HTTP API. `_in` is what the router received from the user (upload), `_out` what
// it sent (download), as RouterOS counts them.
namespace TrafficJson
{
// router: the name of the router the user is on, as "router" (left out when empty).
QJsonObject user(const UserTraffic& user, const QString& router = {});
// {"success": true, "users": [...], "count": N} (+ "stale", "stale_reason" for a failed poll)
QJsonObject users(const TrafficSnapshot& snapshot, const QString& router = {});
// The same document as compact JSON text, written directly: for thousands of users several times
// faster than building the QJsonObject and converting it (`users --json`, the HTTP API).
QByteArray usersDocument(const TrafficSnapshot& snapshot, const QString& router = {});

// The users document of several routers, written directly as rows are added: byte for byte what
// QJsonDocument writes for {"count", "errors" (only when set), "stale", "stale_reason" (only when
// stale), "success" (false when there are errors), "users"}.
class UsersDocument
{
public:
    void addUsers(const QList<UserTraffic>& users, const QString& router = {});
    void setStale(const QString& reason)
    {
        m_stale = true;
        m_staleReason = reason;
    }
    void setErrors(const QJsonArray& errors) { m_errors = errors; }
    qsizetype count() const { return m_count; }
    QByteArray toJson() const;
    // The same text as toJson(), written to device without joining it first. False on a write error.
    bool write(QIODevice* device) const;
    // usersDocument(snapshot, router) written to device in slices, never held whole.
    static bool write(QIODevice* device, const TrafficSnapshot& snapshot, const QString& router = {});

private:
    QByteArray head() const; // everything before the first row
    QByteArray m_rows;
    qsizetype m_count = 0;
    bool m_stale = false;
    QString m_staleReason;
    QJsonArray m_errors;
};
} // namespace TrafficJson
