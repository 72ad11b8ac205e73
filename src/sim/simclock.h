// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

// The simulated router's time in milliseconds: real time by default; a manual clock makes traffic
// deterministic in tests.
class SimClock
{
public:
    SimClock();

    qint64 nowMs() const { return m_manual ? m_manualMs : m_elapsed.elapsed(); }
    void setManual(bool manual);
    void advance(qint64 milliseconds) { m_manualMs += milliseconds; }

private:
    QElapsedTimer m_elapsed;
    bool m_manual = false;
    qint64 m_manualMs = 0;
};
