// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/sessionmonitor.h"

#include "core/log/logcategories.h"
#include "core/routeros/routerclient.h"
#include "core/traffic/trafficjoiner.h"
#include "core/util/clock.h"

SessionMonitor::SessionMonitor(RouterClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_history(DefaultInterval.count() * 1000)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionMonitor::poll);
}

bool SessionMonitor::setInterval(std::chrono::milliseconds interval)
{
    if (interval < MinimumInterval || interval > MaximumInterval) {
        return false;
    }
    if (interval != m_interval) {
        m_interval = interval;
        m_history.setPollInterval(interval.count());
        if (m_timer.isActive()) {
            m_timer.start(m_interval);
        }
    }
    return true;
}

void SessionMonitor::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    if (!m_polling) {
        poll();
    }
}

void SessionMonitor::stop()
{
    m_running = false;
    m_timer.stop();
}

void SessionMonitor::refreshNow()
{
    if (m_polling) {
        m_refreshRequested = true;
        return;
    }
    m_timer.stop();
    poll();
}

qint64 SessionMonitor::msUntilNextPoll() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void SessionMonitor::poll()
{
    if (m_polling) {
        return;
    }
    m_polling = true;
    m_requestedAtMs = Clock::currentSteadyMs();
    m_client->fetchHotspotState(this, [this](const RouterReply<HotspotState>& reply) { finishPoll(reply); });
}

void SessionMonitor::finishPoll(const RouterReply<HotspotState>& reply)
{
    m_polling = false;
    const ApiError& error = reply.error;
    if (error.isError()) {
        qCInfo(lcMonitor) << "poll failed:" << error.message();
        m_snapshot.stale = true;
        m_snapshot.staleReason = error.message();
        m_snapshot.added.clear();
        m_snapshot.removed.clear();
        m_snapshot.updated.clear();
        Q_EMIT snapshotReady(m_snapshot);
        Q_EMIT pollFailed(error);
    } else {
        // Rates from byte counters need the real time between two good polls.
        const qint64 now = Clock::currentSteadyMs();
        const qint64 elapsed = m_lastGoodPollMs >= 0 && !m_snapshot.stale ? now - m_lastGoodPollMs : 0;
        m_lastGoodPollMs = now;
        m_snapshot = TrafficJoiner::join(reply.value.sessions, reply.value.queues, m_snapshot, elapsed);
        m_snapshot.requestedAtMs = m_requestedAtMs;
        if (m_processor) {
            m_processor(m_snapshot);
        }
        if (elapsed > 0) {
            // The first poll after a start or an outage has no rates from byte counters yet: it
            // would draw a false drop to zero.
            m_history.record(m_snapshot);
        }
        Q_EMIT snapshotReady(m_snapshot);
    }
    scheduleNext();
}

void SessionMonitor::scheduleNext()
{
    if (m_refreshRequested) {
        m_refreshRequested = false;
        QTimer::singleShot(0, this, &SessionMonitor::refreshNow);
        return;
    }
    if (m_running) {
        m_timer.start(m_interval);
    }
}
