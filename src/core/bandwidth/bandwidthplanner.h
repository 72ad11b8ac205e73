// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routerclient.h"
#include "core/traffic/trafficsnapshot.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

// What one device should be limited to, and who decided it ("operator", "voucher K7M2Q9").
// noLimit: the operator removed the limit on purpose; no queue, whatever the voucher says.
struct DesiredLimit
{
    BandwidthLimit limit;
    QString setBy;
    bool noLimit = false;
    LimitSource source = LimitSource::Operator;
};

// One change to the router's simple queues.
struct QueueAction
{
    Q_DECLARE_TR_FUNCTIONS(QueueAction)

public:
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
    QString reason; // why, for the log: "voucher K7M2Q9", "device left", ...
    QString describe() const;
    // describe() and why, for the log.
    QString describeWithReason() const;
};

// Works out the queue changes that make the router match what each online user should have.
// Pure: the same snapshot and wishes always give the same plan, and an up-to-date router gives none.
// Only queues named "pisonet-<MAC>" are ever touched, and only as a wish of ours says:
// - a wish for an online device: its queue is added, or its limit/target/comment set;
// - an online device with a queue but no wish (made by another tool, PC or install): the queue is
//   adopted and left as it is, except its target, which follows the device's address;
// - a device that has left: its queue goes, whoever made it;
// - an operator's "no limit" wish: the queue goes.
class BandwidthPlanner
{
public:
    // onlyMac: restrict the plan to one device (an operator action); otherwise the whole router.
    static QList<QueueAction> plan(const TrafficSnapshot& snapshot,
                                   const QHash<MacAddress, DesiredLimit>& desired,
                                   const std::optional<MacAddress>& onlyMac = std::nullopt);
    static QString comment(const DesiredLimit& desired);
    // Tells whose limit each user's queue is: the wish's source, or adopted (a queue we hold no
    // wish for). Users without a queue get None.
    static void markLimitSources(QList<UserTraffic>& users, const QHash<MacAddress, DesiredLimit>& desired);
};
