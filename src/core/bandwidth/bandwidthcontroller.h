// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthplanner.h"
#include "core/bandwidth/operatorlimitstore.h"
#include "core/bandwidth/routerdiagnostics.h"

#include <QObject>

#include <functional>

class RouterClient;

// Per-user speed limits as simple queues named pisonet-<MAC>. Operator actions (set, remove) and
// the reconciliation that runs after every poll share one planner, so a limit is applied the same
// way whoever asked for it. Changes are sent pipelined: all at once, each with its own tag.
class BandwidthController : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Status
        {
            Changed, // the router now has what was asked
            Unchanged, // it already had it
            Remembered, // device offline: kept for its next login
            BadInput, // nothing was changed
            RouterError, // the router could not be reached or refused
        };
        Status status = Status::Unchanged;
        QString message;
        ApiError error;
        QList<QueueAction> actions;

        bool ok() const { return status != Status::BadInput && status != Status::RouterError; }
    };

    struct ReconcileReport
    {
        int planned = 0;
        int applied = 0;
        QStringList failures;
        QList<QueueAction> actions;
    };

    using OutcomeCallback = std::function<void(const Outcome&)>;
    // Limits that come from somewhere else than the operator (the voucher a user logged in with).
    using LimitSource = std::function<std::optional<DesiredLimit>(const UserTraffic&)>;

    BandwidthController(RouterClient* client, OperatorLimitStore* store, QObject* parent = nullptr);

    RouterClient* client() const { return m_client; }
    void setVoucherLimitSource(LimitSource source) { m_voucherLimits = std::move(source); }
    // Operator limits first, then voucher limits, for the users in the snapshot.
    QHash<MacAddress, DesiredLimit> desiredLimits(const TrafficSnapshot& snapshot) const;

    // remember: keep the limit for a device that is not online now (applied when it logs in).
    void setLimit(
        const MacAddress& mac, const BandwidthLimit& limit, bool remember, QObject* context, OutcomeCallback callback);
    void removeLimit(const MacAddress& mac, QObject* context, OutcomeCallback callback);

    // Makes the router match the wishes for a fresh (not stale) snapshot. One at a time: a call while
    // one is running is skipped (the next poll covers it).
    void reconcile(const TrafficSnapshot& snapshot);
    bool isReconciling() const { return m_reconciling; }

    void diagnose(QObject* context, std::function<void(const RouterReply<QList<Diagnostic>>&)> callback);

Q_SIGNALS:
    void reconciled(const BandwidthController::ReconcileReport& report);

private:
    static Outcome routerFailure(const QList<QueueAction>& actions, const QStringList& failures, const ApiError& error);
    // Fetches sessions and queues now and joins them.
    void fetchState(QObject* context, std::function<void(const ApiError&, const TrafficSnapshot&)> callback);
    void execute(const QList<QueueAction>& actions,
                 QObject* context,
                 std::function<void(int applied, const QStringList& failures, const ApiError& firstError)> done);

    RouterClient* m_client;
    OperatorLimitStore* m_store;
    LimitSource m_voucherLimits;
    bool m_reconciling = false;
};
