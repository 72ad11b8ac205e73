// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/stopsignal.h"

#include <atomic>
#include <csignal>

namespace
{
std::atomic<bool> g_stop {false};

extern "C" void onStopSignal(int)
{
    g_stop.store(true);
}
} // namespace

StopSignal::StopSignal(QObject* parent)
    : QObject(parent)
{
    g_stop.store(false);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
#ifdef SIGBREAK
    std::signal(SIGBREAK, onStopSignal);
#endif
    // Only an atomic store is safe inside a signal handler; the event loop looks at it.
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (g_stop.load()) {
            m_poll.stop();
            Q_EMIT stopRequested();
        }
    });
    m_poll.start();
}

StopSignal::~StopSignal()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool StopSignal::requested()
{
    return g_stop.load();
}

void StopSignal::request()
{
    g_stop.store(true);
}
