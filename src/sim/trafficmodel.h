// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

class RouterState;
class SimClock;

// How the simulated traffic moves: every device's demand follows a slow wave, a simple queue that
// targets its address caps it, counters grow with time, uptime and data limits end sessions, and
// (with churn) users come and go.
class TrafficModel
{
public:
    TrafficModel(RouterState& state, const SimClock& clock);

    // Brings counters and rates up to the clock's now; cheap when called often.
    void advance();
    void setChurn(bool enabled) { m_churn = enabled; }

private:
    RouterState& m_state;
    const SimClock& m_clock;
    qint64 m_lastAdvanceMs = 0;
    bool m_churn = false;
    qint64 m_lastChurnMs = 0;
    QRandomGenerator m_random {1};
};
