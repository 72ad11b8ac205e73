// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficsnapshot.h"

const UserTraffic* TrafficSnapshot::find(const QString& macText) const
{
    for (const UserTraffic& user : users) {
        if (user.macString() == macText) {
            return &user;
        }
    }
    return nullptr;
}
