// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/bandwidthplanner.h"

#include "core/traffic/trafficjoiner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("BandwidthPlanner", text);
}

QString hostTarget(const QString& address)
{
    return address + u"/32"_s;
}

bool sameTarget(const QString& routerTarget, const QString& address)
{
    return routerTarget == address
        || (routerTarget.size() == address.size() + 3 && routerTarget.startsWith(address)
            && routerTarget.endsWith(QLatin1StringView("/32")));
}

const QLatin1StringView CommentPrefix("PisoNet Manager: ");

bool sameComment(const QString& routerComment, const DesiredLimit& desired)
{
    return routerComment.size() == CommentPrefix.size() + desired.setBy.size()
        && routerComment.startsWith(CommentPrefix)
        && QStringView(routerComment).sliced(CommentPrefix.size()) == desired.setBy;
}
} // namespace

QString QueueAction::describe() const
{
    switch (kind) {
    case Kind::Add:
        return u"add %1 target=%2 max-limit=%3"_s.arg(queue.name, queue.target, queue.maxLimit);
    case Kind::Set: {
        QStringList parts;
        for (const auto& [key, value] : changes) {
            parts.append(key + u'=' + value);
        }
        return u"set %1 %2"_s.arg(TrafficJoiner::queueName(*MacAddress::parse(mac)), parts.join(u' '));
    }
    case Kind::Remove:
        return u"remove %1%2"_s.arg(TrafficJoiner::QueuePrefix, mac);
    }
    return {};
}

QString QueueAction::describeWithReason() const
{
    // For people: the speed as the window shows it (download first), not RouterOS' up/down.
    QString what = describe();
    const auto limitText = [](const QString& maxLimit) {
        const auto limit = BandwidthLimit::fromMaxLimit(maxLimit);
        return limit ? limit->toDisplay() : maxLimit;
    };
    if (kind == Kind::Add) {
        what = tr("add %1 for %2 at %3").arg(queue.name, queue.target, limitText(queue.maxLimit));
    } else if (kind == Kind::Set) {
        QStringList parts;
        for (const auto& [key, value] : changes) {
            parts.append(key == u"max-limit"_s ? tr("limit %1").arg(limitText(value)) : key + u'=' + value);
        }
        what = tr("set %1: %2").arg(TrafficJoiner::queueName(*MacAddress::parse(mac)), parts.join(u", "_s));
    }
    return reason.isEmpty() ? what : tr("%1 (why: %2)").arg(what, reason);
}

void BandwidthPlanner::markLimitSources(QList<UserTraffic>& users, const QHash<MacAddress, DesiredLimit>& desired)
{
    for (UserTraffic& user : users) {
        if (user.queueId.isEmpty()) {
            user.limitSource = LimitSource::None;
            continue;
        }
        const auto wish = desired.constFind(user.mac);
        user.limitSource = wish != desired.cend() && !wish->noLimit ? wish->source : LimitSource::Adopted;
    }
}

QString BandwidthPlanner::comment(const DesiredLimit& desired)
{
    return CommentPrefix + desired.setBy;
}

QList<QueueAction> BandwidthPlanner::plan(const TrafficSnapshot& snapshot,
                                          const QHash<MacAddress, DesiredLimit>& desired,
                                          const std::optional<MacAddress>& onlyMac)
{
    QList<QueueAction> actions;
    QHash<MacAddress, const SimpleQueue*> named;
    QString firstQueue;
    for (const SimpleQueue& queue : snapshot.queues) {
        if (firstQueue.isEmpty() && !queue.dynamic) {
            firstQueue = queue.id;
        }
        if (!queue.name.startsWith(TrafficJoiner::QueuePrefix) || queue.dynamic) {
            continue;
        }
        if (const auto mac = MacAddress::parse(QStringView(queue.name).sliced(TrafficJoiner::QueuePrefix.size()))) {
            named.insert(*mac, &queue);
        }
    }

    auto removal = [](const MacAddress& mac, const SimpleQueue& queue, const QString& reason) {
        QueueAction remove;
        remove.kind = QueueAction::Kind::Remove;
        remove.mac = mac.toString();
        remove.queueId = queue.id;
        remove.reason = reason;
        return remove;
    };

    QSet<MacAddress> online;
    for (const UserTraffic& user : snapshot.users) {
        if (user.mac.isNull() || (onlyMac && user.mac != *onlyMac)) {
            continue;
        }
        online.insert(user.mac);
        const SimpleQueue* queue = named.value(user.mac);
        const auto wish = desired.constFind(user.mac);
        if (wish == desired.cend()) {
            // Adopted: kept as it is, but it must keep matching the device it is named after.
            if (queue != nullptr && !sameTarget(queue->target, user.address)) {
                QueueAction follow;
                follow.kind = QueueAction::Kind::Set;
                follow.mac = user.mac.toString();
                follow.queueId = queue->id;
                follow.changes.append({u"target"_s, hostTarget(user.address)});
                follow.reason = tr("adopted queue follows the device's address %1").arg(user.address);
                actions.append(follow);
            }
            continue;
        }
        if (wish->noLimit) {
            if (queue != nullptr) {
                actions.append(removal(user.mac, *queue, tr("%1 removed the limit").arg(wish->setBy)));
            }
            continue;
        }
        if (queue == nullptr) {
            QueueAction add;
            add.kind = QueueAction::Kind::Add;
            add.mac = user.mac.toString();
            add.queue.name = TrafficJoiner::queueName(user.mac);
            add.queue.target = hostTarget(user.address);
            add.queue.maxLimit = wish->limit.toMaxLimit();
            add.queue.comment = comment(*wish);
            add.placeBefore = firstQueue;
            add.reason = wish->setBy;
            actions.append(add);
            continue;
        }
        QueueAction set;
        set.kind = QueueAction::Kind::Set;
        set.mac = user.mac.toString();
        set.queueId = queue->id;
        set.reason = wish->setBy;
        // Compared numerically (the router prints limits normalised); the joiner usually read it already.
        const std::optional<BandwidthLimit> current
            = user.queueId == queue->id && user.limit ? user.limit : BandwidthLimit::fromMaxLimit(queue->maxLimit);
        if (current != wish->limit) {
            set.changes.append({u"max-limit"_s, wish->limit.toMaxLimit()});
        }
        if (!sameTarget(queue->target, user.address)) {
            set.changes.append({u"target"_s, hostTarget(user.address)});
        }
        if (queue->disabled) {
            set.changes.append({u"disabled"_s, u"no"_s});
        }
        if (!sameComment(queue->comment, *wish)) {
            set.changes.append({u"comment"_s, comment(*wish)});
        }
        if (!set.changes.isEmpty()) {
            actions.append(set);
        }
    }
    // A queue stays while its device is online ("until the session ends"), whoever made it.
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if ((onlyMac && it.key() != *onlyMac) || online.contains(it.key())) {
            continue;
        }
        actions.append(removal(it.key(), *it.value(), tr("device left")));
    }
    return actions;
}
