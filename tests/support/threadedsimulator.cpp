// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/threadedsimulator.h"

using namespace Qt::StringLiterals;

ThreadedSimulator::ThreadedSimulator(const std::function<void(RouterSimulator&)>& prepare)
    : m_simulator(new RouterSimulator)
{
    m_simulator->setCredentials(u"admin"_s, u"pw"_s);
    if (prepare) {
        prepare(*m_simulator);
    }
    m_simulator->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_simulator,
        [this] {
            m_simulator->listen();
            m_port = m_simulator->port();
        },
        Qt::BlockingQueuedConnection);
}

ThreadedSimulator::~ThreadedSimulator()
{
    QMetaObject::invokeMethod(
        m_simulator, [this] { delete m_simulator; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

ConnectionSettings ThreadedSimulator::settings() const
{
    ConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_port;
    settings.user = u"admin"_s;
    settings.password = u"pw"_s;
    return settings;
}
