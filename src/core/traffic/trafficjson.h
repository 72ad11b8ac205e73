// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/trafficsnapshot.h"

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
} // namespace TrafficJson
