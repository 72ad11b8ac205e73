// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simclock.h"

SimClock::SimClock()
{
    m_elapsed.start();
}

void SimClock::setManual(bool manual)
{
    m_manualMs = nowMs();
    m_manual = manual;
}
