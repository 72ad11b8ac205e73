// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routerclient.h"
#include "core/traffic/trafficsnapshot.h"

#include <QHash>

#include <optional>

// What one device should be limited to, and who decided it ("operator", "voucher K7M2Q9").
struct DesiredLimit
{
    BandwidthLimit limit;
    QString setBy;
};

// One change to the router's simple queues.
struct QueueAction
{
    enum class Kind
    {
        Add,
        Set,
        Remove
    };
    Kind kind = Kind::Add;
    QString mac; // MAC text the action is for
    QString queueId; // Set, Remove
    SimpleQueue queue; // Add: name, target, max-limit, comment
    QString placeBefore; // Add: the queue to go in front of
    RouterClient::Attributes changes; // Set
    QString describe() const;
};

// Works out the queue changes that make the router match what each online user should have.
// Pure: the same snapshot and wishes always give the same plan, and an up-to-date router gives none.
// Only queues named "pisonet-..." are ever touched.
class BandwidthPlanner
{
public:
    // onlyMac: restrict the plan to one device (an operator action); otherwise the whole router.
    static QList<QueueAction> plan(const TrafficSnapshot& snapshot,
                                   const QHash<MacAddress, DesiredLimit>& desired,
                                   const std::optional<MacAddress>& onlyMac = std::nullopt);
    static QString comment(const DesiredLimit& desired);
};
