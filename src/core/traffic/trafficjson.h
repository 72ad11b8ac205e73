// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/trafficsnapshot.h"

#include <QByteArray>
#include <QJsonObject>

// The JSON shape integrations already consume for online users, shared by `pisonet-cli users
// --json` and the HTTP API. `_in` is what the router received from the user (upload), `_out` what
// it sent (download), as RouterOS counts them.
namespace TrafficJson
{
QJsonObject user(const UserTraffic& user);
// {"success": true, "users": [...], "count": N} (+ "stale", "stale_reason" for a failed poll)
QJsonObject users(const TrafficSnapshot& snapshot);
// The same document as compact JSON text, written directly: for thousands of users several times
// faster than building the QJsonObject and converting it (`users --json`, the HTTP API).
QByteArray usersDocument(const TrafficSnapshot& snapshot);
} // namespace TrafficJson
