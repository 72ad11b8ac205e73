// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/macaddress.h"
#include "core/traffic/ratelimit.h"

#include <QString>

#include <optional>

// Who decided the limit a user has now (the pisonet-<MAC> queue on the router).
enum class LimitSource
{
    None, // no queue
    Voucher, // the speed of the voucher the user logged in with
    Operator, // set by the operator (window, CLI, API)
    Adopted, // a queue made elsewhere (another tool, PC or install) that we keep as it is
};

// One online user as the operator sees it, named by the user's view: upload = user to Internet.
struct UserTraffic
{
    QString sessionId; // /ip/hotspot/active .id
    QString user; // hotspot user name: the voucher code
    MacAddress mac;
    QString macText; // as the router printed it, for a MAC we could not parse
    QString address; // IP
    quint64 bytesUp = 0; // hotspot bytes-in
    quint64 bytesDown = 0; // hotspot bytes-out
    double rateUp = 0; // bits/s
    double rateDown = 0;
    // False on the first poll of a user without a queue (and after an outage): no second sample
    // yet to compute the speed from, so it is unknown, not zero.
    bool rateKnown = false;
    std::optional<BandwidthLimit> limit; // from our pisonet-<MAC> queue
    QString queueId;
    LimitSource limitSource = LimitSource::None; // filled in by the control loop
    qint64 uptimeSeconds = 0;
    qint64 timeLeftSeconds = -1; // -1: no limit
    qint64 dataLeftBytes = -1; // of the voucher's data cap (limit-bytes-total); -1: no cap

    QString macString() const { return mac.isNull() ? macText : mac.toString(); }
    // "voucher", "operator", "adopted" or "" (JSON and logs).
    static QString limitSourceName(LimitSource source)
    {
        switch (source) {
        case LimitSource::Voucher:
            return QStringLiteral("voucher");
        case LimitSource::Operator:
            return QStringLiteral("operator");
        case LimitSource::Adopted:
            return QStringLiteral("adopted");
        case LimitSource::None:
            break;
        }
        return {};
    }
};
