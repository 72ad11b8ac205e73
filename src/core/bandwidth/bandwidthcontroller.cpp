// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/bandwidthcontroller.h"

#include "core/log/eventlog.h"
#include "core/log/logcategories.h"
#include "core/routeros/routerclient.h"
#include "core/traffic/trafficjoiner.h"
#include "core/util/clock.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace
{
bool isLinkProblem(const ApiError& error)
{
    return error.isError() && error.kind() != ApiError::Kind::Trap;
}
} // namespace

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

BandwidthController::Outcome BandwidthController::databaseFailure(const QString& what, const QString& reason)
{
    Outcome outcome;
    outcome.status = Outcome::Status::DatabaseError;
    outcome.message
        = tr("%1: the database could not be written (%2). Nothing was changed on the router.").arg(what, reason);
    return outcome;
}

BandwidthController::BandwidthController(RouterClient* client, OperatorLimitStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

QHash<MacAddress, DesiredLimit> BandwidthController::desiredLimits(const TrafficSnapshot& snapshot,
                                                                   QString* error) const
{
    QHash<MacAddress, DesiredLimit> desired;
    QHash<MacAddress, OperatorLimit> operatorLimits;
    QHash<QString, OperatorLimit> codeLimits;
    if (m_store != nullptr) {
        for (const OperatorLimit& limit : m_store->all(error)) {
            operatorLimits.insert(limit.mac, limit);
        }
        QString codeError;
        codeLimits = m_store->allForCodes(&codeError);
        if (error != nullptr && error->isEmpty()) {
            *error = codeError;
        }
    }
    for (const UserTraffic& user : snapshot.users) {
        if (user.mac.isNull()) {
            continue;
        }
        const auto it = operatorLimits.constFind(user.mac);
        // "No limit" holds while the device uses the voucher it was decided for.
        const bool operatorDecides = it != operatorLimits.cend()
            && (!it->noLimit || it->voucherCode.isEmpty() || it->voucherCode == user.user);
        const auto forCode = user.user.isEmpty() ? codeLimits.cend() : codeLimits.constFind(user.user);
        if (operatorDecides) {
            DesiredLimit wish {it->limit, it->setBy, it->noLimit, LimitSource::Operator};
            desired.insert(user.mac, wish);
        } else if (forCode != codeLimits.cend()) {
            // Kept for the code: it follows the code to whatever MAC the phone uses now.
            desired.insert(user.mac, {forCode->limit, forCode->setBy, false, LimitSource::Operator});
        } else if (m_voucherLimits) {
            if (const auto limit = m_voucherLimits(user)) {
                desired.insert(user.mac, *limit);
            }
        }
    }
    return desired;
}

void BandwidthController::enqueue(Operation operation)
{
    m_operations.append(std::move(operation));
    runNext();
}

void BandwidthController::runNext()
{
    if (m_busy || m_operations.isEmpty()) {
        return;
    }
    m_busy = true;
    const Operation operation = m_operations.takeFirst();
    QPointer<BandwidthController> self(this);
    operation([self] {
        if (self.isNull()) {
            return;
        }
        self->m_busy = false;
        self->m_lastOperatorChangeMs = Clock::currentSteadyMs();
        // Not from inside the callback that finished: the next change starts from a clean stack.
        QMetaObject::invokeMethod(self.data(), &BandwidthController::runNext, Qt::QueuedConnection);
    });
}

void BandwidthController::fetchState(std::function<void(const ApiError&, const TrafficSnapshot&)> callback)
{
    m_client->fetchHotspotState(this, [callback](const RouterReply<HotspotState>& reply) {
        callback(reply.error,
                 reply.ok() ? TrafficJoiner::join(reply.value.sessions, reply.value.queues, {}, 0) : TrafficSnapshot());
    });
}

void BandwidthController::execute(const QList<QueueAction>& actions, std::function<void(const Execution&)> done)
{
    auto progress = std::make_shared<Execution>();
    progress->landed = QList<bool>(actions.size(), false);
    auto outstanding = std::make_shared<qsizetype>(actions.size());
    if (actions.isEmpty()) {
        done(*progress);
        return;
    }
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto finishOne = [progress, outstanding, done, i, description = actions[i].describe()](const ApiError& error) {
            if (error.isError()) {
                progress->failures.append(description + u": "_s + error.message());
                if (!progress->firstError.isError()) {
                    progress->firstError = error;
                }
            } else {
                progress->landed[i] = true;
                ++progress->applied;
            }
            if (--*outstanding == 0) {
                done(*progress);
            }
        };
        const QueueAction& action = actions[i];
        switch (action.kind) {
        case QueueAction::Kind::Add:
            m_client->addSimpleQueue(action.queue, action.placeBefore, this,
                                     [finishOne](const RouterReply<QString>& reply) { finishOne(reply.error); });
            break;
        case QueueAction::Kind::Set:
            m_client->setSimpleQueue(action.queueId, action.changes, this, finishOne);
            break;
        case QueueAction::Kind::Remove:
            m_client->removeSimpleQueue(action.queueId, this, finishOne);
            break;
        }
    }
}

void BandwidthController::logChanges(const QList<QueueAction>& actions,
                                     const Execution& execution,
                                     const QString& origin)
{
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString line = actions[i].describeWithReason();
        qCInfo(lcBandwidth) << origin << line << (execution.landed.value(i) ? "done" : "failed");
        if (m_log != nullptr && execution.landed.value(i)) {
            m_log->info(tr("Router: %1 [%2]").arg(line, origin));
        }
    }
    if (m_log != nullptr) {
        for (const QString& failure : execution.failures) {
            m_log->error(tr("Router change failed: %1 [%2]").arg(failure, origin));
        }
    }
}

void BandwidthController::restoreRecord(const MacAddress& mac, const std::optional<OperatorLimit>& before)
{
    if (m_store == nullptr) {
        return;
    }
    QString error;
    const bool ok = before ? m_store->set(*before, &error) : m_store->remove(mac, &error);
    if (!ok && m_log != nullptr) {
        m_log->error(tr("The operator's record for %1 could not be put back: %2").arg(mac.toString(), error));
    }
}

void BandwidthController::restoreCodeRecord(const QString& code, const std::optional<OperatorLimit>& before)
{
    if (m_store == nullptr || code.isEmpty()) {
        return;
    }
    QString error;
    const bool ok = before ? m_store->setForCode(*before, &error) : m_store->removeForCode(code, &error);
    if (!ok && m_log != nullptr) {
        m_log->error(tr("The operator's record for voucher code %1 could not be put back: %2").arg(code, error));
    }
}

void BandwidthController::setLimit(const MacAddress& mac,
                                   const BandwidthLimit& limit,
                                   const ChangeRequest& request,
                                   QObject* context,
                                   OutcomeCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answer = [guard, hasContext, callback](const Outcome& outcome) {
        if (!hasContext || !guard.isNull()) {
            callback(outcome);
        }
    };
    enqueue([=, this](std::function<void()> finished) {
        fetchState([=, this](const ApiError& error, const TrafficSnapshot& snapshot) {
            // The change is over (and timed) before anyone hears of it, so a refresh it triggers
            // is never taken for one that predates it.
            auto reply = [finished, answer](const Outcome& outcome) {
                finished();
                answer(outcome);
            };
            const OperatorLimit wanted {mac, limit, u"operator"_s, Clock::currentUtc(), false, {}};
            QString storeError;
            const std::optional<OperatorLimit> before
                = m_store != nullptr ? m_store->find(mac, &storeError) : std::nullopt;
            const UserTraffic* user = error.isError() ? nullptr : snapshot.find(mac.toString());
            const bool online = user != nullptr;
            // Kept for the code the device is logged in with: the limit follows the code to a new MAC.
            const QString code = request.rememberForCode && user != nullptr ? user->user : QString();
            if (request.rememberForCode && !error.isError() && code.isEmpty()) {
                Outcome outcome;
                outcome.status = Outcome::Status::BadInput;
                outcome.message = online
                    ? tr("%1 is not logged in with a voucher code; nothing was changed.").arg(mac.toString())
                    : tr("%1 is not online now, so its voucher code is not known; nothing was changed.")
                          .arg(mac.toString());
                reply(outcome);
                return;
            }
            const std::optional<OperatorLimit> codeBefore
                = m_store != nullptr && !code.isEmpty() ? m_store->findForCode(code, &storeError) : std::nullopt;
            auto keep = [&]() {
                if (m_store == nullptr) {
                    return true;
                }
                if (code.isEmpty()) {
                    return m_store->set(wanted, &storeError);
                }
                OperatorLimit forCode = wanted;
                forCode.mac = MacAddress();
                forCode.voucherCode = code;
                // The device's own record would win over the code's: the code's limit replaces it.
                return m_store->setForCode(forCode, &storeError) && (!before || m_store->remove(mac, &storeError));
            };
            if (error.isError() || !online) {
                Outcome outcome;
                if (!request.remember) {
                    if (error.isError()) {
                        outcome = routerFailure({},
                                                {tr("the router is not reachable (%1); nothing was changed and "
                                                    "nothing was kept")
                                                     .arg(error.message())},
                                                error);
                    } else {
                        outcome.status = Outcome::Status::BadInput;
                        outcome.message = tr("%1 is not online now; nothing was changed. Use --remember (\"Keep "
                                             "this limit\") to apply the limit when it logs in.")
                                              .arg(mac.toString());
                    }
                    reply(outcome);
                    return;
                }
                if (!storeError.isEmpty() || !keep()) {
                    reply(databaseFailure(tr("The limit of %1 was not kept").arg(mac.toString()), storeError));
                    return;
                }
                outcome.status = Outcome::Status::Remembered;
                outcome.message = error.isError()
                    ? tr("The router is not reachable (%1): the limit %2 for %3 is kept and applied when the "
                         "router is back.")
                          .arg(error.message(), limit.toDisplay(), mac.toString())
                    : tr("%1 is not online now: the limit %2 will be applied when it logs in.")
                          .arg(mac.toString(), limit.toDisplay());
                if (m_log != nullptr) {
                    m_log->info(tr("Limit %1 for %2 kept for later [%3]")
                                    .arg(limit.toDisplay(), mac.toString(), request.origin));
                }
                reply(outcome);
                Q_EMIT operatorChanged(mac);
                return;
            }
            // The decision first: a database that cannot be written leaves the router alone.
            if (!storeError.isEmpty() || !keep()) {
                reply(databaseFailure(tr("The limit of %1 was not set").arg(mac.toString()), storeError));
                return;
            }
            QHash<MacAddress, DesiredLimit> desired;
            desired.insert(mac, {limit, wanted.setBy, false, LimitSource::Operator});
            const QList<QueueAction> actions = BandwidthPlanner::plan(snapshot, desired, mac);
            execute(actions, [=, this](const Execution& execution) {
                logChanges(actions, execution, request.origin);
                const int applied = execution.applied;
                const QStringList& failures = execution.failures;
                const ApiError& firstError = execution.firstError;
                if (!failures.isEmpty()) {
                    if (request.remember && isLinkProblem(firstError)) {
                        Outcome kept;
                        kept.status = Outcome::Status::Remembered;
                        kept.actions = actions;
                        kept.error = firstError;
                        kept.message = tr("The router did not take the limit now (%1): %2 for %3 is kept and "
                                          "applied when the router answers again.")
                                           .arg(firstError.message(), limit.toDisplay(), mac.toString());
                        reply(kept);
                    } else {
                        restoreRecord(mac, before);
                        restoreCodeRecord(code, codeBefore);
                        reply(routerFailure(actions, failures, firstError));
                    }
                    Q_EMIT operatorChanged(mac);
                    return;
                }
                Outcome result;
                result.actions = actions;
                result.status = applied > 0 ? Outcome::Status::Changed : Outcome::Status::Unchanged;
                result.message = applied > 0
                    ? tr("%1 limited to %2 (queue %3).")
                          .arg(mac.toString(), limit.toDisplay(), TrafficJoiner::queueName(mac))
                    : tr("%1 already has the limit %2; nothing changed.").arg(mac.toString(), limit.toDisplay());
                if (!code.isEmpty()) {
                    result.message += u' ' + tr("Kept for voucher code %1, whatever device uses it.").arg(code);
                    if (m_log != nullptr) {
                        m_log->info(tr("Limit %1 kept for voucher code %2 (set on %3) [%4]")
                                        .arg(limit.toDisplay(), code, mac.toString(), request.origin));
                    }
                }
                reply(result);
                Q_EMIT operatorChanged(mac);
            });
        });
    });
}

void BandwidthController::removeLimit(const MacAddress& mac,
                                      const ChangeRequest& request,
                                      QObject* context,
                                      OutcomeCallback callback)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answer = [guard, hasContext, callback](const Outcome& outcome) {
        if (!hasContext || !guard.isNull()) {
            callback(outcome);
        }
    };
    enqueue([=, this](std::function<void()> finished) {
        fetchState([=, this](const ApiError& error, const TrafficSnapshot& snapshot) {
            // The change is over (and timed) before anyone hears of it, so a refresh it triggers
            // is never taken for one that predates it.
            auto reply = [finished, answer](const Outcome& outcome) {
                finished();
                answer(outcome);
            };
            if (error.isError()) {
                reply(routerFailure(
                    {}, {tr("the router is not reachable (%1); nothing was changed").arg(error.message())}, error));
                return;
            }
            QString storeError;
            const std::optional<OperatorLimit> before
                = m_store != nullptr ? m_store->find(mac, &storeError) : std::nullopt;
            const UserTraffic* user = snapshot.find(mac.toString());
            const std::optional<DesiredLimit> voucherWish
                = user != nullptr && m_voucherLimits ? m_voucherLimits(*user) : std::nullopt;
            const bool alreadyNoLimit = before && before->noLimit && user != nullptr
                && (before->voucherCode.isEmpty() || before->voucherCode == user->user);
            const QString code = user != nullptr ? user->user : QString();
            const std::optional<OperatorLimit> codeBefore
                = m_store != nullptr && !code.isEmpty() ? m_store->findForCode(code, &storeError) : std::nullopt;
            // The decision first, as one: "no limit while on this voucher", or no operator record at all.
            bool recorded = storeError.isEmpty();
            if (recorded && m_store != nullptr) {
                if (voucherWish) {
                    OperatorLimit decision {mac, {}, u"operator"_s, Clock::currentUtc(), true, user->user};
                    recorded = m_store->set(decision, &storeError);
                } else if (before) {
                    recorded = m_store->remove(mac, &storeError);
                }
                if (recorded && codeBefore) {
                    recorded = m_store->removeForCode(code, &storeError);
                }
            }
            if (!recorded) {
                reply(databaseFailure(tr("The limit of %1 was not removed").arg(mac.toString()), storeError));
                return;
            }
            QList<QueueAction> actions;
            for (const SimpleQueue& queue : snapshot.queues) {
                if (queue.name == TrafficJoiner::queueName(mac) && !queue.dynamic) {
                    QueueAction remove;
                    remove.kind = QueueAction::Kind::Remove;
                    remove.mac = mac.toString();
                    remove.queueId = queue.id;
                    remove.reason = tr("%1 removed the limit").arg(request.origin);
                    actions.append(remove);
                }
            }
            execute(actions, [=, this](const Execution& execution) {
                logChanges(actions, execution, request.origin);
                const int applied = execution.applied;
                const QStringList& failures = execution.failures;
                const ApiError& firstError = execution.firstError;
                if (!failures.isEmpty()) {
                    restoreRecord(mac, before);
                    restoreCodeRecord(code, codeBefore);
                    reply(routerFailure(actions, failures, firstError));
                    return;
                }
                Outcome result;
                result.actions = actions;
                if (voucherWish && !alreadyNoLimit) {
                    result.status = Outcome::Status::Changed;
                    result.message = tr("Limit of %1 removed. The speed limit of voucher %2 stays off for this "
                                        "customer until you set a limit again.")
                                         .arg(mac.toString(), code);
                } else if (applied > 0 || codeBefore || (before && !alreadyNoLimit)) {
                    result.status = Outcome::Status::Changed;
                    result.message = tr("Limit of %1 removed.").arg(mac.toString());
                } else {
                    result.status = Outcome::Status::Unchanged;
                    result.message = tr("%1 has no limit; nothing changed.").arg(mac.toString());
                }
                if (m_log != nullptr && result.status == Outcome::Status::Changed) {
                    m_log->info(tr("%1 [%2]").arg(result.message, request.origin));
                }
                reply(result);
                Q_EMIT operatorChanged(mac);
            });
        });
    });
}

void BandwidthController::reconcile(const TrafficSnapshot& snapshot)
{
    QString error;
    const auto desired = desiredLimits(snapshot, &error);
    if (!error.isEmpty()) {
        // Without the operator's decisions a plan could undo them: wait for a readable database.
        qCWarning(lcBandwidth) << "reconcile skipped, operator limits unreadable:" << error;
        ReconcileReport skipped;
        skipped.skipped = true;
        skipped.failures.append(tr("operator limits could not be read: %1").arg(error));
        Q_EMIT reconciled(skipped);
        return;
    }
    reconcile(snapshot, desired);
}

void BandwidthController::reconcile(const TrafficSnapshot& snapshot, const QHash<MacAddress, DesiredLimit>& desired)
{
    if (snapshot.stale || m_busy || !m_operations.isEmpty() || snapshot.requestedAtMs < m_lastOperatorChangeMs) {
        ReconcileReport skipped;
        skipped.skipped = true;
        Q_EMIT reconciled(skipped);
        return;
    }
    const QList<QueueAction> actions = BandwidthPlanner::plan(snapshot, desired);
    if (actions.isEmpty()) {
        Q_EMIT reconciled(ReconcileReport {});
        return;
    }
    m_busy = true;
    execute(actions, [this, actions](const Execution& execution) {
        logChanges(actions, execution, tr("automatic"));
        m_busy = false;
        ReconcileReport report;
        report.planned = int(actions.size());
        report.applied = execution.applied;
        report.failures = execution.failures;
        report.actions = actions;
        Q_EMIT reconciled(report);
        QMetaObject::invokeMethod(this, &BandwidthController::runNext, Qt::QueuedConnection);
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
