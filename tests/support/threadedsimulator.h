// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/connectionsettings.h"
#include "sim/routersimulator.h"

#include <QThread>

#include <functional>

// A simulator in its own thread, as a real router is another machine: benchmarks measure the
// client's work, not the simulator competing with it for the same event loop.
class ThreadedSimulator
{
public:
    // prepare runs before the simulator moves to its thread (fill it with users, queues...).
    explicit ThreadedSimulator(const std::function<void(RouterSimulator&)>& prepare = {});
    ~ThreadedSimulator();
    Q_DISABLE_COPY_MOVE(ThreadedSimulator)

    // Where to connect: 127.0.0.1, its port, user admin, password "pw".
    ConnectionSettings settings() const;

private:
    QThread m_thread;
    RouterSimulator* m_simulator;
    quint16 m_port = 0;
};
