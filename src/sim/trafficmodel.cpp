// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/trafficmodel.h"

#include "sim/routerstate.h"
#include "sim/simclock.h"

#include <cmath>

using Queue = RouterState::Queue;
using Session = RouterState::Session;
using User = RouterState::User;

TrafficModel::TrafficModel(RouterState& state, const SimClock& clock)
    : m_state(state)
    , m_clock(clock)
{ }

void TrafficModel::advance()
{
    const qint64 now = m_clock.nowMs();
    const double seconds = double(now - m_lastAdvanceMs) / 1000.0;
    m_lastAdvanceMs = now;

    // Only queues that shape a session have a rate; the index says which they are.
    QList<Queue>& queues = m_state.queues();
    QList<Session>& sessions = m_state.sessions();
    if (!m_state.queueIndexIsCurrent()) {
        for (Queue& queue : queues) {
            queue.rateUp = queue.rateDown = 0;
        }
    } else {
        for (const qsizetype index : m_state.queueIndex()) {
            queues[index].rateUp = queues[index].rateDown = 0;
        }
    }
    // Copies (shared, not deep) stay valid while sessions end below.
    const QHash<QString, qsizetype> queueByAddress = m_state.queueIndex();
    const QHash<QString, qsizetype> limitedUsers = m_state.usersWithLimits();
    for (qsizetype i = sessions.size() - 1; i >= 0; --i) {
        Session& session = sessions[i];
        const double wave = 0.55 + 0.45 * std::sin(double(now) / 23000.0 + session.phase);
        double up = session.demandUp * wave;
        double down = session.demandDown * wave;
        const auto found = queueByAddress.constFind(session.address);
        Queue* queue = found != queueByAddress.cend() ? &queues[*found] : nullptr;
        if (queue != nullptr) {
            if (queue->maxUp > 0) {
                up = std::min(up, double(queue->maxUp));
            }
            if (queue->maxDown > 0) {
                down = std::min(down, double(queue->maxDown));
            }
        }
        session.rateUp = up;
        session.rateDown = down;
        if (seconds > 0) {
            session.bytesIn += up / 8 * seconds;
            session.bytesOut += down / 8 * seconds;
            if (queue != nullptr) {
                queue->bytesUp += up / 8 * seconds;
                queue->bytesDown += down / 8 * seconds;
            }
        }
        if (queue != nullptr) {
            queue->rateUp += up;
            queue->rateDown += down;
        }
        const auto limited = limitedUsers.constFind(session.user);
        if (limited == limitedUsers.cend()) {
            continue;
        }
        const User& user = m_state.users().at(*limited);
        bool spent = user.limitUptimeSeconds >= 0
            && user.usedSeconds + (now - session.loginAtMs) / 1000 >= user.limitUptimeSeconds;
        if (user.limitBytesTotal > 0) {
            // limit-bytes-total: the router stops the session at the cap, not a byte later.
            const double left = std::max(0.0, double(user.limitBytesTotal) - user.bytesIn - user.bytesOut);
            const double excess = session.bytesIn + session.bytesOut - left;
            if (excess >= 0) {
                const double fromDown = std::min(excess, session.bytesOut);
                session.bytesOut -= fromDown;
                session.bytesIn = std::max(0.0, session.bytesIn - (excess - fromDown));
                spent = true;
            }
        }
        if (spent) {
            m_state.endSession(i);
        }
    }
    if (m_churn && now - m_lastChurnMs > 20000 && !sessions.isEmpty()) {
        m_lastChurnMs = now;
        const Session leaving = sessions.at(m_random.bounded(int(sessions.size())));
        sessions.removeIf([&](const Session& s) { return s.id == leaving.id; });
        Session arriving = leaving;
        arriving.id = m_state.nextId();
        arriving.loginAtMs = now;
        arriving.bytesIn = arriving.bytesOut = 0;
        sessions.append(arriving);
        m_state.sessionsChanged();
    }
}
