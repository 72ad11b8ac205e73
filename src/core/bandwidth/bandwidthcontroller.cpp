// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/bandwidthcontroller.h"

#include "core/log/logcategories.h"
#include "core/routeros/routerclient.h"
#include "core/traffic/trafficjoiner.h"

#include <memory>

using namespace Qt::StringLiterals;

BandwidthController::Outcome BandwidthController::routerFailure(const QList<QueueAction>& actions,
                                                                const QStringList& failures,
                                                                const ApiError& error)
{
    Outcome outcome;
    outcome.status = Outcome::Status::RouterError;
    outcome.actions = actions;
    outcome.error = error;
    outcome.message = failures.join(u"; "_s);
    return outcome;
}

BandwidthController::BandwidthController(RouterClient* client, OperatorLimitStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

QHash<MacAddress, DesiredLimit> BandwidthController::desiredLimits(const TrafficSnapshot& snapshot) const
{
    QHash<MacAddress, DesiredLimit> desired;
    QHash<MacAddress, OperatorLimit> operatorLimits;
    if (m_store != nullptr) {
        for (const OperatorLimit& limit : m_store->all()) {
            operatorLimits.insert(limit.mac, limit);
        }
    }
    for (const UserTraffic& user : snapshot.users) {
        if (user.mac.isNull()) {
            continue;
        }
        const auto it = operatorLimits.constFind(user.mac);
        if (it != operatorLimits.cend()) {
            desired.insert(user.mac, {it->limit, it->setBy});
        } else if (m_voucherLimits) {
            if (const auto limit = m_voucherLimits(user)) {
                desired.insert(user.mac, *limit);
            }
        }
    }
    return desired;
}

void BandwidthController::fetchState(QObject* context,
                                     std::function<void(const ApiError&, const TrafficSnapshot&)> callback)
{
    m_client->fetchHotspotState(context, [callback](const RouterReply<HotspotState>& reply) {
        callback(reply.error,
                 reply.ok() ? TrafficJoiner::join(reply.value.sessions, reply.value.queues, {}, 0) : TrafficSnapshot());
    });
}

void BandwidthController::execute(
    const QList<QueueAction>& actions,
    QObject* context,
    std::function<void(int applied, const QStringList& failures, const ApiError& firstError)> done)
{
    struct Progress
    {
        int outstanding = 0;
        int applied = 0;
        QStringList failures;
        ApiError firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->outstanding = int(actions.size());
    if (actions.isEmpty()) {
        done(0, {}, {});
        return;
    }
    for (const QueueAction& action : actions) {
        auto finishOne = [progress, done, description = action.describe()](const ApiError& error) {
            if (error.isError()) {
                progress->failures.append(description + u": "_s + error.message());
                if (!progress->firstError.isError()) {
                    progress->firstError = error;
                }
            } else {
                ++progress->applied;
            }
            if (--progress->outstanding == 0) {
                done(progress->applied, progress->failures, progress->firstError);
            }
        };
        switch (action.kind) {
        case QueueAction::Kind::Add:
            m_client->addSimpleQueue(action.queue, action.placeBefore, context,
                                     [finishOne](const RouterReply<QString>& reply) { finishOne(reply.error); });
            break;
        case QueueAction::Kind::Set:
            m_client->setSimpleQueue(action.queueId, action.changes, context, finishOne);
            break;
        case QueueAction::Kind::Remove:
            m_client->removeSimpleQueue(action.queueId, context, finishOne);
            break;
        }
    }
}

void BandwidthController::setLimit(
    const MacAddress& mac, const BandwidthLimit& limit, bool remember, QObject* context, OutcomeCallback callback)
{
    fetchState(context, [=, this](const ApiError& error, const TrafficSnapshot& snapshot) {
        if (error.isError()) {
            callback(routerFailure({}, {error.message()}, error));
            return;
        }
        Outcome outcome;
        const OperatorLimit wanted {mac, limit, u"operator"_s, QDateTime::currentDateTimeUtc()};
        const bool online = snapshot.find(mac.toString()) != nullptr;
        if (!online) {
            if (!remember) {
                outcome.status = Outcome::Status::BadInput;
                outcome.message = tr("%1 is not online now; nothing was changed. Use --remember to apply the limit "
                                     "when it logs in.")
                                      .arg(mac.toString());
                callback(outcome);
                return;
            }
            QString storeError;
            if (m_store == nullptr || !m_store->set(wanted, &storeError)) {
                outcome.status = Outcome::Status::RouterError;
                outcome.message = tr("cannot save the limit: %1").arg(storeError);
                callback(outcome);
                return;
            }
            outcome.status = Outcome::Status::Remembered;
            outcome.message = tr("%1 is not online now: the limit %2 will be applied when it logs in.")
                                  .arg(mac.toString(), limit.toDisplay());
            callback(outcome);
            return;
        }
        QHash<MacAddress, DesiredLimit> desired;
        desired.insert(mac, {limit, wanted.setBy});
        const QList<QueueAction> actions = BandwidthPlanner::plan(snapshot, desired, mac);
        execute(actions, context, [=, this](int applied, const QStringList& failures, const ApiError& firstError) {
            if (!failures.isEmpty()) {
                callback(routerFailure(actions, failures, firstError));
                return;
            }
            Outcome result;
            result.actions = actions;
            QString storeError;
            if (m_store != nullptr && !m_store->set(wanted, &storeError)) {
                result.status = Outcome::Status::RouterError;
                result.message = tr("the router has the limit, but saving it failed: %1").arg(storeError);
                callback(result);
                return;
            }
            result.status = applied > 0 ? Outcome::Status::Changed : Outcome::Status::Unchanged;
            result.message = applied > 0
                ? tr("%1 limited to %2 (queue %3).")
                      .arg(mac.toString(), limit.toDisplay(), TrafficJoiner::queueName(mac))
                : tr("%1 already has the limit %2; nothing changed.").arg(mac.toString(), limit.toDisplay());
            qCInfo(lcBandwidth) << result.message;
            callback(result);
        });
    });
}

void BandwidthController::removeLimit(const MacAddress& mac, QObject* context, OutcomeCallback callback)
{
    fetchState(context, [=, this](const ApiError& error, const TrafficSnapshot& snapshot) {
        if (error.isError()) {
            callback(routerFailure({}, {error.message()}, error));
            return;
        }
        Outcome outcome;
        const bool remembered = m_store != nullptr && m_store->find(mac).has_value();
        QList<QueueAction> actions;
        for (const SimpleQueue& queue : snapshot.queues) {
            if (queue.name == TrafficJoiner::queueName(mac) && !queue.dynamic) {
                QueueAction remove;
                remove.kind = QueueAction::Kind::Remove;
                remove.mac = mac.toString();
                remove.queueId = queue.id;
                actions.append(remove);
            }
        }
        execute(actions, context, [=, this](int applied, const QStringList& failures, const ApiError& firstError) {
            if (!failures.isEmpty()) {
                callback(routerFailure(actions, failures, firstError));
                return;
            }
            Outcome result;
            result.actions = actions;
            QString storeError;
            if (remembered && !m_store->remove(mac, &storeError)) {
                result.status = Outcome::Status::RouterError;
                result.message = tr("cannot forget the limit: %1").arg(storeError);
                callback(result);
                return;
            }
            if (applied > 0 || remembered) {
                result.status = Outcome::Status::Changed;
                result.message = tr("Limit of %1 removed.").arg(mac.toString());
            } else {
                result.status = Outcome::Status::Unchanged;
                result.message = tr("%1 has no limit; nothing changed.").arg(mac.toString());
            }
            callback(result);
        });
    });
}

void BandwidthController::reconcile(const TrafficSnapshot& snapshot)
{
    if (snapshot.stale || m_reconciling) {
        return;
    }
    const QList<QueueAction> actions = BandwidthPlanner::plan(snapshot, desiredLimits(snapshot));
    if (actions.isEmpty()) {
        Q_EMIT reconciled(ReconcileReport {});
        return;
    }
    m_reconciling = true;
    for (const QueueAction& action : actions) {
        qCInfo(lcBandwidth) << "reconcile:" << action.describe();
    }
    execute(actions, this, [this, actions](int applied, const QStringList& failures, const ApiError&) {
        m_reconciling = false;
        ReconcileReport report;
        report.planned = int(actions.size());
        report.applied = applied;
        report.failures = failures;
        report.actions = actions;
        Q_EMIT reconciled(report);
    });
}

void BandwidthController::diagnose(QObject* context,
                                   std::function<void(const RouterReply<QList<Diagnostic>>&)> callback)
{
    struct Join
    {
        RouterReply<QList<FirewallRule>> rules;
        RouterReply<QList<SimpleQueue>> queues;
        RouterReply<QList<HotspotUserProfile>> profiles;
        int outstanding = 3;
    };
    auto join = std::make_shared<Join>();
    auto finish = [join, callback] {
        if (--join->outstanding > 0) {
            return;
        }
        RouterReply<QList<Diagnostic>> reply;
        for (const ApiError& error : {join->rules.error, join->queues.error, join->profiles.error}) {
            if (error.isError() && !reply.error.isError()) {
                reply.error = error;
            }
        }
        if (reply.ok()) {
            reply.value = RouterDiagnostics::analyze(join->rules.value, join->queues.value, join->profiles.value);
        }
        callback(reply);
    };
    m_client->fetchFirewallFilterRules(context, [join, finish](const RouterReply<QList<FirewallRule>>& reply) {
        join->rules = reply;
        finish();
    });
    m_client->fetchSimpleQueues(context, [join, finish](const RouterReply<QList<SimpleQueue>>& reply) {
        join->queues = reply;
        finish();
    });
    m_client->fetchHotspotUserProfiles(context, [join, finish](const RouterReply<QList<HotspotUserProfile>>& reply) {
        join->profiles = reply;
        finish();
    });
}
