// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/ratelimit.h"

#include <QString>

// A speed/price tier from profiles.json: what a voucher of this kind costs and gives.
struct Profile
{
    QString name;
    double price = 0;
    QString validity; // as written: "30m", "1h", "1d", "1w", "unlimited"
    qint64 validitySeconds = -1; // -1: unlimited
    int users = 1; // devices at once
    RateLimit rateUp;
    RateLimit rateDown;
    bool lockDevice = false; // "lock_device": a code works only on the first device that uses it
    quint64 dataBytes = 0; // limit-bytes-total (upload + download); 0: no data cap

    BandwidthLimit limit() const { return {rateUp, rateDown}; }
};
