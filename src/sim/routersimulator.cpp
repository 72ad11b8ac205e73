// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/routersimulator.h"

using namespace Qt::StringLiterals;

RouterSimulator::RouterSimulator(QObject* parent)
    : QObject(parent)
    , m_state(m_clock)
    , m_traffic(m_state, m_clock)
    , m_server([this](const SimCommand& command) { return execute(command); }, this)
{
    connect(&m_server, &WireServer::commandHandled, this, &RouterSimulator::commandHandled);
}

RouterSimulator::~RouterSimulator()
{
    m_server.close();
}

bool RouterSimulator::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void RouterSimulator::setVersion(const QString& version)
{
    m_state.setVersion(version);
    m_server.setRepliesEmpty(version.startsWith(u"7.18"_s));
}

SimCommand::Result RouterSimulator::execute(const SimCommand& command)
{
    // Counters move with time: bring them to now before anything reads or changes sessions or queues.
    if (command.menu == "/ip/hotspot/active" || command.menu == "/queue/simple") {
        m_traffic.advance();
    }
    return m_state.execute(command);
}

void RouterSimulator::populate(int users, quint32 seed, int site)
{
    m_traffic.advance();
    m_state.populate(users, seed, site);
}

QString RouterSimulator::addSession(
    const QString& user, const QString& macAddress, const QString& address, double demandUpBps, double demandDownBps)
{
    m_traffic.advance();
    return m_state.appendSession(user, macAddress, address, demandUpBps, demandDownBps);
}

bool RouterSimulator::logout(const QString& macAddress)
{
    m_traffic.advance();
    return m_state.logout(macAddress);
}

void RouterSimulator::setSessionAddress(const QString& macAddress, const QString& address)
{
    m_state.setSessionAddress(macAddress, address);
}

QList<RouterSimulator::Session> RouterSimulator::sessions()
{
    m_traffic.advance();
    return m_state.sessions();
}

QList<RouterSimulator::Queue> RouterSimulator::queues()
{
    m_traffic.advance();
    return m_state.queues();
}

void RouterSimulator::setManualClock(bool manual)
{
    m_traffic.advance();
    m_clock.setManual(manual);
}

void RouterSimulator::advanceClock(qint64 milliseconds)
{
    m_clock.advance(milliseconds);
    m_traffic.advance();
}

void RouterSimulator::reboot()
{
    m_server.disconnectAll();
    m_traffic.advance();
    m_state.restart();
}
