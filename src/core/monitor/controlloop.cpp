// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/controlloop.h"

#include "core/log/eventlog.h"
#include "core/routeros/routerclient.h"
#include "core/traffic/trafficformat.h"
#include "core/traffic/trafficjoiner.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

ControlLoop::ControlLoop(RouterClient* client, Database* database, QObject* parent)
    : QObject(parent)
    , m_limits(database)
    , m_store(database)
    , m_monitor(client)
    , m_bandwidth(client, &m_limits)
    , m_tracker(&m_store)
    , m_historyStore(database)
{
    m_bandwidth.setVoucherLimitSource([this](const UserTraffic& user) { return m_tracker.limitFor(user); });
    m_tracker.setRouterClient(client); // to end sessions of dead codes when the operator asks
    m_tracker.setExpirySlack(m_monitor.interval().count() / 1000 + 5);
    m_monitor.setSnapshotProcessor([this](TrafficSnapshot& snapshot) { process(snapshot); });
    connect(&m_monitor, &SessionMonitor::snapshotReady, this, &ControlLoop::onSnapshot);
    // A change the operator just made shows at once, not at the next regular poll.
    connect(&m_bandwidth, &BandwidthController::operatorChanged, this, [this] { m_monitor.refreshNow(); });
    connect(&m_tracker, &VoucherTracker::deviceLocked, this,
            [this](const QString& code, const QString& mac, const QString& error) {
                if (m_log == nullptr) {
                    return;
                }
                if (error.isEmpty()) {
                    m_log->info(tr("Router: hotspot user %1 bound to %2 (why: its profile locks a voucher to the "
                                   "first device that uses it)")
                                    .arg(code, mac));
                } else {
                    m_log->error(tr("Voucher %1 could not be bound to %2 on the router: %3").arg(code, mac, error));
                }
            });
}

void ControlLoop::setEventLog(EventLog* log)
{
    m_log = log;
    m_bandwidth.setEventLog(log);
}

bool ControlLoop::setInterval(std::chrono::milliseconds interval)
{
    if (!m_monitor.setInterval(interval)) {
        return false;
    }
    m_tracker.setExpirySlack(interval.count() / 1000 + 5);
    return true;
}

void ControlLoop::routerChanged(const QString& routerKey)
{
    m_monitor.forgetRouter();
    m_routerKey = routerKey;
    if (!routerKey.isEmpty()) {
        m_monitor.history().restoreTotal(
            m_historyStore.load(routerKey, Clock::currentUtc().toMSecsSinceEpoch() - TrafficHistory::WindowMs));
    }
    m_adopted.clear();
    m_adoptionAnnounced = false;
    m_desired.clear();
    m_lastPushMs = -1;
    m_lastRouterCheckMs = -1;
}

void ControlLoop::setRouterName(const QString& name, bool first, bool shared)
{
    m_routerName = name;
    m_scope = shared ? VoucherStore::RouterScope {name, first} : VoucherStore::RouterScope {};
    m_tracker.setRouterScope(m_scope);
    m_tracker.setRouterName(name);
}

void ControlLoop::process(TrafficSnapshot& snapshot)
{
    QString error;
    if (!m_tracker.track(snapshot, &error)) {
        Q_EMIT trackingFailed(error);
    }
    error.clear();
    m_desired = m_bandwidth.desiredLimits(snapshot, &error);
    m_desiredReadable = error.isEmpty();

    BandwidthPlanner::markLimitSources(snapshot.users, m_desired);
    QStringList adopted;
    QSet<QString> stillAdopted;
    for (const UserTraffic& user : std::as_const(snapshot.users)) {
        if (user.limitSource != LimitSource::Adopted) {
            continue;
        }
        const QString name = TrafficJoiner::queueName(user.mac);
        stillAdopted.insert(name);
        if (!m_adopted.contains(name)) {
            adopted.append(name);
            if (m_log != nullptr) {
                m_log->info(
                    tr("Kept the speed limit %1 (%2) of %3 (%4): made elsewhere, left as it is until the "
                       "device leaves.")
                        .arg(name, user.limit ? user.limit->toDisplay() : tr("no max-limit"), user.user, user.address));
            }
        }
    }
    m_adopted = stillAdopted;
    if (!adopted.isEmpty()) {
        const bool first = !m_adoptionAnnounced;
        m_adoptionAnnounced = true;
        Q_EMIT limitsAdopted(adopted, first);
    }
}

void ControlLoop::onSnapshot(const TrafficSnapshot& snapshot)
{
    if (!snapshot.stale && !m_routerKey.isEmpty()) {
        const QList<TrafficHistory::Sample> total = m_monitor.history().total();
        if (!total.isEmpty() && total.last().timeMs == snapshot.takenAt.toMSecsSinceEpoch()) {
            m_historyStore.append(m_routerKey, total.last());
        }
    }
    Q_EMIT refreshed(snapshot);
    if (snapshot.stale) {
        return;
    }
    if (m_desiredReadable) {
        m_bandwidth.reconcile(snapshot, m_desired);
    } else {
        m_bandwidth.reconcile(snapshot); // reports why it cannot run
    }
    if (m_voucherUpkeep) {
        upkeepVouchers();
    }
}

void ControlLoop::upkeepVouchers()
{
    const qint64 now = Clock::currentSteadyMs();
    if (!m_pushing && (m_lastPushMs < 0 || now - m_lastPushMs >= PushRetryMs)) {
        VoucherStore::Filter waiting;
        waiting.status = Voucher::Status::New;
        waiting.limit = 1000;
        // New vouchers go to the first router by themselves; the others get those pushed to them by name.
        waiting.router = m_scope;
        QList<Voucher> vouchers = m_store.list(waiting);
        // Refused ones (no time limit, unreadable values) were reported when they came; never send them.
        vouchers.removeIf([](const Voucher& voucher) { return !voucher.pushRefusal().isEmpty(); });
        if (!vouchers.isEmpty()) {
            m_lastPushMs = now;
            pushVouchers(vouchers, tr("not on the router yet"));
        }
    }
    if (!m_checking && (m_lastRouterCheckMs < 0 || now - m_lastRouterCheckMs >= RouterCheckMs)) {
        m_lastRouterCheckMs = now;
        checkVouchersOnRouter();
    }
}

void ControlLoop::pushVouchers(const QList<Voucher>& vouchers, const QString& why)
{
    if (vouchers.isEmpty()) {
        return;
    }
    m_pushing = true;
    auto* pusher = new VoucherPusher(m_bandwidth.client(), &m_store, this);
    pusher->setRouterName(m_routerName);
    QStringList codes;
    for (const Voucher& voucher : vouchers) {
        codes.append(voucher.code);
    }
    pusher->push(vouchers, this, [this, pusher, codes, why](const VoucherPusher::Report& report) {
        pusher->deleteLater();
        m_pushing = false;
        if (m_log != nullptr) {
            if (report.added > 0) {
                m_log->info(tr("Router: added %n hotspot user(s) for vouchers (why: %1): %2", nullptr, report.added)
                                .arg(why, codes.mid(0, 50).join(u", "_s)));
            }
            if (report.error.isError()) {
                m_log->warning(tr("Vouchers not put on the router yet: %1").arg(report.error.message()));
            }
            for (const QString& failure : report.failures) {
                m_log->error(tr("Voucher not put on the router: %1").arg(failure));
            }
        }
        Q_EMIT vouchersPushed(report.added, report.failures, report.error.message());
    });
}

void ControlLoop::checkVouchersOnRouter()
{
    m_checking = true;
    m_bandwidth.client()->fetchHotspotUsers(this, [this](const RouterReply<QList<HotspotUser>>& reply) {
        m_checking = false;
        if (!reply.ok()) {
            return;
        }
        QSet<QString> onRouter;
        for (const HotspotUser& user : reply.value) {
            onRouter.insert(user.name);
        }
        VoucherStore::Filter pushed;
        pushed.status = Voucher::Status::Pushed;
        pushed.router = m_scope;
        QStringList missing;
        for (const Voucher& voucher : m_store.list(pushed)) {
            if (!onRouter.contains(voucher.code)) {
                missing.append(voucher.code);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (m_log != nullptr) {
            m_log->warning(tr("%n voucher(s) marked as on the router are not there (router reset, or another "
                              "router?): %1",
                              nullptr, int(missing.size()))
                               .arg(missing.mid(0, 50).join(u", "_s)));
        }
        Q_EMIT vouchersMissingFromRouter(missing);
    });
}
