// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/traffichistory.h"
#include "core/traffic/trafficsnapshot.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class RouterClient;

// The refresh cycle: every interval it asks the router for the hotspot sessions and the simple
// queues at once, joins them into a TrafficSnapshot and emits it. The next poll is armed only when
// the previous one has finished, so a slow router never piles up requests. A failed poll repeats
// the last rows marked stale, with the reason; the next poll tries again.
class SessionMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultInterval {10};
    static constexpr std::chrono::seconds MinimumInterval {2};
    static constexpr std::chrono::seconds MaximumInterval {300};

    explicit SessionMonitor(RouterClient* client, QObject* parent = nullptr);

    // False (and nothing changes) outside 2 s .. 5 min.
    bool setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Polls now (or right after the poll in flight).
    void refreshNow();
    bool isPolling() const { return m_polling; }

    // Runs on every fresh snapshot before it is kept and announced (the control loop tracks
    // vouchers and tells whose limit each queue is), so every reader sees the same finished rows.
    void setSnapshotProcessor(std::function<void(TrafficSnapshot&)> processor) { m_processor = std::move(processor); }

    const TrafficSnapshot& snapshot() const { return m_snapshot; }
    const TrafficHistory& history() const { return m_history; }
    // Milliseconds until the next poll; -1 while one is running or when stopped.
    qint64 msUntilNextPoll() const;

Q_SIGNALS:
    void snapshotReady(const TrafficSnapshot& snapshot);
    void pollFailed(const ApiError& error);

private:
    void poll();
    void finishPoll(const RouterReply<HotspotState>& reply);
    void scheduleNext();

    RouterClient* m_client;
    std::chrono::milliseconds m_interval = DefaultInterval;
    QTimer m_timer;
    bool m_running = false;
    bool m_polling = false;
    bool m_refreshRequested = false;
    TrafficSnapshot m_snapshot;
    TrafficHistory m_history;
    std::function<void(TrafficSnapshot&)> m_processor;
    qint64 m_requestedAtMs = 0;
    qint64 m_lastGoodPollMs = -1; // Clock::steadyMs() of the last good poll
};
