// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthplanner.h"
#include "core/bandwidth/operatorlimitstore.h"
#include "core/bandwidth/routerdiagnostics.h"

#include <QObject>
#include <QPointer>

#include <functional>

class EventLog;
class RouterClient;

// Per-user speed limits as simple queues named pisonet-<MAC>. Operator actions (set, remove) and
// the reconciliation that runs after every poll share one planner, so a limit is applied the same
// way whoever asked for it. Changes are sent pipelined: all at once, each with its own tag.
//
// One change at a time: operator actions queue behind each other and behind a running
// reconciliation, and a reconciliation never runs on a snapshot asked for before the last
// operator change landed, so it can neither revert a limit just set nor add a duplicate queue.
// The operator's decision is written to the database before the router is touched: a database
// that cannot be written leaves the router as it was.
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
            Remembered, // kept in the database, applied when the device (or the router) is back
            BadInput, // nothing was changed
            RouterError, // the router could not be reached or refused; nothing was changed
            DatabaseError, // the decision could not be saved; nothing was changed
        };
        Status status = Status::Unchanged;
        QString message;
        ApiError error;
        QList<QueueAction> actions;

        bool ok() const
        {
            return status != Status::BadInput && status != Status::RouterError && status != Status::DatabaseError;
        }
    };

    struct ReconcileReport
    {
        int planned = 0;
        int applied = 0;
        bool skipped = false; // not run: stale data, or an operator change was in progress
        QStringList failures;
        QList<QueueAction> actions;
    };

    // Who asked, and whether to keep the limit when the device or the router is not there now.
    struct ChangeRequest
    {
        bool remember = false;
        // Keep the limit for the voucher code the device is logged in with (it must be online):
        // it then follows the code to whatever MAC the phone uses.
        bool rememberForCode = false;
        QString origin = QStringLiteral("operator"); // "window", "cli", "api", ... for the log
    };

    using OutcomeCallback = std::function<void(const Outcome&)>;
    // Limits that come from somewhere else than the operator (the voucher a user logged in with).
    using VoucherLimitSource = std::function<std::optional<DesiredLimit>(const UserTraffic&)>;

    BandwidthController(RouterClient* client, OperatorLimitStore* store, QObject* parent = nullptr);

    RouterClient* client() const { return m_client; }
    void setVoucherLimitSource(VoucherLimitSource source) { m_voucherLimits = std::move(source); }
    // Every change on the router is written here with its reason (optional).
    void setEventLog(EventLog* log) { m_log = log; }
    // Operator decisions first, then voucher limits, for the users in the snapshot.
    QHash<MacAddress, DesiredLimit> desiredLimits(const TrafficSnapshot& snapshot, QString* error = nullptr) const;

    void setLimit(const MacAddress& mac,
                  const BandwidthLimit& limit,
                  const ChangeRequest& request,
                  QObject* context,
                  OutcomeCallback callback);
    void setLimit(
        const MacAddress& mac, const BandwidthLimit& limit, bool remember, QObject* context, OutcomeCallback callback)
    {
        ChangeRequest request;
        request.remember = remember;
        setLimit(mac, limit, request, context, std::move(callback));
    }
    // Removes the device's queue and the operator's limit. When the device's voucher gives it a
    // limit, "no limit" is remembered for that voucher, so the next poll does not put it back.
    void removeLimit(const MacAddress& mac, const ChangeRequest& request, QObject* context, OutcomeCallback callback);
    void removeLimit(const MacAddress& mac, QObject* context, OutcomeCallback callback)
    {
        removeLimit(mac, ChangeRequest(), context, std::move(callback));
    }

    // Makes the router match the wishes for a fresh snapshot. Skipped (reported with skipped=true)
    // while another change runs or when the snapshot predates the last operator change: the next
    // poll covers it.
    void reconcile(const TrafficSnapshot& snapshot);
    void reconcile(const TrafficSnapshot& snapshot, const QHash<MacAddress, DesiredLimit>& desired);
    bool isBusy() const { return m_busy; }

    void diagnose(QObject* context, std::function<void(const RouterReply<QList<Diagnostic>>&)> callback);

Q_SIGNALS:
    void reconciled(const BandwidthController::ReconcileReport& report);
    // An operator change landed on the router or in the database (the monitor may refresh).
    void operatorChanged(const MacAddress& mac);

private:
    using Operation = std::function<void(std::function<void()> finished)>;
    struct Execution
    {
        int applied = 0;
        QList<bool> landed; // per action
        QStringList failures;
        ApiError firstError;
    };

    static Outcome routerFailure(const QList<QueueAction>& actions, const QStringList& failures, const ApiError& error);
    static Outcome databaseFailure(const QString& what, const QString& reason);
    void enqueue(Operation operation);
    void runNext();
    // Fetches sessions and queues now and joins them.
    void fetchState(std::function<void(const ApiError&, const TrafficSnapshot&)> callback);
    void execute(const QList<QueueAction>& actions, std::function<void(const Execution&)> done);
    void logChanges(const QList<QueueAction>& actions, const Execution& execution, const QString& origin);
    // Puts the operator's record of mac back as it was before a change that did not land.
    void restoreRecord(const MacAddress& mac, const std::optional<OperatorLimit>& before);
    void restoreCodeRecord(const QString& code, const std::optional<OperatorLimit>& before);

    RouterClient* m_client;
    OperatorLimitStore* m_store;
    EventLog* m_log = nullptr;
    VoucherLimitSource m_voucherLimits;
    QList<Operation> m_operations;
    bool m_busy = false;
    qint64 m_lastOperatorChangeMs = -1; // Clock::steadyMs()
};

Q_DECLARE_METATYPE(BandwidthController::ReconcileReport)
